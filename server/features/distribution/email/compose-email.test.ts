// Composing an invitation email: which text is used (the distribution's template or the built-in
// one, a reminder's), placeholders filled in once, everything escaped, and which first questions
// can be answered inside the mail.
import { describe, expect, it } from 'vitest';
import { messageSettingsSchema } from '../../../../common/distribution/distributions';
import { surveyDefinitionSchema, type SurveyDefinitionInput } from '../../../../common/survey/definition';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import type { InvitationMessage } from '../messaging/sender';
import { composeEmail } from './compose-email';
import { pageLanguage } from '../../survey-page/texts';

const LINK = 'https://cx.example.com/s/abc?t=TOKEN';

function message(overrides: Partial<InvitationMessage> = {}): InvitationMessage {
  return {
    workspaceId: 'w',
    workspaceName: 'Jade Garden',
    invitationId: 'i',
    channel: 'email',
    address: 'ana@example.com',
    name: 'Ana',
    language: 'en',
    surveyName: 'Store visit',
    surveyKey: 'abc',
    definition: storeVisitSurvey,
    settings: messageSettingsSchema.parse({}),
    link: LINK,
    unsubscribeUrl: 'https://cx.example.com/u/TOKEN',
    openPixelUrl: 'https://cx.example.com/o/TOKEN.gif',
    reminder: false,
    ...overrides,
  };
}

const survey = (first: SurveyDefinitionInput['pages'][number]['questions'][number]) =>
  surveyDefinitionSchema.parse({
    defaultLanguage: 'en',
    languages: ['en', 'zh-TW'],
    hiddenFields: [{ name: 'vip' }],
    pages: [{ id: 'p1', questions: [first] }],
    endings: [{ id: 'end', title: { en: 'Thanks' } }],
  } satisfies SurveyDefinitionInput);

const hrefs = (html: string, questionId: string) =>
  [...html.matchAll(new RegExp(`href="[^"]*&amp;a\\.${questionId}=([^"]+)"`, 'g'))].map((m) => m[1]);

