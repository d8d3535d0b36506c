// The send job and the contact rules at send time, with a recording sender standing in for the
// channels (the SMTP test drives the real email sender): only due invitations go; the email send
// rate; unsubscribes, consent and providers re-checked at send time; the frequency cap across
// surveys; quiet hours in the customer's time zone; failures and bounces recorded; and two runs
// at once sending each invitation once.
import { beforeAll, describe, expect, it } from 'vitest';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import { inWorkspace } from '../../../db/database';
import { useTestApp } from '../../../test/test-app';
import { publishTestSurvey } from '../../responses/test-survey';
import { localParts } from '../../analytics/reports/calendar';
import { clockOf } from '../../../../common/distribution/outreach';
import { tokenHash } from '../tokens';
import { sendDueInvitations } from './send-due';
import {
  invitationsOf,
  invite,
  makeCustomer,
  makeDistribution,
  outreachDeps,
  outreachWorld,
  recordingSender,
  sendJobsOf,
  setRules,
  tokenOf,
  type OutreachWorld,
} from './test-kit';

const ctx = useTestApp();

async function freshWorld(rules: Parameters<typeof setRules>[1] = {}) {
  const world = await outreachWorld(ctx);
  await setRules(world, rules);
  return world;
}

const statusOf = async (world: OutreachWorld, distributionId: string) =>
  Object.fromEntries(
    (await invitationsOf(ctx, world.ws, distributionId)).map((r) => [r.address, [r.status, r.skip_reason]]),
  );

