// What an SMS or a WeChat invitation says: the distribution's own template for the recipient's
// language (settings.templates[language].body, with the placeholders of message-template.ts), else the
// built-in words (message-texts.ts). An SMS always carries the link: a template without {{link}}
// gets it appended, since a message nobody can answer from is worth nothing.
import type { InvitationMessage } from './sender';
import type { ProviderContent } from './provider';
import { pageLanguage } from '../../survey-page/texts';
import { fillTemplate } from '../message-template';
import { wordsFor, type TextParts } from './message-texts';

const partsOf = (m: InvitationMessage): TextParts => ({
  name: m.name.trim(),
  workspace: m.workspaceName,
  survey: m.surveyName,
  link: m.link,
});

/** The template filled in (message-template.ts), as one short text: runs of spaces closed up. */
const filled = (body: string, parts: TextParts): string =>
  fillTemplate(body, parts)
    .replace(/[ \t]{2,}/g, ' ')
    .trim();

const ownTemplate = (m: InvitationMessage) => m.settings.templates[m.language]?.body?.trim() || null;

export function smsText(m: InvitationMessage): string {
  const parts = partsOf(m);
  const own = ownTemplate(m);
  if (own) {
    const text = filled(own, parts);
    return /\{\{\s*link\s*\}\}/.test(own) ? text : `${text} ${m.link}`;
  }
  const words = wordsFor(m.language);
  return m.reminder ? words.smsReminder(parts) : words.sms(parts);
}

/**
 * A WeChat template message: first (greeting), keyword1 (the survey), keyword2 (today's date in the
 * workspace's time zone), remark (the call to action, or the distribution's own text), opening the link.
 */
export function wechatContent(
  m: InvitationMessage,
  templateId: string,
  timeZone: string,
  now = new Date(),
): ProviderContent {
  const parts = partsOf(m);
  const words = wordsFor(m.language);
  const own = ownTemplate(m);
  const fields = {
    first: words.greeting(parts, m.reminder),
    keyword1: m.surveyName,
    keyword2: dateIn(now, pageLanguage(m.language), timeZone),
    remark: own ? filled(own, parts) : words.callToAction(m.reminder),
  };
  return {
    text: Object.values(fields).join('\n'),
    template: { id: templateId, url: m.link, fields },
  };
}

export function dateIn(now: Date, language: string, timeZone: string): string {
  const format = (tz: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: tz }).format(now);
  try {
    return format(timeZone);
  } catch {
    return format('UTC'); // a time zone this Node does not know
  }
}