describe('composeEmail', () => {
  it('writes the built-in text in each shipped language, with a reminder variant', () => {
    expect(composeEmail(message({ language: 'es' })).subject).toBe(
      'Jade Garden quiere conocer su opinión: Store visit',
    );
    expect(composeEmail(message({ language: 'zh-TW', name: '' })).text).toMatch(
      /^您好：\n\nJade Garden希望了解您的體驗。填寫「Store visit」只需幾分鐘。/,
    );
    const reminder = composeEmail(message({ reminder: true }));
    expect(reminder.subject).toBe('Reminder: Jade Garden would like your feedback');
    expect(reminder.text).toContain('A few days ago we asked for your feedback on "Store visit"');
    expect(composeEmail(message({ language: 'zh-CN', reminder: true })).subject).toBe(
      '提醒：Jade Garden邀请您填写“Store visit”',
    );
  });

  it('falls back to the closest shipped language', () => {
    expect(pageLanguage('zh-Hant-TW')).toBe('zh-TW');
    expect(pageLanguage('zh-HK')).toBe('zh-TW');
    expect(pageLanguage('zh-SG')).toBe('zh-CN');
    expect(pageLanguage('es-MX')).toBe('es');
    expect(pageLanguage('fr')).toBe('en');
  });

  it("uses the distribution's template for the language, placeholders filled once and escaped in HTML", () => {
    const settings = messageSettingsSchema.parse({
      templates: {
        en: { subject: 'A word for {{name}}', body: 'Dear {{name}},\n<b>{{survey}}</b> at {{link}}\nBye' },
      },
    });
    const mail = composeEmail(message({ settings, name: '<Ana & {{link}}>', surveyName: 'Q&A' }));
    expect(mail.subject).toBe('A word for <Ana & {{link}}>');
    expect(mail.text).toContain(`Dear <Ana & {{link}}>,\n<b>Q&A</b> at ${LINK}&lang=en\nBye`);
    expect(mail.html).toContain(
      `Dear &lt;Ana &amp; {{link}}&gt;,<br>&lt;b&gt;Q&amp;A&lt;/b&gt; at <a href="${LINK}&amp;lang=en"`,
    );
    expect(mail.html).not.toContain('<b>');
    // An inline link is a link; the button still follows the text.
    expect(mail.html).toContain('>Open the survey</a>');
    expect(composeEmail(message({ settings, reminder: true })).subject).toBe('Reminder: A word for Ana');
    // Another language without a template gets the built-in text.
    expect(composeEmail(message({ settings, language: 'zh-CN' })).subject).toBe(
      'Jade Garden邀请您填写“Store visit”',
    );
  });

  it('adds the link to a template that forgot it', () => {
    const settings = messageSettingsSchema.parse({ templates: { en: { body: 'Tell us, {{name}}!' } } });
    const mail = composeEmail(message({ settings }));
    expect(mail.text).toMatch(
      new RegExp(`^Tell us, Ana!\\n\\n${LINK.replace(/[?]/g, '\\?')}&lang=en\\n--\\n`),
    );
    expect(mail.subject).toBe('Jade Garden would like your feedback: Store visit');
  });

  it('embeds the NPS question only when the distribution asks for it', () => {
    expect(hrefs(composeEmail(message()).html, 'nps')).toHaveLength(11);
    const off = messageSettingsSchema.parse({ embedFirstQuestion: false });
    const html = composeEmail(message({ settings: off })).html;
    expect(hrefs(html, 'nps')).toHaveLength(0);
    expect(html).toContain('>Open the survey</a>');
  });

  it('embeds a rating, CSAT or CES scale point by point, and a single choice option by option', () => {
    const rating = survey({
      id: 'stars',
      type: 'rating',
      points: 5,
      display: 'stars',
      title: { en: 'Rate us' },
    });
    expect(hrefs(composeEmail(message({ definition: rating })).html, 'stars')).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    const csat = composeEmail(
      message({ definition: survey({ id: 'sat', type: 'csat', title: { en: 'Happy?' } }) }),
    );
    expect(hrefs(csat.html, 'sat')).toEqual(['1', '2', '3', '4', '5']);
    expect(csat.html).toContain('5 = Very satisfied');
    const ces = survey({ id: 'effort', type: 'ces', title: { en: 'Easy?', 'zh-TW': '容易嗎？' } });
    const cesMail = composeEmail(message({ definition: ces, language: 'zh-TW' }));
    expect(hrefs(cesMail.html, 'effort')).toHaveLength(7);
    expect(cesMail.html).toContain('容易嗎？');
    expect(cesMail.html).toContain('7 = 非常同意');
    const choice = survey({
      id: 'visit',
      type: 'single_choice',
      title: { en: 'How did you visit?', 'zh-TW': '您如何光臨？' },
      options: [
        { id: 'dine_in', label: { en: 'Dine in', 'zh-TW': '內用' } },
        { id: 'takeaway', label: { en: 'Take <away>' } },
      ],
    });
    const choiceMail = composeEmail(message({ definition: choice, language: 'zh-TW' }));
    expect(hrefs(choiceMail.html, 'visit')).toEqual(['dine_in', 'takeaway']);
    expect(choiceMail.html).toContain('>內用</a>');
    expect(choiceMail.html).toContain('>Take &lt;away&gt;</a>');
  });

  it('does not embed a question with display logic, of another type, or with a long list of options', () => {
    const gated = survey({
      id: 'nps',
      type: 'nps',
      title: { en: 'Recommend?' },
      displayIf: { hidden: 'vip', op: 'eq', value: 'yes' },
    });
    const text = survey({ id: 'why', type: 'text', title: { en: 'Why?' } });
    const many = survey({
      id: 'city',
      type: 'single_choice',
      title: { en: 'City?' },
      options: Array.from({ length: 13 }, (_, i) => ({ id: `c${i}`, label: { en: `City ${i}` } })),
    });
    for (const definition of [gated, text, many]) {
      const html = composeEmail(message({ definition })).html;
      expect(html).not.toMatch(/a\.[a-z]+=/);
      expect(html).toContain('>Open the survey</a>');
    }
  });

  it('writes an accessible document: its language, alt texts, the pixel and the unsubscribe link', () => {
    const { html } = composeEmail(message({ language: 'zh-CN', workspaceName: 'Jade & Co' }));
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN" dir="ltr">/);
    expect(html).toContain('font-family:PingFang SC,');
    expect(html).toContain('<img src="https://cdn.example.com/logo.png" alt="Jade &amp; Co"');
    expect(html).toContain('<img src="https://cx.example.com/o/TOKEN.gif" width="1" height="1" alt=""');
    expect(html).toContain(
      '<a href="https://cx.example.com/u/TOKEN" style="color:#52525b;text-decoration:underline">退订此类邮件</a>',
    );
    expect(html).not.toMatch(/<script|class=/);
  });
});
