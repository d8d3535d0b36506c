// Email invitations end to end over real SMTP on loopback: the mail as sent (languages, RFC 8058
// headers, the first question as links), a click on a score that lands on the survey with it
// answered and saved, the rest submitted once only, one-click unsubscribe, the open pixel, and
// what the relay's refusals and failures become.
import { Writable } from 'node:stream';
import type { ParsedMail } from 'mailparser';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageSettingsSchema } from '../../../../common/distribution/distributions';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import { inWorkspace } from '../../../db/database';
import { newId, randomToken } from '../../../platform/ids';
import { createMailer } from '../../../platform/mail/mailer';
import { signedIn, type Client } from '../../../test/client';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../../responses/test-survey';
import { invitationUrl, openPixelUrl, unsubscribeUrl } from '../links';
import type { InvitationMessage, SenderDeps } from '../messaging/sender';
import { invitationToken, tokenHash } from '../tokens';
import { emailSender } from './email-sender';

const REFUSED = 'nobody@mail.example.com';
let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink({ rejectRecipients: [REFUSED] });
  Object.assign(mailer, createMailer(smtp.url, 'Rapport <no-reply@rapport.test>'));
});
afterAll(() => smtp.close());
// Handed to the app before the SMTP port is known; filled in above.
const mailer = createMailer(undefined, 'x');
const ctx = useTestApp({ mailer, env: { PUBLIC_URL: 'http://rapport.test' } });

/** Everything the sender logs, to show it never logs an address or a link. */
const logged: string[] = [];
const log = pino(
  { level: 'debug' },
  new Writable({
    write(chunk: Buffer, _enc, done) {
      logged.push(chunk.toString());
      done();
    },
  }),
);

const world = {} as {
  ws: string;
  api: Client;
  survey: TestSurvey;
  distributionId: string;
  tokenSecret: string;
  settings: InvitationMessage['settings'];
};

beforeAll(async () => {
  const owner = await makeUser(ctx);
  world.ws = (await makeWorkspace(ctx, owner, 'Jade Garden')).id;
  world.api = await signedIn(ctx.app, owner);
  world.survey = await publishTestSurvey(ctx, world.ws, storeVisitSurvey);
  const made = await world.api.post(
    `/api/v1/workspaces/${world.ws}/surveys/${world.survey.surveyId}/distributions`,
    { kind: 'email', name: 'After the visit' },
  );
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  world.distributionId = made.body.id;
  world.settings = messageSettingsSchema.parse(made.body.settings);
  const row = await inWorkspace(ctx.db, world.ws, (tx) =>
    tx
      .selectFrom('distributions')
      .select('token_secret')
      .where('workspace_id', '=', world.ws)
      .where('id', '=', world.distributionId)
      .executeTakeFirstOrThrow(),
  );
  world.tokenSecret = row.token_secret;
});

const deps = (): SenderDeps => ({ db: ctx.db, env: ctx.env, log, mailer });

/** An invitation row as the outreach job makes it, and the message the send job would build. */
async function invite(opts: {
  address: string;
  language?: string;
  name?: string;
  customerId?: string | null;
  status?: 'sent' | 'scheduled';
}) {
  const id = newId();
  const token = invitationToken(world.tokenSecret, id);
  const language = opts.language ?? 'en';
  await inWorkspace(ctx.db, world.ws, (tx) =>
    tx
      .insertInto('survey_invitations')
      .values({
        workspace_id: world.ws,
        id,
        distribution_id: world.distributionId,
        survey_id: world.survey.surveyId,
        customer_id: opts.customerId ?? null,
        channel: 'email',
        address: opts.address,
        name: opts.name ?? '',
        language,
        token_hash: tokenHash(token),
        status: opts.status ?? 'sent',
      })
      .execute(),
  );
  const publicUrl = ctx.env.publicUrl;
  const message: InvitationMessage = {
    workspaceId: world.ws,
    workspaceName: 'Jade Garden',
    invitationId: id,
    channel: 'email',
    address: opts.address,
    name: opts.name ?? '',
    language,
    surveyName: 'Store visit',
    surveyKey: world.survey.key,
    definition: storeVisitSurvey,
    settings: world.settings,
    link: invitationUrl(publicUrl, world.survey.key, token),
    unsubscribeUrl: unsubscribeUrl(publicUrl, token),
    openPixelUrl: openPixelUrl(publicUrl, token),
    reminder: false,
  };
  return { id, token, message };
}

