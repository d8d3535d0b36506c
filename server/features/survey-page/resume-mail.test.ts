// "Save and continue later" without JavaScript: the link arrives by real SMTP and resumes the attempt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyDefinitionSchema } from '../../../common/survey/definition';
import { createMailer } from '../../platform/mail/mailer';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink';
import { makeUser, makeWorkspace, useTestApp } from '../../test/test-app';
import { publishTestSurvey } from '../responses/test-survey';

let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
  Object.assign(mailer, createMailer(smtp.url, 'Rapport <no-reply@rapport.test>'));
});
afterAll(() => smtp.close());
// Handed to the app before the SMTP port is known; filled in above.
const mailer = createMailer(undefined, 'x');
const ctx = useTestApp({ mailer, env: { PUBLIC_URL: 'http://rapport.test' } });

const def = surveyDefinitionSchema.parse({
  defaultLanguage: 'en',
  languages: ['en', 'es'],
  hiddenFields: [{ name: 'email' }],
  pages: [
    {
      id: 'first',
      questions: [{ id: 'score', type: 'nps', required: true, title: { en: 'Score?', es: '¿Puntuación?' } }],
    },
    { id: 'second', questions: [{ id: 'why', type: 'text', title: { en: 'Why?', es: '¿Por qué?' } }] },
  ],
  endings: [{ id: 'end', title: { en: 'Thanks', es: 'Gracias' } }],
});

const inputValue = (html: string, name: string) =>
  /value="([^"]*)"/.exec(new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? '')?.[1];

describe('save and continue later', () => {
  it('emails a link in the respondent’s language that resumes where they left off', async () => {
    const ws = await makeWorkspace(ctx, await makeUser(ctx));
    const s = await publishTestSurvey(ctx, ws.id, def);
    const url = `/s/${s.key}?lang=es&email=ana%40example.com`;
    const first = await ctx.app.inject({ url });
    expect(first.body).toContain('email_resume');
    const sessionKey = inputValue(first.body, '_s')!;

    const saved = await ctx.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _s: sessionKey,
        _p: 'first',
        _l: 'es',
        _nav: 'email_resume',
        'q.score': '8',
      }).toString(),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toContain('Le enviamos un enlace');

    const mail = await smtp.next();
    expect(mail.to).toMatchObject({ text: 'ana@example.com' });
    expect(mail.subject).toBe('Continúe su encuesta');
    const link = /http:\/\/rapport\.test(\/s\/\S+)/.exec(mail.text ?? '')![1]!;
    expect(link).toBe(`/s/${s.key}?r=${sessionKey}`);

    // On another device (no cookie): the link opens the same attempt, with the answer kept.
    const resumed = await ctx.app.inject({ url: link });
    expect(resumed.statusCode).toBe(200);
    expect(inputValue(resumed.body, '_s')).toBe(sessionKey);
    expect(resumed.body).toMatch(/<html[^>]*lang="es"/);
    const eight = [...resumed.body.matchAll(/<input[^>]*name="q\.score"[^>]*>/g)].find((m) =>
      m[0].includes('value="8"'),
    );
    expect(eight?.[0]).toContain('checked');
  });

  it('offers no email button when no address is known', async () => {
    const ws = await makeWorkspace(ctx, await makeUser(ctx));
    const s = await publishTestSurvey(ctx, ws.id, def);
    expect((await ctx.app.inject({ url: `/s/${s.key}` })).body).not.toContain('email_resume');
  });
});
