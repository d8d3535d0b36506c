// Automatic invitations after an order: only orders of the given stores and channels, of customers
// with an address for the channel, placed after the distribution was made and afterDays ago; one
// invitation per order however often the job runs; and they go through the ordinary send path,
// so the frequency cap applies.
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app';
import { runOrderTriggers } from './order-triggers';
import { sendDueInvitations } from './send-due';
import {
  invitationsOf,
  makeDistribution,
  outreachDeps,
  outreachWorld,
  recordingSender,
  setRules,
  type OutreachWorld,
} from './test-kit';

const ctx = useTestApp();
const DAY = 86_400_000;
const log = pino({ level: 'silent' });
let world: OutreachWorld;
const stores = {} as Record<'one' | 'two', string>;

beforeAll(async () => {
  world = await outreachWorld(ctx);
  await setRules(world, { frequencyCapDays: 30 });
  const brand = (await world.api.get(`${world.base}/locations`)).body.items.find(
    (l: { kind: string }) => l.kind === 'brand',
  );
  for (const code of ['one', 'two'] as const) {
    const store = await world.api.post(`${world.base}/locations`, {
      parentId: brand.id,
      kind: 'store',
      name: `Store ${code}`,
      code: `store-${code}`,
    });
    stores[code] = store.body.id;
  }
});

async function order(externalId: string, identity: { kind: string; value: string }, extra: object) {
  const res = await world.api.post(`${world.base}/orders`, {
    externalId,
    customer: { identities: [identity], name: externalId },
    amount: 10,
    orderedAt: new Date().toISOString(),
    locationCode: 'store-one',
    channel: 'pos',
    ...extra,
  });
  if (res.status !== 201) throw new Error(`order: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

describe('invitations after an order', () => {
  it('invites once per matching order, by location and channel, never for history', async () => {
    const ann = { kind: 'email', value: 'ann@example.com' };
    await order('OLD', ann, { orderedAt: new Date(Date.now() - 5 * DAY).toISOString() });
    const email = await makeDistribution(world, 'email', {
      trigger: { on: 'order', afterDays: 2, locationIds: [stores.one], channels: ['pos'] },
    });
    const untriggered = await makeDistribution(world, 'email');
    const o1 = await order('O1', ann, {});
    const o2 = await order('O2', ann, {});
    await order('OTHER-STORE', { kind: 'email', value: 'bo@example.com' }, { locationCode: 'store-two' });
    await order('ONLINE', { kind: 'email', value: 'cy@example.com' }, { channel: 'online' });
    await order('NO-EMAIL', { kind: 'phone', value: '+8613800138003' }, {});
    const o3 = await order('O3', { kind: 'email', value: 'di@example.com' }, {});

    // Not before afterDays.
    expect(
      await runOrderTriggers({ db: ctx.db, log }, { workspaceId: world.ws, now: new Date(Date.now() + DAY) }),
    ).toBe(0);

    const due = new Date(Date.now() + 2.5 * DAY);
    expect(await runOrderTriggers({ db: ctx.db, log }, { now: due })).toBe(3);
    expect(await runOrderTriggers({ db: ctx.db, log }, { workspaceId: world.ws, now: due })).toBe(0);
    const rows = await invitationsOf(ctx, world.ws, email.id);
    expect(rows.map((r) => [r.source, r.source_ref, r.address, r.status]).sort()).toEqual(
      [
        ['order', o1, 'ann@example.com', 'scheduled'],
        ['order', o2, 'ann@example.com', 'scheduled'],
        ['order', o3, 'di@example.com', 'scheduled'],
      ].sort(),
    );
    expect(rows.every((r) => r.customer_id !== null)).toBe(true);
    expect(await invitationsOf(ctx, world.ws, untriggered.id)).toEqual([]);

    // The ordinary send path: Ann's two orders make one message, the cap skips the other.
    const { sent, sender } = recordingSender();
    await sendDueInvitations(outreachDeps(ctx, sender), { workspaceId: world.ws, now: due });
    expect(sent.map((m) => m.address).sort()).toEqual(['ann@example.com', 'di@example.com']);
    const after = await invitationsOf(ctx, world.ws, email.id);
    expect(after.filter((r) => r.status === 'skipped').map((r) => [r.address, r.skip_reason])).toEqual([
      ['ann@example.com', 'frequency_cap'],
    ]);
  });

  it('makes nothing for a paused distribution', async () => {
    const email = await makeDistribution(world, 'email', {
      trigger: { on: 'order', afterDays: 0, locationIds: [], channels: [] },
    });
    await world.api.patch(`${world.base}/distributions/${email.id}`, { status: 'paused' });
    await order('P1', { kind: 'email', value: 'pa@example.com' }, {});
    await runOrderTriggers({ db: ctx.db, log }, { workspaceId: world.ws, now: new Date(Date.now() + 1000) });
    expect(await invitationsOf(ctx, world.ws, email.id)).toEqual([]);
  });
});
