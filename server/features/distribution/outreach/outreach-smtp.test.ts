// End to end over real SMTP on loopback, through the real email sender: a pasted-list invitation,
// the send job, the mail arriving at the sink, its link followed, the survey answered through the
// intake with the personal token — and the invitation and the distribution's counts saying so.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomToken } from '../../../platform/ids';
import { createMailer } from '../../../platform/mail/mailer';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink';
import { useTestApp } from '../../../test/test-app';
import { makeSenders } from '../messaging/senders';
import { sendDueInvitations } from './send-due';
import { invitationsOf, invite, makeDistribution, outreachWorld, setRules } from './test-kit';

let smtp: SmtpSink;
const mailer = createMailer(undefined, 'x');
beforeAll(async () => {
  smtp = await startSmtpSink();
  Object.assign(mailer, createMailer(smtp.url, 'Rapport <no-reply@rapport.test>'));
});
afterAll(() => smtp.close());
const ctx = useTestApp({ env: { PUBLIC_URL: 'http://rapport.test' } });

describe('an email invitation, end to end', () => {
  it('is mailed, followed, answered with its token, and counted', async () => {
    const world = await outreachWorld(ctx);
    await setRules(world);
    const email = await makeDistribution(world, 'email');
    const made = await invite(world, email.id, {
      recipients: [{ address: ' Guest@Example.com ', name: 'Guest' }],
    });
    expect(made.body).toEqual({ queued: 1, excluded: 0, alreadyInvited: 0 });

    const log = pino({ level: 'silent' });
    const senders = makeSenders({ db: ctx.db, env: ctx.env, log, mailer });
    const summary = await sendDueInvitations(
      { db: ctx.db, publicUrl: ctx.env.publicUrl, log, senders },
      { workspaceId: world.ws },
    );
    expect(summary).toMatchObject({ delivered: 1, failed: 0 });

    const mail = await smtp.next();
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]!.address : null).toBe('guest@example.com');
    const found = mail.text?.match(/http:\/\/rapport\.test\/s\/[^\s?]+\?t=[A-Za-z0-9_-]{32}[^\s]*/);
    expect(found, mail.text).toBeTruthy();
    const link = new URL(found![0]);
    const token = link.searchParams.get('t')!;
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe(
      `List-Unsubscribe: <http://rapport.test/u/${token}>`,
    );

    const page = await ctx.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('How likely are you to recommend');

    const answered = await ctx.app.inject({
      method: 'POST',
      url: `${link.pathname}/responses?t=${token}`,
      payload: { idempotencyKey: randomToken(16), answers: { nps: 10 }, language: 'en', complete: true },
    });
    expect(answered.statusCode, answered.body).toBe(201);

    const [invitation] = await invitationsOf(ctx, world.ws, email.id);
    expect(invitation).toMatchObject({ status: 'sent', response_id: answered.json().responseId });
    expect(invitation!.completed_at).not.toBeNull();
    const stats = (await world.api.get(`${world.base}/distributions/${email.id}`)).body.stats;
    expect(stats).toMatchObject({ sent: 1, delivered: 1, completed: 1, responseRate: 1 });
  });
});
