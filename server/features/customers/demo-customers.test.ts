// The demo's customers: enough people, orders and visits for the console to show, made through
// the real use cases (so normalised, idempotent and on the timeline).
import { describe, expect, it } from 'vitest';
import { inWorkspace } from '../../db/database';
import { seedDemo } from '../../platform/demo/seed-demo';
import { signedIn } from '../../test/client';
import { useTestApp } from '../../test/test-app';

const ctx = useTestApp();

describe('the demo customers', () => {
  it('gives the demo workspace 40 customers with orders across its stores, visits and page views', async () => {
    const demo = await seedDemo(ctx.db);
    const api = await signedIn(ctx.app, demo);
    const base = `/api/v1/workspaces/${demo.workspaceId}`;

    const list = await api.get(`${base}/customers?limit=100`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(40);
    const first = list.body.items[0];
    expect(first.name).toMatch(/^\p{Script=Han}{2,3}$/u);
    expect(first.phone).toMatch(/^\+86138\d{8}$/);
    expect(first.email).toMatch(/@example\.com$/);

    const stats = await inWorkspace(ctx.db, demo.workspaceId, (tx) =>
      tx
        .selectFrom('orders')
        .select((eb) => [
          eb.fn.countAll<number>().as('orders'),
          eb.fn.count<number>('location_id').distinct().as('locations'),
          eb.fn.count<number>('customer_id').distinct().as('buyers'),
          eb.fn.min('ordered_at').as('oldest'),
          eb.fn.max('ordered_at').as('newest'),
        ])
        .where('workspace_id', '=', demo.workspaceId)
        .where('currency', '=', 'CNY')
        .executeTakeFirstOrThrow(),
    );
    expect(stats.orders).toBeGreaterThan(100);
    // Regulars buy again and again: the most loyal customer has a year and a half of orders.
    const mostOrders = await inWorkspace(ctx.db, demo.workspaceId, (tx) =>
      tx
        .selectFrom('orders')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', demo.workspaceId)
        .groupBy('customer_id')
        .orderBy('n', 'desc')
        .executeTakeFirstOrThrow(),
    );
    expect(mostOrders.n).toBeGreaterThanOrEqual(10);
    expect(stats.locations).toBe(7);
    expect(stats.buyers).toBe(35);
    expect(Date.now() - new Date(stats.oldest as Date).getTime()).toBeGreaterThan(365 * 86_400_000);
    expect(Date.now() - new Date(stats.newest as Date).getTime()).toBeLessThan(30 * 86_400_000);

    const fields = (await api.get(`${base}/customer-fields`)).body.map((f: { key: string }) => f.key);
    expect(fields).toEqual(['birthday', 'favourite_tea', 'member_level', 'city']);
    const profile = (await api.get(`${base}/customers/${first.id}`)).body;
    expect(profile.attributes.city).toBeTruthy();
    const timeline = (await api.get(`${base}/customers/${first.id}/timeline?limit=200`)).body.items;
    expect(new Set(timeline.map((i: { kind: string }) => i.kind)).has('event')).toBe(true);

    // Values are computed at seeding: segments and types show on the first visit.
    const summary = (await api.get(`${base}/customer-values/summary`)).body;
    expect(summary.computedAt).not.toBeNull();
    expect(summary.withOrders).toBeGreaterThan(20);
    const typed = summary.consumerTypes.filter((t: { count: number }) => t.count > 0);
    expect(typed.length).toBeGreaterThanOrEqual(3);
  });
});
