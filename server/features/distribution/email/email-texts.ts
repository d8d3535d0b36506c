// The words of an invitation email in the four languages Rapport ships (zh-CN, zh-TW, en, es):
// the built-in subject and body for a first send and for a reminder, used when the distribution
// has no template of its own in that language, and the mail's own labels (button, scale ends,
// unsubscribe). Templates use {{name}}, {{survey}} and {{link}}; the built-in ones also {{workspace}}.
import { pageLanguage } from '../../survey-page/texts';

export interface EmailTexts {
  subject: string;
  reminderSubject: string;
  /** The body's first line; `greetingNoName` when the invitation has no name. */
  greeting: string;
  greetingNoName: string;
  /** The rest of the body. A paragraph that is just {{link}} becomes the button in HTML. */
  body: string;
  reminderBody: string;
  /** Put before the subject of a reminder sent with the distribution's own template. */
  reminderPrefix: string;
  button: string;
  /** Under a question embedded in the mail. */
  answerHint: string;
  unsubscribe: string;
  /** The footer: why they got this mail. */
  sentBy: string;
  /** Labels of the two ends of a scale. */
  npsLow: string;
  npsHigh: string;
  csatLow: string;
  csatHigh: string;
  cesLow: string;
  cesHigh: string;
}

const en: EmailTexts = {
  subject: '{{workspace}} would like your feedback: {{survey}}',
  reminderSubject: 'Reminder: {{workspace}} would like your feedback',
  greeting: 'Hello {{name}},',
  greetingNoName: 'Hello,',
  body: '{{workspace}} would like to hear about your experience. Answering "{{survey}}" takes only a few minutes.\n\n{{link}}\n\nThank you!',
  reminderBody:
    'A few days ago we asked for your feedback on "{{survey}}". If you have a moment, your answers would help {{workspace}} a lot.\n\n{{link}}\n\nThank you!',
  reminderPrefix: 'Reminder: ',
  button: 'Open the survey',
  answerHint: 'Choose your answer: the survey opens with it filled in.',
  unsubscribe: 'Unsubscribe from these emails',
  sentBy: 'You received this invitation from {{workspace}}.',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  csatLow: 'Very dissatisfied',
  csatHigh: 'Very satisfied',
  cesLow: 'Strongly disagree',
  cesHigh: 'Strongly agree',
};

const es: EmailTexts = {
  subject: '{{workspace}} quiere conocer su opinión: {{survey}}',
  reminderSubject: 'Recordatorio: {{workspace}} quiere conocer su opinión',
  greeting: 'Hola, {{name}}:',
  greetingNoName: 'Hola:',
  body: '{{workspace}} quiere conocer su experiencia. Responder «{{survey}}» solo le llevará unos minutos.\n\n{{link}}\n\n¡Gracias!',
  reminderBody:
    'Hace unos días le pedimos su opinión sobre «{{survey}}». Si tiene un momento, sus respuestas ayudarán mucho a {{workspace}}.\n\n{{link}}\n\n¡Gracias!',
  reminderPrefix: 'Recordatorio: ',
  button: 'Abrir la encuesta',
  answerHint: 'Elija su respuesta: la encuesta se abrirá con ella marcada.',
  unsubscribe: 'Darse de baja de estos correos',
  sentBy: 'Recibió esta invitación de {{workspace}}.',
  npsLow: 'Nada probable',
  npsHigh: 'Muy probable',
  csatLow: 'Muy insatisfecho',
  csatHigh: 'Muy satisfecho',
  cesLow: 'Totalmente en desacuerdo',
  cesHigh: 'Totalmente de acuerdo',
};

const zhCN: EmailTexts = {
  subject: '{{workspace}}邀请您填写“{{survey}}”',
  reminderSubject: '提醒：{{workspace}}邀请您填写“{{survey}}”',
  greeting: '{{name}}，您好：',
  greetingNoName: '您好：',
  body: '{{workspace}}希望了解您的体验。填写“{{survey}}”只需几分钟。\n\n{{link}}\n\n谢谢！',
  reminderBody:
    '前几天我们邀请您填写“{{survey}}”。如果您有空，您的意见对{{workspace}}非常重要。\n\n{{link}}\n\n谢谢！',
  reminderPrefix: '提醒：',
  button: '打开问卷',
  answerHint: '点击您的答案，问卷打开时已为您选好。',
  unsubscribe: '退订此类邮件',
  sentBy: '这封邀请来自{{workspace}}。',
  npsLow: '完全不可能',
  npsHigh: '非常可能',
  csatLow: '非常不满意',
  csatHigh: '非常满意',
  cesLow: '非常不同意',
  cesHigh: '非常同意',
};

const zhTW: EmailTexts = {
  subject: '{{workspace}}邀請您填寫「{{survey}}」',
  reminderSubject: '提醒：{{workspace}}邀請您填寫「{{survey}}」',
  greeting: '{{name}}，您好：',
  greetingNoName: '您好：',
  body: '{{workspace}}希望了解您的體驗。填寫「{{survey}}」只需幾分鐘。\n\n{{link}}\n\n謝謝！',
  reminderBody:
    '前幾天我們邀請您填寫「{{survey}}」。如果您有空，您的意見對{{workspace}}非常重要。\n\n{{link}}\n\n謝謝！',
  reminderPrefix: '提醒：',
  button: '開啟問卷',
  answerHint: '點選您的答案，問卷開啟時已為您選好。',
  unsubscribe: '取消訂閱此類郵件',
  sentBy: '這封邀請來自{{workspace}}。',
  npsLow: '完全不可能',
  npsHigh: '非常可能',
  csatLow: '非常不滿意',
  csatHigh: '非常滿意',
  cesLow: '非常不同意',
  cesHigh: '非常同意',
};

const TEXTS: Record<string, EmailTexts> = { en, es, 'zh-CN': zhCN, 'zh-TW': zhTW };

/** The built-in texts closest to a survey language tag (zh-Hant/zh-HK → zh-TW, es-MX → es…). */
export const emailTexts = (language: string): EmailTexts => TEXTS[pageLanguage(language)] ?? en;
