// The built-in words of SMS and WeChat invitations in the four languages the product speaks, used
// when a distribution has no template of its own for the recipient's language. SMS texts stay
// short (one or two segments with the link) and end with the link, which phones make tappable.
import type { Language } from '../../../../common/roles';
import { pageLanguage } from '../../survey-page/texts';

export interface TextParts {
  /** The recipient's name; empty when unknown. */
  name: string;
  workspace: string;
  survey: string;
  link: string;
}

interface Words {
  sms(p: TextParts): string;
  smsReminder(p: TextParts): string;
  /** WeChat's `first` line. */
  greeting(p: TextParts, reminder: boolean): string;
  /** WeChat's `remark` line: what tapping the message does. */
  callToAction(reminder: boolean): string;
  /** The console's test message. */
  test(workspace: string): string;
}

const WORDS: Record<Language, Words> = {
  'zh-CN': {
    sms: (p) => `${p.name || ''}您好，${p.workspace}邀请您参与「${p.survey}」，只需1分钟：${p.link}`,
    smsReminder: (p) =>
      `${p.name || ''}您好，${p.workspace}提醒您：「${p.survey}」还在等您的意见，只需1分钟：${p.link}`,
    greeting: (p, reminder) =>
      reminder
        ? `${p.name || ''}您好，您的意见对我们很重要。`
        : `${p.name || ''}您好，感谢您选择${p.workspace}！`,
    callToAction: (reminder) =>
      reminder ? '您还没有填写，点击这里，只需1分钟。' : '点击填写问卷，只需1分钟。',
    test: (workspace) => `${workspace}：这是一条来自 Rapport 的测试消息。`,
  },
  'zh-TW': {
    sms: (p) => `${p.name || ''}您好，${p.workspace}邀請您參與「${p.survey}」，只需1分鐘：${p.link}`,
    smsReminder: (p) =>
      `${p.name || ''}您好，${p.workspace}提醒您：「${p.survey}」還在等您的意見，只需1分鐘：${p.link}`,
    greeting: (p, reminder) =>
      reminder
        ? `${p.name || ''}您好，您的意見對我們很重要。`
        : `${p.name || ''}您好，感謝您選擇${p.workspace}！`,
    callToAction: (reminder) =>
      reminder ? '您還沒有填寫，點擊這裡，只需1分鐘。' : '點擊填寫問卷，只需1分鐘。',
    test: (workspace) => `${workspace}：這是一則來自 Rapport 的測試訊息。`,
  },
  en: {
    sms: (p) =>
      `${hi('Hi', p.name)}, ${p.workspace} would love your view: "${p.survey}" takes a minute. ${p.link}`,
    smsReminder: (p) =>
      `${hi('Hi', p.name)}, a reminder from ${p.workspace}: your view on "${p.survey}" still counts. ${p.link}`,
    greeting: (p, reminder) =>
      reminder
        ? `${hi('Hi', p.name)}, your opinion matters to us.`
        : `${hi('Hi', p.name)}, thank you for choosing ${p.workspace}.`,
    callToAction: (reminder) =>
      reminder
        ? 'You have not answered yet: tap here, it takes a minute.'
        : 'Tap to answer; it takes a minute.',
    test: (workspace) => `${workspace}: a test message from Rapport.`,
  },
  es: {
    sms: (p) =>
      `${hi('Hola', p.name)}, ${p.workspace} quiere su opinión: "${p.survey}" le llevará un minuto. ${p.link}`,
    smsReminder: (p) =>
      `${hi('Hola', p.name)}, le recordamos de parte de ${p.workspace}: su opinión sobre "${p.survey}" cuenta. ${p.link}`,
    greeting: (p, reminder) =>
      reminder
        ? `${hi('Hola', p.name)}, su opinión nos importa.`
        : `${hi('Hola', p.name)}, gracias por elegir ${p.workspace}.`,
    callToAction: (reminder) =>
      reminder ? 'Aún no ha respondido: toque aquí, es un minuto.' : 'Toque para responder; es un minuto.',
    test: (workspace) => `${workspace}: un mensaje de prueba de Rapport.`,
  },
};

const hi = (word: string, name: string) => (name ? `${word} ${name}` : word);

/** The built-in words closest to a survey language tag (zh-Hant/zh-HK → zh-TW, es-MX → es…). */
export const wordsFor = (tag: string): Words => WORDS[pageLanguage(tag)];
