// The definitions this feature makes and checks: the blank survey, a built-in template started in
// a chosen language, the re-check of a stored definition, and the question count lists show.
import type { SurveyDefinition, SurveyDefinitionInput } from '../../../common/survey/definition';
import { surveyDefinitionSchema } from '../../../common/survey/definition';
import type { SurveyTemplate } from '../../../common/survey/templates';
import { badRequest } from '../../platform/errors';

/** The blank survey's texts, in every workspace language. */
const BLANK_TEXTS: Record<string, { nps: string; thanks: string }> = {
  en: { nps: 'How likely are you to recommend us to a friend or colleague?', thanks: 'Thank you' },
  es: { nps: '¿Qué probabilidad hay de que nos recomiende a un amigo o colega?', thanks: 'Gracias' },
  'zh-CN': { nps: '您有多大可能向朋友或同事推荐我们？', thanks: '谢谢' },
  'zh-TW': { nps: '您向親友或同事推薦我們的可能性有多高？', thanks: '謝謝' },
};

export const hasBlankTexts = (language: string): boolean => language in BLANK_TEXTS;

/** One page with one required NPS question and one ending, in `language` (a workspace language). */
export function blankDefinition(language: string): SurveyDefinition {
  const texts = BLANK_TEXTS[language] ?? BLANK_TEXTS.en!;
  return parseDefinition(
    {
      defaultLanguage: language,
      languages: [language],
      pages: [
        {
          id: 'page_1',
          questions: [{ id: 'nps', type: 'nps', required: true, title: { [language]: texts.nps } }],
        },
      ],
      endings: [{ id: 'thanks', title: { [language]: texts.thanks } }],
    },
    'draft',
  );
}

/** A built-in template with all its languages, starting in `language` (which it must have). */
export function templateDefinition(template: SurveyTemplate, language: string): SurveyDefinition {
  const input = structuredClone(template.definition) as SurveyDefinitionInput;
  return parseDefinition({ ...input, defaultLanguage: language }, 'from.template');
}

/**
 * Parses a definition (filling its defaults); a fault is a 400 naming `field` and the path inside
 * the definition, e.g. draft.pages.0.questions.1.title.
 */
export function parseDefinition(input: unknown, field: string): SurveyDefinition {
  const parsed = surveyDefinitionSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = [field, ...issue.path.map(String)].join('.');
  throw badRequest(issue.message, path);
}

/** A stored definition (the draft, a version, a saved template), validated when it was written. */
export const storedDefinition = (json: unknown): SurveyDefinition => json as SurveyDefinition;

export const questionCount = (def: Pick<SurveyDefinition, 'pages'>): number =>
  def.pages.reduce((n, page) => n + page.questions.length, 0);
