// The value computation on real rows: twelve customers with hand-computed RFM scores, segments,
// CLV and consumer types (rules in words), the SQL checked against the pure rules of
// common/customers/value.ts customer by customer, the jobs, and the two routes.
import { sql } from 'kysely';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerTypeOf, rfmScores } from '../../../../common/customers/value';
import { asSystem, inWorkspace, type Tx } from '../../../db/database';
import { newId } from '../../../platform/ids';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { signedIn } from '../../../test/client';
import { computeCustomerValues } from './compute-values';
import { valueTasks } from './jobs';
import { customerFacts } from './store';

const ctx = useTestApp();
const DAY = 86_400_000;
const HOUR = 3_600_000;
const asOf = new Date('2026-06-30T12:00:00Z');
const ago = (days: number, hours = 0) => new Date(asOf.getTime() - days * DAY + hours * HOUR);

/** A small world builder: customers, orders and visits, by plain inserts. */
function builder(workspaceId: string) {
  const run = <T>(fn: (tx: Tx) => Promise<T>) => inWorkspace(ctx.db, workspaceId, fn);
  return {
    async customer(name: string): Promise<string> {
      const id = newId();
      await run((tx) =>
        tx
          .insertInto('customers')
          .values({ workspace_id: workspaceId, id, name, attributes: '{}', consent: '{}' })
          .execute(),
      );
      return id;
    },
    async order(customerId: string | null, at: Date, amount: number, currency = 'USD') {
      await run((tx) =>
        tx
          .insertInto('orders')
          .values({
            workspace_id: workspaceId,
            id: newId(),
            external_id: newId(),
            customer_id: customerId,
            amount,
            currency,
            items: '[]',
            ordered_at: at,
          })
          .execute(),
      );
    },
    async event(customerId: string, at: Date, kind = 'store_visit') {
      await run((tx) =>
        tx
          .insertInto('customer_events')
          .values({
            workspace_id: workspaceId,
            id: newId(),
            customer_id: customerId,
            kind,
            occurred_at: at,
            properties: '{}',
          })
          .execute(),
      );
    },
  };
}

const world = {} as {
  ws: string;
  other: string;
  ids: Record<string, string>;
  owner: { email: string; password: string };
};

beforeAll(async () => {
  const owner = await makeUser(ctx);
  world.owner = owner;
  world.ws = (await makeWorkspace(ctx, owner, 'Value Brand')).id;
  world.other = (await makeWorkspace(ctx, owner, 'Other Brand')).id;
  const b = builder(world.ws);
  const ids: Record<string, string> = {};
  for (const name of 'ABCDEFGHIJKL') ids[name] = await b.customer(name);
  // A: six purchases in six different "months" of the year.
  for (const d of [1, 40, 80, 130, 170, 220]) await b.order(ids.A!, ago(d), 100);
  // B: four purchases within nine days, each an hour after a store visit.
  for (const d of [2, 3, 5, 9]) {
    await b.event(ids.B!, ago(d, -1));
    await b.order(ids.B!, ago(d), 50);
  }
  // C: one big purchase; an order dated after asOf is not counted.
  await b.order(ids.C!, ago(10), 1000);
  await b.order(ids.C!, ago(-1), 999);
  // D: bought 100 days ago, browsing now: page views on three days (two on day 6).
  await b.order(ids.D!, ago(100), 20);
  for (const [d, h] of [
    [5, 0],
    [6, 0],
    [6, 1],
    [7, 0],
  ] as const)
    await b.event(ids.D!, ago(d, h), 'page_view');
  // E, F: a few purchases, long ago within the year; F's is on its last day.
  await b.order(ids.E!, ago(200), 300);
  await b.order(ids.E!, ago(300), 300);
  await b.order(ids.F!, ago(364), 5);
  // G: spend counts the workspace currency only; CLV counts every order to date.
  await b.order(ids.G!, ago(20), 10);
  await b.order(ids.G!, ago(50), 500, 'EUR');
  await b.order(ids.G!, ago(400), 1000);
  // H: two purchases on one day.
  await b.order(ids.H!, ago(60), 70);
  await b.order(ids.H!, ago(60, -2), 70);
  // I: bought only before the period.
  await b.order(ids.I!, ago(500), 250);
  // J: five visits in 90 days, never bought; K: two visits; L: nothing. Events of other kinds
  // are not visits.
  for (const d of [1, 10, 20, 30, 40]) await b.event(ids.J!, ago(d));
  await b.event(ids.K!, ago(3));
  await b.event(ids.K!, ago(4));
  for (const d of [1, 2, 3]) await b.event(ids.L!, ago(d), 'message');
  // An erased customer's order (no customer) and another workspace's customer change nothing.
  await b.order(null, ago(5), 10_000);
  const o = builder(world.other);
  // (dated from the real clock: the job computes as of now)
  await o.order(await o.customer('Other'), new Date(Date.now() - DAY), 5);
  world.ids = ids;
});

