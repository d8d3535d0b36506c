import { describe, expect, it } from 'vitest';
import { inWorkspace } from '../../db/database';
import { signedIn } from '../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../test/test-app';

const ctx = useTestApp();

async function setup() {
  const owner = await makeUser(ctx);
  const ws = await makeWorkspace(ctx, owner, 'Tree Brand');
  const api = await signedIn(ctx.app, owner);
  const brand = (await api.get(`/api/v1/workspaces/${ws.id}/locations`)).body.items[0];
  return { ws, api, brand, owner };
}

describe('location tree', () => {
  it('builds brand → region → store with codes, and keeps the kinds in order', async () => {
    const { ws, api, brand } = await setup();
    expect(brand).toMatchObject({ kind: 'brand', name: 'Tree Brand', parentId: null });
    const region = await api.post(`/api/v1/workspaces/${ws.id}/locations`, {
      parentId: brand.id,
      kind: 'region',
      name: 'North',
      code: 'north',
    });
    expect(region.status).toBe(201);
    const store = await api.post(`/api/v1/workspaces/${ws.id}/locations`, {
      parentId: region.body.id,
      kind: 'store',
      name: '北京三里屯',
    });
    expect(store.status).toBe(201);
    expect(store.body.code).toMatch(/^st-[a-z0-9]{5}$/);

    const underStore = await api.post(`/api/v1/workspaces/${ws.id}/locations`, {
      parentId: store.body.id,
      kind: 'store',
      name: 'x',
    });
    expect(underStore.body.error).toMatchObject({ code: 'validation_failed', field: 'parentId' });
    const topStore = await api.post(`/api/v1/workspaces/${ws.id}/locations`, {
      parentId: null,
      kind: 'store',
      name: 'x',
    });
    expect(topStore.status).toBe(400);
    const dupCode = await api.post(`/api/v1/workspaces/${ws.id}/locations`, {
      parentId: brand.id,
      kind: 'online',
      name: 'Shop',
      code: 'north',
    });
    expect(dupCode.status).toBe(409);
    expect(dupCode.body.error.field).toBe('code');
    const badCode = await api.post(`/api/v1/workspaces/${ws.id}/locations`, {
      parentId: brand.id,
      kind: 'online',
      name: 'Shop',
      code: 'Has Spaces',
    });
    expect(badCode.body.error).toMatchObject({ code: 'validation_failed', field: 'code' });

    const all = await api.get(`/api/v1/workspaces/${ws.id}/locations`);
    expect(all.body.items.map((l: { name: string }) => l.name).sort()).toEqual([
      'North',
      'Tree Brand',
      '北京三里屯',
    ]);
  });

  it('moves, refuses cycles, and deletes only leaves', async () => {
    const { ws, api, brand } = await setup();
    const a = (
      await api.post(`/api/v1/workspaces/${ws.id}/locations`, {
        parentId: brand.id,
        kind: 'region',
        name: 'A',
      })
    ).body;
    const b = (
      await api.post(`/api/v1/workspaces/${ws.id}/locations`, { parentId: a.id, kind: 'region', name: 'B' })
    ).body;
    const cycle = await api.patch(`/api/v1/workspaces/${ws.id}/locations/${a.id}`, { parentId: b.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.field).toBe('parentId');
    const moved = await api.patch(`/api/v1/workspaces/${ws.id}/locations/${b.id}`, {
      parentId: brand.id,
      name: 'B renamed',
    });
    expect(moved.body).toMatchObject({ parentId: brand.id, name: 'B renamed' });
    const empty = await api.patch(`/api/v1/workspaces/${ws.id}/locations/${b.id}`, {});
    expect(empty.status).toBe(200);
    expect(empty.body.name).toBe('B renamed');
    expect((await api.delete(`/api/v1/workspaces/${ws.id}/locations/${brand.id}`)).status).toBe(409);
    expect((await api.delete(`/api/v1/workspaces/${ws.id}/locations/${b.id}`)).status).toBe(204);
    expect((await api.delete(`/api/v1/workspaces/${ws.id}/locations/${b.id}`)).status).toBe(404);
  });

  it('writes an outbox event in the same transaction as the change', async () => {
    const { ws, api, brand } = await setup();
    const created = (
      await api.post(`/api/v1/workspaces/${ws.id}/locations`, {
        parentId: brand.id,
        kind: 'online',
        name: 'Web shop',
      })
    ).body;
    const events = await inWorkspace(ctx.db, ws.id, (tx) =>
      tx.selectFrom('events').select(['type', 'payload']).where('workspace_id', '=', ws.id).execute(),
    );
    expect(events).toEqual([
      {
        type: 'location.created',
        payload: { location: expect.objectContaining({ id: created.id, kind: 'online' }) },
      },
    ]);
    const jobs = await ctx.db
      .selectFrom('graphile_worker.jobs' as never)
      .select('task_identifier' as never)
      .execute();
    expect(jobs).toContainEqual({ task_identifier: 'events.dispatch' });
  });

  it('lets viewers read the tree but not change it', async () => {
    const { ws, brand } = await setup();
    const viewer = await makeUser(ctx);
    await addMember(ctx, ws.id, viewer.id, 'viewer');
    const api = await signedIn(ctx.app, viewer);
    expect((await api.get(`/api/v1/workspaces/${ws.id}/locations`)).status).toBe(200);
    expect(
      (
        await api.post(`/api/v1/workspaces/${ws.id}/locations`, {
          parentId: brand.id,
          kind: 'region',
          name: 'x',
        })
      ).status,
    ).toBe(403);
  });
});
