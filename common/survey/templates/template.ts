// The shape of a built-in questionnaire template, and the texts several templates share.
// A template is a design a workspace starts a survey from; its definition is editor input
// (defaults such as `required: false` and the theme are filled in when it is parsed).
import type { LocalizedText, SurveyDefinitionInput } from '../definition';

export const TEMPLATE_CATEGORIES = [
  'relationship',
  'transaction',
  'service',
  'store',
  'product',
  'web',
] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

export interface SurveyTemplate {
  /** Stable, URL-safe id: `nps-relationship`. */
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  category: TemplateCategory;
  definition: SurveyDefinitionInput;
}

/** Every built-in template is written in all of these, English first. */
export const TEMPLATE_LANGUAGES = ['en', 'es', 'zh-CN', 'zh-TW'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** The `defaultLanguage` and `languages` of every built-in template; a fresh array each call. */
export function templateLanguages(): Pick<SurveyDefinitionInput, 'defaultLanguage' | 'languages'> {
  return { defaultLanguage: 'en', languages: [...TEMPLATE_LANGUAGES] };
}

/** The NPS anchors (Reichheld 2003), shown under the 0–10 question. */
export const NPS_SCALE_HINT: LocalizedText = {
  en: '0 = Not at all likely, 10 = Extremely likely',
  es: '0 = Nada probable, 10 = Muy probable',
  'zh-CN': '0 分表示完全不可能，10 分表示极有可能',
  'zh-TW': '0 分代表完全不可能，10 分代表非常有可能',
};

export const THANK_YOU: LocalizedText = {
  en: 'Thank you for your feedback!',
  es: '¡Gracias por su opinión!',
  'zh-CN': '感谢您的反馈！',
  'zh-TW': '感謝您提供寶貴意見！',
};

export const THANK_YOU_MESSAGE: LocalizedText = {
  en: 'Every response is read by our team and helps us improve.',
  es: 'Nuestro equipo lee cada respuesta: todas nos ayudan a mejorar.',
  'zh-CN': '我们的团队会认真阅读每一条反馈，并据此不断改进。',
  'zh-TW': '我們的團隊會仔細閱讀每一則意見，作為持續改善的參考。',
};

export const WILL_BE_IN_TOUCH: LocalizedText = {
  en: 'Thank you, we will be in touch',
  es: 'Gracias, nos pondremos en contacto con usted',
  'zh-CN': '谢谢，我们会尽快与您联系',
  'zh-TW': '謝謝，我們會盡快與您聯絡',
};

export const COMMENT_HINT: LocalizedText = {
  en: 'Optional',
  es: 'Opcional',
  'zh-CN': '选填',
  'zh-TW': '選填',
};