const valuesOf = (workspaceId: string) =>
  inWorkspace(ctx.db, workspaceId, (tx) =>
    tx.selectFrom('customer_values').selectAll().where('workspace_id', '=', workspaceId).execute(),
  );

describe('computeCustomerValues', () => {
  it('scores RFM by quintile, names the segment, and sums CLV (hand-computed)', async () => {
    const done = await inWorkspace(ctx.db, world.ws, (tx) => computeCustomerValues(tx, world.ws, asOf));
    expect(done.customers).toBe(12);
    const rows = await valuesOf(world.ws);
    const byName = Object.fromEntries(
      Object.entries(world.ids).map(([name, id]) => [name, rows.find((r) => r.customer_id === id)!]),
    );
    const got = Object.fromEntries(
      Object.entries(byName).map(([name, v]) => [
        name,
        [v.recency_days, v.frequency, Number(v.monetary), v.r, v.f, v.m, v.rfm_segment, Number(v.clv)],
      ]),
    );
    // n = 8 buyers in the period. R (recency reversed): 364,200 → 1; 100 → 2; 60,20 → 3; 10 → 4;
    // 2,1 → 5. F: the three 1s → 1, the three 2s → 3, 4 and 6 → 5. M: 5,10 → 1; 20 → 2;
    // 140,200 → 3; the two 600s → 4; 1000 → 5.
    expect(got).toEqual({
      A: [1, 6, 600, 5, 5, 4, 'champions', 600],
      B: [2, 4, 200, 5, 5, 3, 'champions', 200],
      C: [10, 1, 1000, 4, 1, 5, 'promising', 1000],
      D: [100, 1, 20, 2, 1, 2, 'hibernating', 20],
      E: [200, 2, 600, 1, 3, 4, 'at_risk', 600],
      F: [364, 1, 5, 1, 1, 1, 'hibernating', 5],
      G: [20, 2, 10, 3, 3, 1, 'need_attention', 1010],
      H: [60, 2, 140, 3, 3, 3, 'need_attention', 140],
      I: [500, 0, 0, null, null, null, null, 250],
      J: [null, 0, 0, null, null, null, null, 0],
      K: [null, 0, 0, null, null, null, null, 0],
      L: [null, 0, 0, null, null, null, null, 0],
    });
    expect(rows.every((r) => r.computed_at.getTime() === asOf.getTime())).toBe(true);
  });

  it('places each customer in a consumer type and says by which rule', async () => {
    const rows = await valuesOf(world.ws);
    const types = Object.fromEntries(
      Object.entries(world.ids).map(([name, id]) => {
        const v = rows.find((r) => r.customer_id === id)!;
        return [name, [v.consumer_type, v.consumer_rule]];
      }),
    );
    expect(types).toEqual({
      A: ['loyal', '6 purchases in 365 days, in 6 of 12 months (repeat rate 0.50 ≥ 0.33)'],
      B: [
        'purposeful',
        '4 purchases and 4 visits in 365 days (1.00 visits per purchase ≤ 1.5), first purchase 0 days after the first visit (≤ 7)',
      ],
      C: ['occasional', '1 purchase to date, 1 in 365 days; no other rule applies'],
      D: ['information_seeking', '3 visits in 90 days without a purchase (≥ 3)'],
      E: ['occasional', '2 purchases to date, 2 in 365 days; no other rule applies'],
      F: ['occasional', '1 purchase to date, 1 in 365 days; no other rule applies'],
      G: ['occasional', '3 purchases to date, 2 in 365 days; no other rule applies'],
      H: ['occasional', '2 purchases to date, 2 in 365 days; no other rule applies'],
      I: ['occasional', '1 purchase to date, 0 in 365 days; no other rule applies'],
      J: ['information_seeking', '5 visits in 90 days without a purchase (≥ 3)'],
      K: [null, null],
      L: [null, null],
    });
  });

  it('agrees with the pure rules of common/customers/value.ts, customer by customer', async () => {
    const [facts, rows] = await Promise.all([
      inWorkspace(ctx.db, world.ws, (tx) => customerFacts(tx, world.ws, asOf)),
      valuesOf(world.ws),
    ]);
    const buyers = facts.filter((f) => f.purchases365 > 0);
    const scores = rfmScores(
      buyers.map((f) => ({ recencyDays: f.recencyDays!, frequency: f.purchases365, monetary: f.monetary })),
    );
    expect(buyers).toHaveLength(8);
    for (const f of facts) {
      const row = rows.find((r) => r.customer_id === f.customerId)!;
      const i = buyers.indexOf(f);
      const rfm = i >= 0 ? scores[i]! : { r: null, f: null, m: null, segment: null };
      const placed = consumerTypeOf(f);
      expect([row.r, row.f, row.m, row.rfm_segment, row.consumer_type, row.consumer_rule]).toEqual([
        rfm.r,
        rfm.f,
        rfm.m,
        rfm.segment,
        placed.type,
        placed.rule,
      ]);
    }
  });

  it('upserts: a later run moves the window and rewrites every row; other workspaces are untouched', async () => {
    const later = new Date(asOf.getTime() + 30 * DAY);
    await inWorkspace(ctx.db, world.ws, (tx) => computeCustomerValues(tx, world.ws, later));
    const rows = await valuesOf(world.ws);
    expect(rows).toHaveLength(12);
    const f = rows.find((r) => r.customer_id === world.ids.F)!;
    // F's only purchase is now 394 days old: out of the period, no scores.
    expect([f.recency_days, f.frequency, f.r, f.rfm_segment, f.consumer_type]).toEqual([
      394,
      0,
      null,
      null,
      'occasional',
    ]);
    // C's order dated "tomorrow" is now in the past and counts.
    const c = rows.find((r) => r.customer_id === world.ids.C)!;
    expect([c.frequency, Number(c.clv)]).toEqual([2, 1999]);
    expect(await valuesOf(world.other)).toEqual([]);
  });
});

