// "Save and continue later": the link back to a partly answered survey, by email, in the
// respondent's language. Offered only when the answers (or the link) give an email address.
import type { Answers, ContactAnswer, SurveyDefinition } from '../../../common/survey/definition';
import type { Mail } from '../../platform/mail/mailer';

const TEXTS: Record<string, { subject: string; body: (name: string, link: string) => string }> = {
  en: {
    subject: 'Continue your survey',
    body: (name, link) =>
      `You can finish "${name}" where you left off:\n\n${link}\n\nThe link works until you submit.`,
  },
  es: {
    subject: 'Continúe su encuesta',
    body: (name, link) =>
      `Puede terminar «${name}» donde lo dejó:\n\n${link}\n\nEl enlace funciona hasta que envíe sus respuestas.`,
  },
  'zh-CN': {
    subject: '继续填写问卷',
    body: (name, link) => `您可以从上次离开的地方继续填写“${name}”：\n\n${link}\n\n提交之前此链接一直有效。`,
  },
  'zh-TW': {
    subject: '繼續填寫問卷',
    body: (name, link) =>
      `您可以從上次離開的地方繼續填寫「${name}」：\n\n${link}\n\n提交之前此連結一直有效。`,
  },
};

/** The address to send the link to: a contact answer's email, else an `email` hidden field. */
export function resumeAddress(
  def: SurveyDefinition,
  answers: Answers,
  hidden: Record<string, string>,
): string | null {
  for (const page of def.pages) {
    for (const q of page.questions) {
      const email = q.type === 'contact' ? (answers[q.id] as ContactAnswer | undefined)?.email : undefined;
      if (email) return email;
    }
  }
  const fromLink = hidden.email;
  return fromLink && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fromLink) ? fromLink : null;
}

export function resumeMail(to: string, surveyTitle: string, link: string, language: string): Mail {
  const t = TEXTS[language] ?? TEXTS[language.split('-')[0] ?? ''] ?? TEXTS.en!;
  return { to, subject: t.subject, text: t.body(surveyTitle, link) };
}
