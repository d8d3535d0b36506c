// Events in by API: touchpoints with and without an external id, batches that are all or nothing,
// the key-only /events route, and customers found by identities.
import { describe, expect, it } from 'vitest';
import { inWorkspace } from '../../../db/database';
import { useTestApp } from '../../../test/test-app';
import { activityWorld, counts, daysAgo } from './test-kit';

const ctx = useTestApp();

const phone = { kind: 'phone', value: '+86 139 1234 5678' };
const openid = { kind: 'wechat_openid', value: 'oAbC_123456789' };
const visit = (identities: { kind: string; value: string }[], extra: object = {}) => ({
  kind: 'store_visit',
  customer: { identities },
  occurredAt: daysAgo(1),
  ...extra,
});

describe('POST /workspaces/:ws/events', () => {
  it('records an event; with an external id a resend changes nothing, without one each is new', async () => {
    const w = await activityWorld(ctx);
    const url = `/api/v1/workspaces/${w.ws}/events`;
    const body = visit([phone], {
      externalId: 'V-1',
      locationCode: 'store-1',
      channel: 'wifi',
      properties: { minutes: 12, zone: '茶室' },
    });
    const first = await w.api.post(url, body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ externalId: 'V-1', created: true });
    const again = await w.key.post(url, body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, created: false });

    const anonymous = [await w.key.post(url, visit([phone])), await w.key.post(url, visit([phone]))];
    expect(anonymous.map((a) => [a.status, a.body.externalId, a.body.customerId])).toEqual([
      [201, null, first.body.customerId],
      [201, null, first.body.customerId],
    ]);
    expect(anonymous[0]!.body.id).not.toBe(anonymous[1]!.body.id);

    const stored = await inWorkspace(ctx.db, w.ws, (tx) =>
      tx.selectFrom('customer_events').selectAll().where('id', '=', first.body.id).executeTakeFirstOrThrow(),
    );
    expect(stored).toMatchObject({
      kind: 'store_visit',
      location_id: w.storeId,
      channel: 'wifi',
      properties: { minutes: 12, zone: '茶室' },
    });
    expect((await counts(ctx, w.ws)).events).toBe(3);
  });

  it('records a batch, the same external id twice in it once, and finds customers by identities', async () => {
    const w = await activityWorld(ctx);
    const url = `/api/v1/workspaces/${w.ws}/events`;
    const res = await w.key.post(url, {
      events: [
        visit([phone], { externalId: 'W-1' }),
        visit([openid, phone], { kind: 'page_view', channel: 'wechat' }),
        visit([openid], { externalId: 'W-1', kind: 'message' }),
        visit([{ kind: 'email', value: 'someone@example.com' }], { kind: 'call' }),
      ],
    });
    expect(res.status).toBe(200);
    const [w1, pageView, w1again, call] = res.body.results;
    expect(w1).toMatchObject({ externalId: 'W-1', created: true });
    expect(pageView).toMatchObject({ externalId: null, customerId: w1.customerId, created: true });
    expect(w1again).toEqual({ ...w1, created: false });
    expect(call.customerId).not.toBe(w1.customerId);
    expect(await counts(ctx, w.ws)).toMatchObject({ events: 3, customers: 2, identities: 3 });
  });

  it('writes nothing of a batch with one bad item, and names the field at fault', async () => {
    const w = await activityWorld(ctx);
    const url = `/api/v1/workspaces/${w.ws}/events`;
    const good = visit([phone]);
    const cases: [object, string][] = [
      [visit([phone], { kind: 'Store Visit' }), 'events.1.kind'],
      [visit([{ kind: 'wechat_openid', value: 'no' }]), 'events.1.customer.identities.0.value'],
      [visit([phone], { locationCode: 'nowhere' }), 'events.1.locationCode'],
      [visit([phone], { occurredAt: 'yesterday' }), 'events.1.occurredAt'],
      [visit([phone], { properties: { text: 'x'.repeat(9000) } }), 'events.1.properties'],
      [visit([phone], { channel: 'WeChat!' }), 'events.1.channel'],
      [{ ...visit([phone]), kind: undefined }, 'events.1.kind'],
      [{ ...visit([phone]), occurredAt: undefined }, 'events.1.occurredAt'],
    ];
    for (const [bad, field] of cases) {
      const res = await w.key.post(url, { events: [good, bad] });
      expect({ field, status: res.status, code: res.body.error.code }).toEqual({
        field: res.body.error.field,
        status: 400,
        code: 'validation_failed',
      });
    }
    const single = await w.key.post(url, visit([phone], { locationCode: 'nowhere' }));
    expect(single.body.error).toMatchObject({ code: 'validation_failed', field: 'locationCode' });
    expect(await counts(ctx, w.ws)).toMatchObject({ events: 0, customers: 0 });
  });

  it('records one event when the same one arrives ten times at once', async () => {
    const w = await activityWorld(ctx);
    const body = visit([phone, openid], { externalId: 'X-1' });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => w.key.post(`/api/v1/workspaces/${w.ws}/events`, body)),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(9);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await counts(ctx, w.ws)).toMatchObject({ events: 1, customers: 1, identities: 2 });
  });
});

describe('POST /events', () => {
  it("records into the API key's workspace, and sends sessions to the workspace path", async () => {
    const w = await activityWorld(ctx);
    const byKey = await w.key.post('/api/v1/events', visit([phone]));
    expect(byKey.status).toBe(201);
    const bySession = await w.api.post('/api/v1/events', visit([phone]));
    expect(bySession.status).toBe(400);
    expect(bySession.body.error.message).toContain('/api/v1/workspaces/{workspaceId}/events');
    expect((await counts(ctx, w.ws)).events).toBe(1);
  });
});
