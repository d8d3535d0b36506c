// One invitation as an email: the subject, a plain-text body and an HTML body, in the
// invitation's language. The distribution's own template for that language wins; without one the
// built-in text (email-texts.ts) is used, with its reminder variant for a reminder. The HTML body
// may carry the survey's first question, each answer a link (first-question.ts).
import type { InvitationMessage } from '../messaging/sender';
import { emailHtml } from './email-html';
import { fillTemplate, type TemplateValues } from '../message-template';
import { emailTexts } from './email-texts';
import { embeddableQuestion } from './first-question';

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

const HAS_LINK = /\{\{\s*link\s*\}\}/;

export function composeEmail(message: InvitationMessage): ComposedEmail {
  const t = emailTexts(message.language);
  const own = Object.prototype.hasOwnProperty.call(message.settings.templates, message.language)
    ? message.settings.templates[message.language]
    : undefined;
  const name = oneLine(message.name);
  const values: TemplateValues = {
    name,
    survey: oneLine(message.surveyName),
    workspace: oneLine(message.workspaceName),
    link: linkInLanguage(message.link, message.language),
  };

  const subjectTemplate = own?.subject
    ? (message.reminder ? t.reminderPrefix : '') + own.subject
    : message.reminder
      ? t.reminderSubject
      : t.subject;
  let body = own
    ? own.body
    : `${name ? t.greeting : t.greetingNoName}\n\n${message.reminder ? t.reminderBody : t.body}`;
  // The link is the point of the mail: a template that forgot it gets it at the end.
  if (!HAS_LINK.test(body)) body = `${body.trimEnd()}\n\n{{link}}`;

  const question = message.settings.embedFirstQuestion
    ? embeddableQuestion(message.definition, message.language)
    : null;
  const footer = fillTemplate(t.sentBy, values);
  const text = [
    fillTemplate(body, values).trim(),
    '--',
    footer,
    `${t.unsubscribe}: ${message.unsubscribeUrl}`,
  ].join('\n');
  return {
    subject: oneLine(fillTemplate(subjectTemplate, values)),
    text: `${text}\n`,
    html: emailHtml({
      language: message.language,
      title: oneLine(fillTemplate(subjectTemplate, values)),
      body,
      values,
      texts: t,
      question,
      footer,
      unsubscribeUrl: message.unsubscribeUrl,
      openPixelUrl: message.openPixelUrl,
      theme: message.definition.theme,
      brand: values.workspace,
    }),
  };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/** Names and titles go into headers and single lines: no line breaks or control characters. */
function oneLine(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The survey opens in the mail's language, whatever the browser prefers. */
function linkInLanguage(link: string, language: string): string {
  if (/[?&]lang=/.test(link)) return link;
  return `${link}${link.includes('?') ? '&' : '?'}lang=${encodeURIComponent(language)}`;
}
