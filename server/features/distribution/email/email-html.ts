// The HTML of an invitation email. Mail clients are old browsers with odd rules (Outlook renders
// with Word): layout in tables, styles inline, no scripts, no web fonts, nothing that needs CSS
// classes. Every value is escaped by markup`…` (survey-page/html.ts). Chinese reads in the
// system's CJK font; the document says its language so screen readers and fonts pick it up.
import type { SurveyDefinition } from '../../../../common/survey/definition';
import { attrs, markup, type SafeHtml } from '../../survey-page/html';
import { themeColours } from '../../survey-page/theme';
import { templateParts, type TemplateValues } from '../message-template';
import type { EmailTexts } from './email-texts';
import { answerLink, type EmbeddedQuestion } from './first-question';

export interface EmailHtmlView {
  language: string;
  /** The document's title: the subject. */
  title: string;
  /** The body template: paragraphs split by blank lines; a paragraph that is just {{link}} is the button. */
  body: string;
  values: TemplateValues;
  texts: EmailTexts;
  question: EmbeddedQuestion | null;
  footer: string;
  unsubscribeUrl: string;
  openPixelUrl: string;
  theme: SurveyDefinition['theme'];
  /** The logo's alt text. */
  brand: string;
}

const RTL = ['ar', 'he', 'fa', 'ur'];
const LINK_ONLY = /^\{\{\s*link\s*\}\}$/;
const MUTED = '#52525b';

function fontFamily(language: string): string {
  if (language === 'zh-TW' || /^zh-(Hant|HK|MO)/.test(language))
    return 'PingFang TC,Microsoft JhengHei,Noto Sans CJK TC,Noto Sans TC,sans-serif';
  if (language.startsWith('zh'))
    return 'PingFang SC,Hiragino Sans GB,Microsoft YaHei,Noto Sans CJK SC,Noto Sans SC,sans-serif';
  return '-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif';
}

export function emailHtml(view: EmailHtmlView): string {
  const colours = themeColours(view.theme.accent);
  const link = view.values.link;
  const button = markup`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px"><tr><td style="border-radius:6px;background:${colours.accent}"><a href="${link}" style="display:inline-block;padding:12px 24px;border-radius:6px;color:${colours.onAccent};font-weight:bold;text-decoration:none">${view.texts.button}</a></td></tr></table>`;
  const question = view.question ? embeddedQuestion(view.question, link, colours.ink, view.texts) : '';

  const paragraphs = view.body.split(/\n[ \t]*\n/).filter((p) => p.trim() !== '');
  let buttonShown = false;
  const blocks: SafeHtml[] = paragraphs.map((p) => {
    if (LINK_ONLY.test(p.trim())) {
      if (buttonShown) return markup``;
      buttonShown = true;
      return markup`${question}${button}`;
    }
    return markup`<p style="margin:0 0 16px">${paragraph(p, view.values, colours.ink)}</p>`;
  });
  if (!buttonShown) blocks.push(markup`${question}${button}`);

  const logoUrl = view.theme.logoUrl;
  const logo =
    logoUrl && /^https:\/\//.test(logoUrl)
      ? markup`<tr><td style="padding:24px 24px 0"><img src="${logoUrl}" alt="${view.brand}" height="40" style="display:block;height:40px;width:auto;border:0"></td></tr>`
      : '';
  const primary = view.language.split('-')[0] ?? '';
  const font = fontFamily(view.language);
  return markup`<!doctype html>
<html${attrs({ lang: view.language, dir: RTL.includes(primary) ? 'rtl' : 'ltr' })}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${view.title}</title>
</head>
<body style="margin:0;padding:0;background:#f4f4f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f5"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background:#ffffff;border-radius:8px;font-family:${font};font-size:16px;line-height:1.6;color:#18181b">
${logo}<tr><td style="padding:24px">
${blocks}
</td></tr>
<tr><td style="padding:16px 24px 24px;border-top:1px solid #e4e4e7;font-size:13px;line-height:1.5;color:${MUTED}">
<p style="margin:0 0 8px">${view.footer}</p>
<p style="margin:0"><a href="${view.unsubscribeUrl}" style="color:${MUTED};text-decoration:underline">${view.texts.unsubscribe}</a></p>
</td></tr>
</table>
</td></tr></table>
<img src="${view.openPixelUrl}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0">
</body>
</html>
`.value;
}

/** One paragraph of the template: text escaped, line breaks kept, an inline {{link}} as a link. */
function paragraph(template: string, values: TemplateValues, ink: string): SafeHtml {
  const lines = (text: string) =>
    text.split('\n').map((line, i) => (i === 0 ? markup`${line}` : markup`<br>${line}`));
  return markup`${templateParts(template.trim()).map((part) => {
    if ('text' in part) return lines(part.text);
    if (part.value === 'link')
      return markup`<a href="${values.link}" style="color:${ink};word-break:break-all">${values.link}</a>`;
    return lines(values[part.value]);
  })}`;
}

/** The question, then its answers: scores as a row of boxes, options as a list of buttons. */
function embeddedQuestion(q: EmbeddedQuestion, link: string, ink: string, t: EmailTexts): SafeHtml {
  const box = `display:block;border:1px solid ${ink};border-radius:4px;color:${ink};font-weight:bold;text-decoration:none;text-align:center`;
  const answers =
    q.layout === 'scale'
      ? markup`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="table-layout:fixed"><tr>${q.answers.map(
          (a) =>
            markup`<td align="center" style="padding:2px"><a href="${answerLink(link, q.questionId, a.value)}" style="${box};padding:10px 0">${a.label}</a></td>`,
        )}</tr></table>${
          q.ends
            ? markup`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:12px;color:${MUTED}"><tr><td align="left" style="padding-top:4px">${q.answers[0]?.label} = ${q.ends.low}</td><td align="right" style="padding-top:4px">${q.answers[q.answers.length - 1]?.label} = ${q.ends.high}</td></tr></table>`
            : ''
        }`
      : markup`${q.answers.map(
          (a) =>
            markup`<a href="${answerLink(link, q.questionId, a.value)}" style="${box};margin:0 0 8px;padding:10px 14px">${a.label}</a>`,
        )}`;
  return markup`<h2 style="margin:8px 0 4px;font-size:17px;line-height:1.4">${q.title}</h2><p style="margin:0 0 12px;font-size:13px;color:${MUTED}">${t.answerHint}</p>${answers}<div style="height:16px;line-height:16px">&nbsp;</div>`;
}