describe('the send job', () => {
  let world: OutreachWorld;
  beforeAll(async () => {
    world = await freshWorld();
  });

  it('sends the due invitations with their personal links, and a scheduled one waits for its time', async () => {
    const email = await makeDistribution(world, 'email', { reminders: { afterDays: 3, max: 0 } });
    await invite(world, email.id, { recipients: [{ address: 'now@example.com', name: 'Now' }] });
    await invite(world, email.id, {
      recipients: [{ address: 'later@example.com' }],
      sendAt: new Date(Date.now() + 2 * 3600_000).toISOString(),
    });
    const { sent, sender } = recordingSender();
    const summary = await sendDueInvitations(outreachDeps(ctx, sender), { workspaceId: world.ws });
    expect(summary).toMatchObject({ delivered: 1, skipped: 0 });
    expect(sent.map((m) => m.address)).toEqual(['now@example.com']);
    const message = sent[0]!;
    expect(message).toMatchObject({
      workspaceName: 'Outreach',
      channel: 'email',
      name: 'Now',
      language: 'en',
      surveyKey: world.survey.key,
      reminder: false,
    });
    expect(message.definition.pages[0]!.id).toBe('score');
    expect(message.link).toBe(`${ctx.env.publicUrl}/s/${world.survey.key}?t=${tokenOf(message.link)}`);
    expect(message.unsubscribeUrl).toBe(`${ctx.env.publicUrl}/u/${tokenOf(message.link)}`);
    const rows = await invitationsOf(ctx, world.ws, email.id);
    const now = rows.find((r) => r.address === 'now@example.com')!;
    expect(now).toMatchObject({
      status: 'sent',
      provider_message_id: 'provider-1',
      token_hash: tokenHash(tokenOf(message.link)),
    });
    expect(now.sent_at).not.toBeNull();
    expect(now.delivered_at).not.toBeNull();
    expect(rows.find((r) => r.address === 'later@example.com')).toMatchObject({
      status: 'scheduled',
      sent_at: null,
    });

    // Its time comes: the next run sends it, and nothing twice.
    await sendDueInvitations(outreachDeps(ctx, sender), {
      workspaceId: world.ws,
      now: new Date(Date.now() + 3 * 3600_000),
    });
    expect(sent.map((m) => m.address)).toEqual(['now@example.com', 'later@example.com']);
  });

  it('records bounces, retries passing failures later, and gives up on the others', async () => {
    const email = await makeDistribution(world, 'email');
    await invite(world, email.id, {
      recipients: [
        { address: 'bounce@example.com' },
        { address: 'retry@example.com' },
        { address: 'broken@example.com' },
      ],
    });
    const { sender } = recordingSender((m) =>
      m.address.startsWith('bounce')
        ? { status: 'bounced', error: '550 no such user' }
        : m.address.startsWith('retry')
          ? { status: 'failed', error: '421 try later', retry: true }
          : { status: 'failed', error: '554 refused', retry: false },
    );
    const before = Date.now();
    await sendDueInvitations(outreachDeps(ctx, sender), { workspaceId: world.ws });
    const rows = Object.fromEntries(
      (await invitationsOf(ctx, world.ws, email.id)).map((r) => [r.address, r]),
    );
    expect(rows['bounce@example.com']).toMatchObject({ status: 'bounced', error: '550 no such user' });
    expect(rows['bounce@example.com']!.bounced_at).not.toBeNull();
    expect(rows['retry@example.com']).toMatchObject({
      status: 'scheduled',
      attempts: 1,
      sent_at: null,
      error: '421 try later',
    });
    expect(rows['retry@example.com']!.send_after.getTime()).toBeGreaterThan(before + 60_000);
    expect(rows['broken@example.com']).toMatchObject({
      status: 'failed',
      sent_at: null,
      error: '554 refused',
    });

    // Passing failures are tried again, at most five times in all.
    for (let i = 0; i < 6; i++) {
      await sendDueInvitations(outreachDeps(ctx, sender), {
        workspaceId: world.ws,
        now: new Date(Date.now() + (i + 1) * 3600_000),
      });
    }
    const retried = (await invitationsOf(ctx, world.ws, email.id)).find(
      (r) => r.address === 'retry@example.com',
    )!;
    expect(retried).toMatchObject({ status: 'failed', attempts: 5 });
  });

  it('skips SMS without a provider', async () => {
    const sms = await makeDistribution(world, 'sms');
    await invite(world, sms.id, { recipients: [{ address: '+8613800138002' }] });
    const { sent, sender } = recordingSender();
    await sendDueInvitations(outreachDeps(ctx, sender), { workspaceId: world.ws });
    expect(sent).toEqual([]);
    expect(await statusOf(world, sms.id)).toEqual({ '+8613800138002': ['skipped', 'no_provider'] });
  });

  it('honours an unsubscribe and a withdrawn consent that came after the invitation was made', async () => {
    const email = await makeDistribution(world, 'email');
    const customer = await makeCustomer(world, {
      name: 'Eve',
      identities: [{ kind: 'email', value: 'eve@example.com' }],
    });
    await invite(world, email.id, {
      recipients: [
        { address: 'unsub@example.com' },
        { address: 'eve@example.com' },
        { address: 'stays@example.com' },
      ],
    });
    await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .insertInto('unsubscribes')
        .values({ workspace_id: world.ws, channel: 'email', address: 'unsub@example.com', source: 'test' })
        .execute(),
    );
    const withdrawn = await world.api.patch(`${world.base}/customers/${customer}`, {
      consent: { email: { status: 'withdrawn' } },
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    const { sent, sender } = recordingSender();
    await sendDueInvitations(outreachDeps(ctx, sender), { workspaceId: world.ws });
    expect(sent.map((m) => m.address)).toEqual(['stays@example.com']);
    expect(await statusOf(world, email.id)).toEqual({
      'eve@example.com': ['skipped', 'no_consent'],
      'stays@example.com': ['sent', null],
      'unsub@example.com': ['skipped', 'unsubscribed'],
    });
  });
});

describe('the email send rate', () => {
  it('sends only what emails_per_minute allows; the rest wait for the window and their run is queued', async () => {
    const world = await freshWorld({ emailsPerMinute: 2 });
    const email = await makeDistribution(world, 'email');
    await invite(world, email.id, {
      recipients: [1, 2, 3, 4, 5].map((n) => ({ address: `r${n}@example.com` })),
    });
    const { sent, sender } = recordingSender();
    const now = new Date(Date.now() + 1000);
    await sendDueInvitations(outreachDeps(ctx, sender), { workspaceId: world.ws, now });
    expect(sent).toHaveLength(2);
    const rows = await invitationsOf(ctx, world.ws, email.id);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(2);
    expect(rows.filter((r) => r.status === 'scheduled')).toHaveLength(3);
    const jobs = await sendJobsOf(ctx, world.ws);
    expect(jobs.some((j) => j.run_at.getTime() === now.getTime() + 60_000)).toBe(true);

    // Still inside the minute: nothing more. A minute later: two more.
    await sendDueInvitations(outreachDeps(ctx, sender), {
      workspaceId: world.ws,
      now: new Date(now.getTime() + 30_000),
    });
    expect(sent).toHaveLength(2);
    await sendDueInvitations(outreachDeps(ctx, sender), {
      workspaceId: world.ws,
      now: new Date(now.getTime() + 61_000),
    });
    expect(sent).toHaveLength(4);
  });
});

describe('the frequency cap', () => {
  it('skips a person invited within the cap by another survey, by customer or by address', async () => {
    const world = await freshWorld({ frequencyCapDays: 30 });
    const other = await publishTestSurvey(ctx, world.ws, storeVisitSurvey);
    const first = await makeDistribution(world, 'email');
    const second = await makeDistribution(world, 'email', {}, other);
    await makeCustomer(world, { name: 'Fay', identities: [{ kind: 'email', value: 'fay@example.com' }] });
    await invite(world, first.id, {
      recipients: [{ address: 'fay@example.com' }, { address: 'gil@example.com' }],
    });
    const { sent, sender } = recordingSender();
    await sendDueInvitations(outreachDeps(ctx, sender), { workspaceId: world.ws });
    expect(sent).toHaveLength(2);

    await invite(world, second.id, {
      recipients: [
        { address: 'fay@example.com' },
        { address: 'gil@example.com' },
        { address: 'hal@example.com' },
      ],
    });
    await sendDueInvitations(outreachDeps(ctx, sender), { workspaceId: world.ws });
    expect(sent.slice(2).map((m) => m.address)).toEqual(['hal@example.com']);
    expect(await statusOf(world, second.id)).toEqual({
      'fay@example.com': ['skipped', 'frequency_cap'],
      'gil@example.com': ['skipped', 'frequency_cap'],
      'hal@example.com': ['sent', null],
    });

    // After the cap has passed, the same person may be invited again.
    await invite(world, second.id, { recipients: [{ address: 'fay@example.com' }] });
    await sendDueInvitations(outreachDeps(ctx, sender), {
      workspaceId: world.ws,
      now: new Date(Date.now() + 31 * 86_400_000),
    });
    expect(sent.at(-1)!.address).toBe('fay@example.com');
  });
});

describe('quiet hours', () => {
  it("holds a send in the customer's quiet hours until they end, while others go", async () => {
    // Quiet from an hour ago to an hour from now on Shanghai's clock: the customer there waits;
    // the person without a customer follows the workspace's clock (UTC, eight hours away).
    const now = new Date();
    const shanghai = localParts(now, 'Asia/Shanghai').minutes;
    const start = clockOf((shanghai + 1440 - 60) % 1440);
    const end = clockOf((shanghai + 60) % 1440);
    const world = await freshWorld({ quietHours: { enabled: true, start, end } });
    const customer = await makeCustomer(world, {
      name: 'Ida',
      identities: [{ kind: 'email', value: 'ida@example.com' }],
    });
    await inWorkspace(ctx.db, world.ws, (tx) =>
      tx.updateTable('customers').set({ time_zone: 'Asia/Shanghai' }).where('id', '=', customer).execute(),
    );
    const email = await makeDistribution(world, 'email');
    await invite(world, email.id, {
      recipients: [{ address: 'ida@example.com' }, { address: 'jo@example.com' }],
    });
    const { sent, sender } = recordingSender();
    await sendDueInvitations(outreachDeps(ctx, sender), {
      workspaceId: world.ws,
      now: new Date(now.getTime() + 1000),
    });
    expect(sent.map((m) => m.address)).toEqual(['jo@example.com']);
    const ida = (await invitationsOf(ctx, world.ws, email.id)).find((r) => r.address === 'ida@example.com')!;
    expect(ida.status).toBe('scheduled');
    const wait = ida.send_after.getTime() - now.getTime();
    expect(wait).toBeGreaterThan(58 * 60_000);
    expect(wait).toBeLessThanOrEqual(61 * 60_000);
    expect(localParts(ida.send_after, 'Asia/Shanghai').minutes).toBe((shanghai + 60) % 1440);

    await sendDueInvitations(outreachDeps(ctx, sender), { workspaceId: world.ws, now: ida.send_after });
    expect(sent.map((m) => m.address)).toEqual(['jo@example.com', 'ida@example.com']);
  });
});

describe('two send runs at once', () => {
  it('send each invitation exactly once', async () => {
    const world = await freshWorld();
    const email = await makeDistribution(world, 'email');
    await invite(world, email.id, {
      recipients: Array.from({ length: 250 }, (_, n) => ({ address: `p${n}@example.com` })),
    });
    const { sent, sender } = recordingSender();
    const deps = outreachDeps(ctx, sender);
    const runs = await Promise.all([
      sendDueInvitations(deps, { workspaceId: world.ws }),
      sendDueInvitations(deps, { workspaceId: world.ws }),
      sendDueInvitations(deps),
    ]);
    expect(runs.reduce((n, r) => n + r.delivered, 0)).toBe(250);
    expect(sent).toHaveLength(250);
    expect(new Set(sent.map((m) => m.invitationId)).size).toBe(250);
    const rows = await invitationsOf(ctx, world.ws, email.id);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
  });
});
