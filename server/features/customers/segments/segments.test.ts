// The segment API: save, read with live counts, edit, delete, preview; validation that names the
// condition at fault; tenant isolation; who may do what; the customer list filtered by a segment.
import { beforeAll, describe, expect, it } from 'vitest';
import { inWorkspace } from '../../../db/database';
import { newId } from '../../../platform/ids';
import { signedIn, type Client } from '../../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';

const ctx = useTestApp();
const world = {} as { ws: string; api: Client; base: string; other: { ws: string; api: Client } };

const vip = { match: 'all', conditions: [{ field: 'tag', op: 'has', value: 'vip' }] } as const;

async function customer(ws: string, name: string, tags: string[], attributes: Record<string, unknown> = {}) {
  await inWorkspace(ctx.db, ws, (tx) =>
    tx
      .insertInto('customers')
      .values({
        workspace_id: ws,
        id: newId(),
        name,
        tags,
        attributes: JSON.stringify(attributes),
        consent: '{}',
      })
      .execute(),
  );
}

beforeAll(async () => {
  const owner = await makeUser(ctx);
  world.ws = (await makeWorkspace(ctx, owner, 'Segments')).id;
  world.api = await signedIn(ctx.app, owner);
  world.base = `/api/v1/workspaces/${world.ws}`;
  await world.api.post(`${world.base}/customer-fields`, { key: 'tier', label: 'Tier', type: 'number' });
  for (let i = 1; i <= 12; i++) await customer(world.ws, `vip ${i}`, ['vip'], { tier: i });
  await customer(world.ws, 'plain', []);
  const otherOwner = await makeUser(ctx);
  const otherWs = (await makeWorkspace(ctx, otherOwner, 'Other')).id;
  world.other = { ws: otherWs, api: await signedIn(ctx.app, otherOwner) };
  await customer(otherWs, 'other vip', ['vip']);
});

