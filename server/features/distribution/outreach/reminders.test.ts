// Reminders reach only those who have not answered: one invitee answers through the intake with
// their personal token, another unsubscribes, a third bounces; only the fourth is reminded — after
// afterDays, at most max times, afterDays apart, and once however many runs go at the same time.
import { beforeAll, describe, expect, it } from 'vitest';
import { inWorkspace } from '../../../db/database';
import { randomToken } from '../../../platform/ids';
import { useTestApp } from '../../../test/test-app';
import { sendReminders } from './reminders';
import { sendDueInvitations } from './send-due';
import {
  invitationsOf,
  invite,
  makeDistribution,
  outreachDeps,
  outreachWorld,
  recordingSender,
  setRules,
  tokenOf,
  type OutreachWorld,
} from './test-kit';

const ctx = useTestApp();
const DAY = 86_400_000;
let world: OutreachWorld;

beforeAll(async () => {
  world = await outreachWorld(ctx);
  await setRules(world);
});

describe('reminders', () => {
  it('go only to those who have not answered, after afterDays, at most max times', async () => {
    const email = await makeDistribution(world, 'email', { reminders: { afterDays: 2, max: 2 } });
    await invite(world, email.id, {
      recipients: ['answers', 'waits', 'leaves', 'bounces'].map((n) => ({ address: `${n}@example.com` })),
    });
    const { sent, sender } = recordingSender((m) =>
      m.reminder && m.address.startsWith('bounces')
        ? { status: 'bounced', error: '550 mailbox gone' }
        : { status: 'delivered', providerMessageId: null },
    );
    const deps = outreachDeps(ctx, sender);
    const start = Date.now();
    await sendDueInvitations(deps, { workspaceId: world.ws });
    expect(sent).toHaveLength(4);
    const linkOf = (prefix: string) => sent.find((m) => m.address.startsWith(prefix))!.link;

    // One answers through the survey intake with the token from their link.
    const answered = await ctx.app.inject({
      method: 'POST',
      url: `/s/${world.survey.key}/responses?t=${tokenOf(linkOf('answers'))}`,
      payload: { idempotencyKey: randomToken(16), answers: { nps: 9 }, language: 'en', complete: true },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    // One unsubscribes (as the one-click link records it).
    await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .insertInto('unsubscribes')
        .values({ workspace_id: world.ws, channel: 'email', address: 'leaves@example.com', source: 'test' })
        .execute(),
    );
    const reminded = () => sent.slice(4).map((m) => [m.address, m.reminder]);

    // Not before afterDays.
    await sendReminders(deps, { workspaceId: world.ws, now: new Date(start + 1.5 * DAY) });
    expect(reminded()).toEqual([]);

    await sendReminders(deps, { workspaceId: world.ws, now: new Date(start + 2.5 * DAY) });
    expect(reminded()).toEqual([
      ['waits@example.com', true],
      ['bounces@example.com', true],
    ]);
    const rows = Object.fromEntries(
      (await invitationsOf(ctx, world.ws, email.id)).map((r) => [r.address, r]),
    );
    expect(rows['answers@example.com']).toMatchObject({ reminders_sent: 0 });
    expect(rows['answers@example.com']!.completed_at).not.toBeNull();
    expect(rows['waits@example.com']).toMatchObject({ reminders_sent: 1, status: 'sent' });
    expect(rows['bounces@example.com']).toMatchObject({ status: 'bounced' });
    // The link in a reminder is the same personal link.
    expect(sent[4]!.link).toBe(linkOf('waits'));

    // The next one waits afterDays after the last.
    await sendReminders(deps, { workspaceId: world.ws, now: new Date(start + 3.5 * DAY) });
    expect(reminded()).toHaveLength(2);
    await sendReminders(deps, { workspaceId: world.ws, now: new Date(start + 4.6 * DAY) });
    expect(reminded()).toEqual([
      ['waits@example.com', true],
      ['bounces@example.com', true],
      ['waits@example.com', true],
    ]);
    // And max is the most.
    await sendReminders(deps, { workspaceId: world.ws, now: new Date(start + 20 * DAY) });
    expect(reminded()).toHaveLength(3);
    const waits = (await invitationsOf(ctx, world.ws, email.id)).find(
      (r) => r.address === 'waits@example.com',
    )!;
    expect(waits.reminders_sent).toBe(2);
  });

  it('are not sent by distributions without them', async () => {
    const email = await makeDistribution(world, 'email', { reminders: { afterDays: 1, max: 0 } });
    await invite(world, email.id, { recipients: [{ address: 'none@example.com' }] });
    const { sent, sender } = recordingSender();
    await sendDueInvitations(outreachDeps(ctx, sender), { workspaceId: world.ws });
    await sendReminders(outreachDeps(ctx, sender), {
      workspaceId: world.ws,
      now: new Date(Date.now() + 30 * DAY),
    });
    expect(sent.filter((m) => m.reminder && m.address === 'none@example.com')).toEqual([]);
  });

  it('go out once when runs overlap', async () => {
    const other = await outreachWorld(ctx);
    await setRules(other);
    const email = await makeDistribution(other, 'email', { reminders: { afterDays: 1, max: 1 } });
    await invite(other, email.id, {
      recipients: Array.from({ length: 120 }, (_, n) => ({ address: `o${n}@example.com` })),
    });
    const { sent, sender } = recordingSender();
    const deps = outreachDeps(ctx, sender);
    await sendDueInvitations(deps, { workspaceId: other.ws });
    const later = new Date(Date.now() + 2 * DAY);
    await Promise.all([
      sendReminders(deps, { workspaceId: other.ws, now: later }),
      sendReminders(deps, { workspaceId: other.ws, now: later }),
      sendReminders(deps, { now: later }),
    ]);
    const reminders = sent.filter((m) => m.reminder && m.workspaceId === other.ws);
    expect(reminders).toHaveLength(120);
    expect(new Set(reminders.map((m) => m.invitationId)).size).toBe(120);
  });
});