const invitation = (id: string) =>
  inWorkspace(ctx.db, world.ws, (tx) =>
    tx
      .selectFrom('survey_invitations')
      .selectAll()
      .where('workspace_id', '=', world.ws)
      .where('id', '=', id)
      .executeTakeFirstOrThrow(),
  );

const headerLine = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;

/** The href of every answer link in the mail, by the value it answers. */
function answerLinks(mail: ParsedMail): Map<string, string> {
  const links = new Map<string, string>();
  for (const m of String(mail.html).matchAll(/href="([^"]*?(?:\?|&amp;)a\.nps=(\d+))"/g)) {
    links.set(m[2]!, m[1]!.replace(/&amp;/g, '&'));
  }
  return links;
}

describe('an invitation email', () => {
  it('goes out in Chinese with the RFC 8058 headers and the NPS question as 11 links', async () => {
    const { message, token } = await invite({
      address: 'li.wei@example.com',
      language: 'zh-CN',
      name: '李伟',
    });
    const outcome = await emailSender(deps()).send(message);
    expect(outcome).toMatchObject({ status: 'delivered' });
    const mail = await smtp.next();
    expect(outcome).toEqual({ status: 'delivered', providerMessageId: mail.messageId });

    expect(mail.to).toMatchObject({ value: [{ address: 'li.wei@example.com' }] });
    expect(mail.from?.value[0]).toEqual({ name: 'Jade Garden', address: 'no-reply@rapport.test' });
    expect(mail.subject).toBe('Jade Garden邀请您填写“Store visit”');
    expect(mail.text).toContain('李伟，您好：');
    expect(mail.text).toContain(`${message.link}&lang=zh-CN`);
    expect(mail.text).toContain(`退订此类邮件: ${message.unsubscribeUrl}`);
    expect(headerLine(mail, 'List-Unsubscribe')).toBe(`List-Unsubscribe: <http://rapport.test/u/${token}>`);
    expect(headerLine(mail, 'List-Unsubscribe-Post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );

    const html = String(mail.html);
    expect(html).toContain('<html lang="zh-CN" dir="ltr">');
    expect(html).toContain('您向朋友推荐的可能性有多大？');
    expect(html).toContain('0 = 完全不可能');
    const links = answerLinks(mail);
    expect([...links.keys()]).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    for (const [value, href] of links) expect(href).toBe(`${message.link}&lang=zh-CN&a.nps=${value}`);
    expect(html).toContain(`<img src="${message.openPixelUrl}" width="1" height="1" alt=""`);
    expect(html).toContain(`href="${message.unsubscribeUrl}"`);
    expect(html).toContain('退订此类邮件');
  });

  it('goes out in English, greeting by name, with the link in the text', async () => {
    const { message } = await invite({ address: 'ana@example.com', name: 'Ana' });
    expect(await emailSender(deps()).send(message)).toMatchObject({ status: 'delivered' });
    const mail = await smtp.next();
    expect(mail.subject).toBe('Jade Garden would like your feedback: Store visit');
    expect(mail.text).toMatch(/^Hello Ana,\n\nJade Garden would like to hear about your experience/);
    expect(mail.text).toContain(`${message.link}&lang=en\n`);
    expect(String(mail.html)).toContain('How likely are you to recommend to a friend?');
    expect(String(mail.html)).toContain('10 = Extremely likely');
  });

  it('lands on the survey with the clicked score chosen and saved, then completes once', async () => {
    const { id, message, token } = await invite({ address: 'chen@example.com' });
    await emailSender(deps()).send(message);
    const nine = answerLinks(await smtp.next()).get('9')!;
    const page = await ctx.app.inject({ url: nine.replace(ctx.env.publicUrl, '') });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<input type="radio" name="q\.nps" value="9" checked/);
    expect(page.body).not.toMatch(/name="q\.nps" value="8" checked/);
    const resume = page.cookies.find((c) => c.name === `rapport_resume_${world.survey.key}`);
    const sessionKey = /name="_s" value="([^"]+)"/.exec(page.body)![1]!;
    expect(resume?.value).toBe(sessionKey);

    const started = await invitation(id);
    expect(started.started_at).not.toBeNull();
    expect(started.opened_at).not.toBeNull();
    const partial = await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .selectFrom('responses')
        .select(['id', 'status', 'answers', 'invitation_id', 'channel'])
        .where('workspace_id', '=', world.ws)
        .where('invitation_id', '=', id)
        .execute(),
    );
    expect(partial).toHaveLength(1);
    expect(partial[0]).toMatchObject({ status: 'partial', answers: { nps: 9 }, channel: 'email' });

    // The rest through the intake, with the session the page holds.
    const done = await ctx.app.inject({
      method: 'POST',
      url: `/s/${world.survey.key}/responses?t=${token}`,
      payload: {
        idempotencyKey: sessionKey,
        answers: { nps: 9, visit_type: 'dine_in' },
        language: 'en',
        complete: true,
      },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ responseId: partial[0]!.id, status: 'complete' });
    const completed = await invitation(id);
    expect(completed.completed_at).not.toBeNull();
    expect(completed.response_id).toBe(partial[0]!.id);

    const again = await ctx.app.inject({
      method: 'POST',
      url: `/s/${world.survey.key}/responses?t=${token}`,
      payload: { idempotencyKey: randomToken(16), answers: { nps: 10 }, language: 'en', complete: true },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_responded');
  });

  it('keeps one partial response when a mail scanner follows every score link before the person clicks', async () => {
    const { id, message } = await invite({ address: 'scanned@example.com' });
    await emailSender(deps()).send(message);
    const links = answerLinks(await smtp.next());
    // A link scanner (no cookies) opens all eleven; then the person clicks 7.
    for (const score of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
      expect(
        (await ctx.app.inject({ url: links.get(score)!.replace(ctx.env.publicUrl, '') })).statusCode,
      ).toBe(200);
    const page = await ctx.app.inject({ url: links.get('7')!.replace(ctx.env.publicUrl, '') });
    expect(page.body).toMatch(/<input type="radio" name="q\.nps" value="7" checked/);
    const rows = await inWorkspace(ctx.db, world.ws, (tx) =>
      tx.selectFrom('responses').select(['status', 'answers']).where('invitation_id', '=', id).execute(),
    );
    expect(rows).toEqual([{ status: 'partial', answers: { nps: 7 } }]);
  });

  it('lands with nothing chosen when the value in the link is not an answer', async () => {
    const { id, message } = await invite({ address: 'bad.value@example.com' });
    const page = await ctx.app.inject({
      url: `${message.link.replace(ctx.env.publicUrl, '')}&a.nps=11`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/name="q\.nps" value="\d+" checked/);
    expect((await invitation(id)).started_at).toBeNull();
  });

  it('is refused by the relay for an unknown mailbox: bounced, without the address in the error', async () => {
    const { message } = await invite({ address: REFUSED });
    const outcome = await emailSender(deps()).send(message);
    expect(outcome.status).toBe('bounced');
    expect(outcome).toMatchObject({ error: expect.stringContaining('550') });
    expect(JSON.stringify(outcome)).not.toContain(REFUSED);
  });

  it('fails, to be retried, when the relay cannot be reached; fails for good without SMTP', async () => {
    const { message } = await invite({ address: 'later@example.com' });
    const closed = await startSmtpSink();
    const unreachable = createMailer(closed.url, 'Rapport <no-reply@rapport.test>');
    await closed.close();
    const outcome = await emailSender({ ...deps(), mailer: unreachable }).send(message);
    expect(outcome).toMatchObject({ status: 'failed', retry: true });
    const none = await emailSender({ ...deps(), mailer: createMailer(undefined, 'x') }).send(message);
    expect(none).toEqual({ status: 'failed', retry: false, error: 'SMTP is not configured' });
  });

  it('never logs an address or a personal link', () => {
    const all = logged.join('\n');
    expect(all).toContain('invitation email not sent');
    expect(all).not.toMatch(/@example\.com|nobody@|\/s\/|\/u\//);
  });
});

describe('the open pixel', () => {
  it('answers a transparent GIF and marks the invitation opened once', async () => {
    const { id, token } = await invite({ address: 'opens@example.com' });
    const first = await ctx.app.inject({ url: `/o/${token}.gif` });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('image/gif');
    expect(first.headers['cache-control']).toContain('no-store');
    expect(first.rawPayload.subarray(0, 6).toString()).toBe('GIF89a');
    const opened = (await invitation(id)).opened_at;
    expect(opened).not.toBeNull();
    await ctx.app.inject({ url: `/o/${token}.gif` });
    expect((await invitation(id)).opened_at).toEqual(opened);
    const unknown = await ctx.app.inject({ url: `/o/${'x'.repeat(32)}.gif` });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.rawPayload).toEqual(first.rawPayload);
  });
});

describe('unsubscribing', () => {
  it('asks on GET, and on the one-click POST stops everything for the address', async () => {
    const customer = await world.api.post(`/api/v1/workspaces/${world.ws}/customers`, {
      name: 'Wang Fang',
      identities: [{ kind: 'email', value: 'wang.fang@example.com' }],
      consent: {
        email: { status: 'granted', source: 'import' },
        sms: { status: 'granted', source: 'import' },
      },
    });
    expect(customer.status, JSON.stringify(customer.body)).toBe(201);
    const address = 'wang.fang@example.com';
    const { id, token } = await invite({ address, language: 'zh-CN', customerId: customer.body.id });
    const waiting = await invite({ address, status: 'scheduled' });
    const someoneElse = await invite({ address: 'other@example.com', status: 'scheduled' });

    const asked = await ctx.app.inject({ url: `/u/${token}` });
    expect(asked.statusCode).toBe(200);
    expect(asked.headers['cache-control']).toBe('no-store');
    expect(asked.body).toContain('<html lang="zh-CN">');
    expect(asked.body).toContain('Jade Garden将不再向 wang.fang@example.com 发送问卷邀请。');
    expect(asked.body).toContain(`<form method="post" action="/u/${token}">`);
    // Opening the page (as a mail scanner does) changed nothing.
    expect((await invitation(id)).unsubscribed_at).toBeNull();
    expect((await invitation(waiting.id)).status).toBe('scheduled');
    expect(await unsubscribed(address)).toHaveLength(0);

    const post = () =>
      ctx.app.inject({
        method: 'POST',
        url: `/u/${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
    const done = await post();
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('您已退订');
    expect(await unsubscribed(address)).toEqual([
      { channel: 'email', address, invitation_id: id, source: 'unsubscribe_link' },
    ]);
    const at = (await invitation(id)).unsubscribed_at;
    expect(at).not.toBeNull();
    expect(await invitation(waiting.id)).toMatchObject({ status: 'cancelled', skip_reason: 'unsubscribed' });
    expect(await invitation(someoneElse.id)).toMatchObject({ status: 'scheduled', skip_reason: null });
    const profile = await world.api.get(`/api/v1/workspaces/${world.ws}/customers/${customer.body.id}`);
    expect(profile.body.consent.email).toMatchObject({ status: 'withdrawn', source: 'unsubscribe' });
    expect(profile.body.consent.sms).toMatchObject({ status: 'granted' });

    // Again, and as multipart (some mail clients): the same answer, nothing new.
    expect((await post()).statusCode).toBe(200);
    const multipart = await ctx.app.inject({
      method: 'POST',
      url: `/u/${token}`,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
    });
    expect(multipart.statusCode).toBe(200);
    expect(await unsubscribed(address)).toHaveLength(1);
    expect((await invitation(id)).unsubscribed_at).toEqual(at);
    // The page now says it is done.
    expect((await ctx.app.inject({ url: `/u/${token}` })).body).toContain('您已退订');
  });

  it('answers an unknown token with a 404 page and changes nothing', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const res = await ctx.app.inject({
        method,
        url: `/u/${'y'.repeat(32)}`,
        headers: { 'accept-language': 'es' },
      });
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('Enlace no encontrado');
    }
  });
});

const unsubscribed = (address: string) =>
  inWorkspace(ctx.db, world.ws, (tx) =>
    tx
      .selectFrom('unsubscribes')
      .select(['channel', 'address', 'invitation_id', 'source'])
      .where('workspace_id', '=', world.ws)
      .where('address', '=', address)
      .execute(),
  );