describe('value jobs', () => {
  const deps = () => ({ db: ctx.db, env: ctx.env, log: pino({ level: 'silent' }) });
  const jobsFor = (workspaceId: string) =>
    asSystem(ctx.db, async (tx) => {
      const { rows } = await sql<{ key: string; payload: { workspaceId: string } }>`
        SELECT key, payload FROM graphile_worker._private_jobs
        WHERE key = ${`customers.values:${workspaceId}`}`.execute(tx);
      return rows;
    });

  it('customers.values recomputes one workspace', async () => {
    const tasks = valueTasks(deps());
    await tasks['customers.values']!({ workspaceId: world.other }, {} as never);
    const rows = await valuesOf(world.other);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ frequency: 1, r: 3, f: 3, m: 3, rfm_segment: 'need_attention' });
  });

  it('customers.values.nightly enqueues one job per workspace with customers', async () => {
    const owner = await makeUser(ctx);
    const empty = (await makeWorkspace(ctx, owner, 'Empty')).id;
    await valueTasks(deps())['customers.values.nightly']!({}, {} as never);
    expect(await jobsFor(world.ws)).toEqual([
      { key: `customers.values:${world.ws}`, payload: { workspaceId: world.ws } },
    ]);
    expect(await jobsFor(world.other)).toHaveLength(1);
    expect(await jobsFor(empty)).toEqual([]);
  });
});

describe('value routes', () => {
  it('recompute answers 202 and collapses repeated requests into one job; agents may, viewers may not', async () => {
    const owner = await makeUser(ctx);
    const ws = (await makeWorkspace(ctx, owner, 'Recompute')).id;
    const api = await signedIn(ctx.app, owner);
    for (let i = 0; i < 3; i++) {
      const res = await api.post(`/api/v1/workspaces/${ws}/customer-values/recompute`);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ queued: true });
    }
    const jobs = await asSystem(ctx.db, (tx) =>
      sql<{ n: number }>`SELECT count(*)::int AS n FROM graphile_worker.jobs
        WHERE key = ${`customers.values:${ws}`}`.execute(tx),
    );
    expect(jobs.rows[0]!.n).toBe(1);
    const viewer = await makeUser(ctx);
    await addMember(ctx, ws, viewer.id, 'viewer');
    const asViewer = await signedIn(ctx.app, viewer);
    expect((await asViewer.post(`/api/v1/workspaces/${ws}/customer-values/recompute`)).status).toBe(403);
    expect((await asViewer.get(`/api/v1/workspaces/${ws}/customer-values/summary`)).status).toBe(403);
  });

  it('summary counts customers, buyers, segments and types (zeros included, fixed order)', async () => {
    await inWorkspace(ctx.db, world.ws, (tx) => computeCustomerValues(tx, world.ws, asOf));
    const api = await signedIn(ctx.app, world.owner);
    const res = await api.get(`/api/v1/workspaces/${world.ws}/customer-values/summary`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      computedAt: asOf.toISOString(),
      customers: 12,
      withOrders: 8,
      rfmSegments: [
        { segment: 'champions', count: 2 },
        { segment: 'loyal', count: 0 },
        { segment: 'potential_loyalists', count: 0 },
        { segment: 'new', count: 0 },
        { segment: 'promising', count: 1 },
        { segment: 'need_attention', count: 2 },
        { segment: 'about_to_sleep', count: 0 },
        { segment: 'at_risk', count: 1 },
        { segment: 'cant_lose', count: 0 },
        { segment: 'hibernating', count: 2 },
      ],
      consumerTypes: [
        { type: 'loyal', count: 1 },
        { type: 'purposeful', count: 1 },
        { type: 'occasional', count: 6 },
        { type: 'information_seeking', count: 2 },
      ],
    });
    const owner = await makeUser(ctx);
    const fresh = (await makeWorkspace(ctx, owner, 'Fresh')).id;
    const empty = await (
      await signedIn(ctx.app, owner)
    ).get(`/api/v1/workspaces/${fresh}/customer-values/summary`);
    expect(empty.body).toMatchObject({ computedAt: null, customers: 0, withOrders: 0 });
  });
});