describe('segments API', () => {
  it('saves a segment, reads it with its live count, edits, lists and deletes it (audited)', async () => {
    const made = await world.api.post(`${world.base}/segments`, { name: 'VIPs', definition: vip });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'VIPs', definition: vip, count: 12 });
    const id = made.body.id;

    await customer(world.ws, 'vip 13', ['vip'], { tier: 13 });
    expect((await world.api.get(`${world.base}/segments/${id}`)).body.count).toBe(13);

    const edited = await world.api.patch(`${world.base}/segments/${id}`, {
      name: 'Top VIPs',
      definition: {
        match: 'all',
        conditions: [...vip.conditions, { field: 'attribute', key: 'tier', op: 'gte', value: '10' }],
      },
    });
    expect(edited.status).toBe(200);
    // The value is stored as the field's type: "10" became 10.
    expect(edited.body.definition.conditions[1]).toEqual({
      field: 'attribute',
      key: 'tier',
      op: 'gte',
      value: 10,
    });
    expect(edited.body).toMatchObject({ name: 'Top VIPs', count: 4 });
    expect(Date.parse(edited.body.updatedAt)).toBeGreaterThan(Date.parse(made.body.updatedAt));
    const renamed = await world.api.patch(`${world.base}/segments/${id}`, { name: 'Best' });
    expect(renamed.body).toMatchObject({ name: 'Best', count: 4 });

    await world.api.post(`${world.base}/segments`, { name: 'Everyone VIP', definition: vip });
    const list = await world.api.get(`${world.base}/segments?limit=1`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ name: 'Everyone VIP', count: 13 });
    const next = await world.api.get(`${world.base}/segments?limit=1&cursor=${list.body.nextCursor}`);
    expect(next.body.items[0]).toMatchObject({ id, name: 'Best', count: 4 });

    expect((await world.api.delete(`${world.base}/segments/${id}`)).status).toBe(204);
    expect((await world.api.get(`${world.base}/segments/${id}`)).status).toBe(404);
    expect((await world.api.delete(`${world.base}/segments/${id}`)).status).toBe(404);

    const audit = await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .selectFrom('audit_log')
        .select('action')
        .where('workspace_id', '=', world.ws)
        .where('target_id', '=', id)
        .orderBy('id')
        .execute(),
    );
    expect(audit.map((a) => a.action)).toEqual([
      'segment.created',
      'segment.updated',
      'segment.updated',
      'segment.deleted',
    ]);
  });

  it('previews a definition: the count and the newest ten, saving nothing', async () => {
    const before = (await world.api.get(`${world.base}/segments?limit=200`)).body.items.length;
    const res = await world.api.post(`${world.base}/segments/preview`, { definition: vip });
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(13);
    expect(res.body.sample).toHaveLength(10);
    expect(res.body.sample[0]).toMatchObject({
      name: 'vip 13',
      tags: ['vip'],
      email: null,
      rfmSegment: null,
    });
    expect((await world.api.get(`${world.base}/segments?limit=200`)).body.items.length).toBe(before);
  });

  it('answers 400 naming the condition and the field at fault; nothing is saved', async () => {
    const bad = async (definition: unknown, field: string) => {
      const res = await world.api.post(`${world.base}/segments`, { name: 'bad', definition });
      expect([res.status, res.body.error?.code, res.body.error?.field]).toEqual([
        400,
        'validation_failed',
        field,
      ]);
      const preview = await world.api.post(`${world.base}/segments/preview`, { definition });
      expect([preview.status, preview.body.error?.field]).toEqual([400, field]);
    };
    const withCondition = (c: unknown) => ({ match: 'all', conditions: [vip.conditions[0], c] });
    await bad(withCondition({ field: 'planet', op: 'is' }), 'definition.conditions.1.field');
    await bad(withCondition({ field: 'tag', op: 'has' }), 'definition.conditions.1.value');
    await bad(
      withCondition({ field: 'orders', measure: 'spend', op: 'gt', value: 5, days: 0 }),
      'definition.conditions.1.days',
    );
    await bad(withCondition({ field: 'attribute', key: 'tier', op: 'gt' }), 'definition.conditions.1.value');
    await bad(
      withCondition({ field: 'attribute', key: 'shoe_size', op: 'eq', value: 42 }),
      'definition.conditions.1.key',
    );
    await bad(
      withCondition({ field: 'attribute', key: 'tier', op: 'contains', value: '1' }),
      'definition.conditions.1.op',
    );
    await bad(
      withCondition({ field: 'attribute', key: 'tier', op: 'eq', value: 'ten' }),
      'definition.conditions.1.value',
    );
    await bad(
      withCondition({ field: 'location', locationId: newId() }),
      'definition.conditions.1.locationId',
    );
    await bad({ match: 'all', conditions: [] }, 'definition.conditions');
    const noName = await world.api.post(`${world.base}/segments`, { name: ' ', definition: vip });
    expect(noName.body.error.field).toBe('name');
    const saved = await world.api.get(`${world.base}/segments?limit=200`);
    expect(saved.body.items.map((s: { name: string }) => s.name)).not.toContain('bad');
  });

  it('keeps segments to their workspace: another workspace’s segment is 404 everywhere', async () => {
    const theirs = await world.other.api.post(`/api/v1/workspaces/${world.other.ws}/segments`, {
      name: 'Theirs',
      definition: vip,
    });
    expect(theirs.body.count).toBe(1);
    const id = theirs.body.id;
    expect((await world.api.get(`${world.base}/segments/${id}`)).status).toBe(404);
    expect((await world.api.patch(`${world.base}/segments/${id}`, { name: 'mine' })).status).toBe(404);
    expect((await world.api.delete(`${world.base}/segments/${id}`)).status).toBe(404);
    expect((await world.api.get(`${world.base}/customers?segmentId=${id}`)).status).toBe(404);
    expect((await world.api.get(`${world.base}/segments/not-a-uuid`)).status).toBe(404);
    const still = await world.other.api.get(`/api/v1/workspaces/${world.other.ws}/segments/${id}`);
    expect(still.body).toMatchObject({ name: 'Theirs', count: 1 });
  });

  it('lets viewers read segments and counts, not save or preview them', async () => {
    const viewer = await makeUser(ctx);
    await addMember(ctx, world.ws, viewer.id, 'viewer');
    const asViewer = await signedIn(ctx.app, viewer);
    expect((await asViewer.get(`${world.base}/segments`)).status).toBe(200);
    expect((await asViewer.post(`${world.base}/segments`, { name: 'x', definition: vip })).status).toBe(403);
    expect((await asViewer.post(`${world.base}/segments/preview`, { definition: vip })).status).toBe(403);
  });
});

describe('the customer list filtered by a segment', () => {
  it('lists the members only, pages through them, and answers 404 for an unknown segment', async () => {
    const seg = await world.api.post(`${world.base}/segments`, {
      name: 'Tier ≤ 3',
      definition: { match: 'all', conditions: [{ field: 'attribute', key: 'tier', op: 'lte', value: 3 }] },
    });
    const page1 = await world.api.get(`${world.base}/customers?segmentId=${seg.body.id}&limit=2`);
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((c: { name: string }) => c.name)).toEqual(['vip 3', 'vip 2']);
    const page2 = await world.api.get(
      `${world.base}/customers?segmentId=${seg.body.id}&limit=2&cursor=${page1.body.nextCursor}`,
    );
    expect(page2.body).toMatchObject({ items: [{ name: 'vip 1' }], nextCursor: null });
    const both = await world.api.get(`${world.base}/customers?segmentId=${seg.body.id}&q=vip 2`);
    expect(both.body.items.map((c: { name: string }) => c.name)).toEqual(['vip 2']);
    expect((await world.api.get(`${world.base}/customers?segmentId=${newId()}`)).status).toBe(404);
  });
});
