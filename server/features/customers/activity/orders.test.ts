// Orders in by API: one and batches, idempotency by external id (repeats, within a batch, under
// concurrency), all-or-nothing batches that name the field at fault, the key-only /orders route,
// and how orders find their customer by identities.
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/client';
import { addMember, makeUser, useTestApp } from '../../../test/test-app';
import { activityWorld, counts, daysAgo } from './test-kit';

const ctx = useTestApp();

const order = (externalId: string, identities: { kind: string; value: string }[], extra: object = {}) => ({
  externalId,
  customer: { identities, name: '王小明' },
  amount: 128.5,
  orderedAt: daysAgo(2),
  ...extra,
});
const phone = { kind: 'phone', value: '+86 138 0013 8000' };
const email = { kind: 'email', value: 'Ming@Example.com' };

describe('POST /workspaces/:ws/orders', () => {
  it('records one order for a new customer, then answers the same external id with created: false', async () => {
    const w = await activityWorld(ctx);
    const url = `/api/v1/workspaces/${w.ws}/orders`;
    const items = [{ sku: 'LT-01', name: '龙井 50g', quantity: 2, price: 64.25 }];
    const first = await w.api.post(
      url,
      order('A-1', [phone], { items, locationCode: 'store-1', channel: 'pos' }),
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ externalId: 'A-1', created: true });

    const again = await w.key.post(url, order('A-1', [phone], { amount: 999 }));
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, created: false });

    const customer = await w.api.get(`/api/v1/workspaces/${w.ws}/customers/${first.body.customerId}`);
    expect(customer.body).toMatchObject({
      name: '王小明',
      identities: [{ kind: 'phone', value: '+8613800138000' }],
    });
    const timeline = await w.api.get(
      `/api/v1/workspaces/${w.ws}/customers/${first.body.customerId}/timeline`,
    );
    expect(timeline.body.items).toEqual([
      expect.objectContaining({
        id: first.body.id,
        kind: 'order',
        order: {
          externalId: 'A-1',
          amount: 128.5,
          currency: 'USD', // the workspace's
          items,
          locationId: w.storeId,
          channel: 'pos',
        },
      }),
    ]);
    const after = await counts(ctx, w.ws);
    expect(after.orders).toBe(1);
    expect(after.orderCreated).toEqual([
      {
        orderId: first.body.id,
        externalId: 'A-1',
        customerId: first.body.customerId,
        amount: 128.5,
        currency: 'USD',
      },
    ]);
  });

  it('records a batch, answering repeats (stored or within the batch) with the stored order', async () => {
    const w = await activityWorld(ctx);
    const url = `/api/v1/workspaces/${w.ws}/orders`;
    const stored = (await w.api.post(url, order('B-0', [phone]))).body;
    const res = await w.api.post(url, {
      orders: [
        order('B-1', [phone], { currency: 'CNY' }),
        order('B-0', [email]),
        order('B-2', [email]),
        order('B-1', [email]),
      ],
    });
    expect(res.status).toBe(200);
    const [b1, b0, b2, b1again] = res.body.results;
    expect(b1).toMatchObject({ externalId: 'B-1', customerId: stored.customerId, created: true });
    expect(b0).toEqual({ ...stored, created: false });
    expect(b2).toMatchObject({ externalId: 'B-2', created: true });
    expect(b2.customerId).not.toBe(stored.customerId);
    expect(b1again).toEqual({ ...b1, created: false });
    const after = await counts(ctx, w.ws);
    expect(after.orders).toBe(3);
    expect(after.orderCreated.map((e) => e.externalId).sort()).toEqual(['B-0', 'B-1', 'B-2']);
    expect(after.orderCreated.find((e) => e.externalId === 'B-1')).toMatchObject({ currency: 'CNY' });
  });

  it('writes nothing of a batch with one bad item, and names the field at fault', async () => {
    const w = await activityWorld(ctx);
    const url = `/api/v1/workspaces/${w.ws}/orders`;
    const good = [order('C-1', [phone]), order('C-2', [email])];
    const cases: [object, string][] = [
      [order('C-3', [email, { kind: 'phone', value: '12345' }]), 'orders.2.customer.identities.1.value'],
      [order('C-3', [email], { locationCode: 'nowhere' }), 'orders.2.locationCode'],
      [order('C-3', [email], { amount: 10.005 }), 'orders.2.amount'],
      [order('C-3', [email], { amount: -1 }), 'orders.2.amount'],
      [order('C-3', [email], { orderedAt: daysAgo(-3) }), 'orders.2.orderedAt'],
      [order('C-3', [email], { currency: 'yuan' }), 'orders.2.currency'],
      [order('C-3', []), 'orders.2.customer.identities'],
      [order('', [email]), 'orders.2.externalId'],
      [{ ...order('C-3', [email]), externalId: undefined }, 'orders.2.externalId'],
      [{ ...order('C-3', [email]), customer: { name: 'x' } }, 'orders.2.customer.identities'],
      [order('C-3', [email], { items: [{ name: 'x', price: 1 }] }), 'orders.2.items.0.quantity'],
    ];
    for (const [bad, field] of cases) {
      const res = await w.api.post(url, { orders: [...good, bad] });
      expect({ field, status: res.status, code: res.body.error.code }).toEqual({
        field: res.body.error.field,
        status: 400,
        code: 'validation_failed',
      });
    }
    const single = await w.api.post(url, order('C-4', [{ kind: 'email', value: 'not-an-email' }]));
    expect(single.body.error).toMatchObject({
      code: 'validation_failed',
      field: 'customer.identities.0.value',
    });
    const missing = await w.api.post(url, { ...order('C-4', [email]), amount: undefined });
    expect(missing.body.error).toMatchObject({ code: 'validation_failed', field: 'amount' });
    for (const orders of [[], Array.from({ length: 1001 }, (_, i) => order(`C-${i}`, [email])), 'x']) {
      expect((await w.api.post(url, { orders })).body.error).toMatchObject({ field: 'orders' });
    }
    expect(await counts(ctx, w.ws)).toMatchObject({
      orders: 0,
      customers: 0,
      identities: 0,
      orderCreated: [],
    });
  });

  it('records one order, and one order.created, when the same order arrives ten times at once', async () => {
    const w = await activityWorld(ctx);
    const url = `/api/v1/workspaces/${w.ws}/orders`;
    const body = order('D-1', [phone, email]);
    const answers = await Promise.all(Array.from({ length: 10 }, () => w.key.post(url, body)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.body.customerId)).size).toBe(1);
    expect(await counts(ctx, w.ws)).toMatchObject({ orders: 1, customers: 1, identities: 2 });
    expect((await counts(ctx, w.ws)).orderCreated).toHaveLength(1);
  });

  it('attaches a new identity to the customer an earlier order made', async () => {
    const w = await activityWorld(ctx);
    const url = `/api/v1/workspaces/${w.ws}/orders`;
    const first = (await w.key.post(url, order('E-1', [phone]))).body;
    const second = (await w.key.post(url, order('E-2', [{ kind: 'phone', value: '+8613800138000' }, email])))
      .body;
    expect(second.customerId).toBe(first.customerId);
    const third = (await w.key.post(url, order('E-3', [{ kind: 'email', value: 'ming@example.com ' }]))).body;
    expect(third.customerId).toBe(first.customerId);
    const customer = await w.api.get(`/api/v1/workspaces/${w.ws}/customers/${first.customerId}`);
    expect(
      customer.body.identities.map((i: { kind: string; value: string }) => `${i.kind}:${i.value}`).sort(),
    ).toEqual(['email:ming@example.com', 'phone:+8613800138000']);
    expect(customer.body.identities.find((i: { kind: string }) => i.kind === 'email').source).toBe('api');
  });

  it('goes with the strongest identity when the identities belong to different customers', async () => {
    const w = await activityWorld(ctx);
    const url = `/api/v1/workspaces/${w.ws}/orders`;
    const member = { kind: 'member_id', value: 'M-9' };
    const byPhone = (await w.key.post(url, order('S-1', [phone]))).body;
    const byMember = (await w.key.post(url, order('S-2', [member]))).body;
    expect(byMember.customerId).not.toBe(byPhone.customerId);
    // All owned already (no write), then with a fresh email too (through resolveCustomer).
    const both = await w.key.post(url, {
      orders: [order('S-3', [phone, member]), order('S-4', [phone, member, email])],
    });
    expect(both.body.results.map((r: { customerId: string }) => r.customerId)).toEqual([
      byMember.customerId,
      byMember.customerId,
    ]);
    const phoneOwner = await w.api.get(`/api/v1/workspaces/${w.ws}/customers/${byPhone.customerId}`);
    expect(phoneOwner.body.identities.map((i: { kind: string }) => i.kind)).toEqual(['phone']);
  });

  it('lets owners, admins and analysts record orders, not agents or viewers', async () => {
    const w = await activityWorld(ctx);
    const agent = await makeUser(ctx);
    await addMember(ctx, w.ws, agent.id, 'agent');
    const res = await (
      await signedIn(ctx.app, agent)
    ).post(`/api/v1/workspaces/${w.ws}/orders`, order('F-1', [phone]));
    expect(res.status).toBe(403);
  });
});

describe('POST /orders', () => {
  it("records into the API key's workspace", async () => {
    const w = await activityWorld(ctx);
    const res = await w.key.post('/api/v1/orders', { orders: [order('G-1', [phone])] });
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ externalId: 'G-1', created: true });
    expect((await counts(ctx, w.ws)).orders).toBe(1);
    const single = await w.key.post('/api/v1/orders', order('G-2', [phone]));
    expect(single.status).toBe(201);
  });

  it('sends a session to the workspace path, and asks who is calling', async () => {
    const w = await activityWorld(ctx);
    const bySession = await w.api.post('/api/v1/orders', order('H-1', [phone]));
    expect(bySession.status).toBe(400);
    expect(bySession.body.error.code).toBe('validation_failed');
    expect(bySession.body.error.message).toContain(`/api/v1/workspaces/{workspaceId}/orders`);
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      payload: order('H-1', [phone]),
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await counts(ctx, w.ws)).orders).toBe(0);
  });
});
