import { describe, expect, it } from 'vitest';
import { client, signedIn } from '../../test/client';
import { addMember, makeUser, useTestApp } from '../../test/test-app';

const ctx = useTestApp();

describe('workspaces', () => {
  it('creates a workspace with its brand, owned by its creator, and lets admins change it', async () => {
    const user = await makeUser(ctx);
    const api = await signedIn(ctx.app, user);
    const created = await api.post('/api/v1/workspaces', {
      name: '山茶 Coffee',
      defaultLanguage: 'zh-TW',
      timeZone: 'Asia/Taipei',
      currency: 'TWD',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: '山茶 Coffee',
      role: 'owner',
      defaultLanguage: 'zh-TW',
      timeZone: 'Asia/Taipei',
      currency: 'TWD',
    });
    expect(created.body.slug).toMatch(/^(coffee-|ws-)[a-z0-9]+/);
    const tree = await api.get(`/api/v1/workspaces/${created.body.id}/locations`);
    expect(tree.body.items).toEqual([expect.objectContaining({ kind: 'brand', name: '山茶 Coffee' })]);

    const changed = await api.patch(`/api/v1/workspaces/${created.body.id}`, {
      currency: 'USD',
      defaultLanguage: 'es',
    });
    expect(changed.body).toMatchObject({ currency: 'USD', defaultLanguage: 'es' });
    expect((await api.patch(`/api/v1/workspaces/${created.body.id}`, {})).body.currency).toBe('USD');

    const viewer = await makeUser(ctx);
    await addMember(ctx, created.body.id, viewer.id, 'viewer');
    const asViewer = await signedIn(ctx.app, viewer);
    expect((await asViewer.get(`/api/v1/workspaces/${created.body.id}`)).body.role).toBe('viewer');
    expect((await asViewer.patch(`/api/v1/workspaces/${created.body.id}`, { name: 'x' })).status).toBe(403);
  });

  it('validates time zones, currencies, languages and slugs at the edge', async () => {
    const user = await makeUser(ctx);
    const api = await signedIn(ctx.app, user);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'x', timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ name: 'x', currency: 'usd' }, 'currency'],
      [{ name: 'x', defaultLanguage: 'fr' }, 'defaultLanguage'],
      [{ name: 'x', slug: 'Not A Slug' }, 'slug'],
      [{ name: '' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await api.post('/api/v1/workspaces', body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', field });
    }
    await api.post('/api/v1/workspaces', { name: 'One', slug: 'taken-slug' });
    const dup = await api.post('/api/v1/workspaces', { name: 'Two', slug: 'taken-slug' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.field).toBe('slug');
  });

  it('lists my workspaces, and for an API key its one workspace', async () => {
    const user = await makeUser(ctx);
    const api = await signedIn(ctx.app, user);
    const a = (await api.post('/api/v1/workspaces', { name: 'Alpha' })).body;
    await api.post('/api/v1/workspaces', { name: 'Beta' });
    const mine = await api.get('/api/v1/workspaces');
    expect(mine.body.items.map((w: { name: string }) => w.name)).toEqual(['Alpha', 'Beta']);
    const { secret } = (await api.post(`/api/v1/workspaces/${a.id}/api-keys`, { name: 'k', role: 'viewer' }))
      .body;
    const byKey = await client(ctx.app, { bearer: secret }).get('/api/v1/workspaces');
    expect(byKey.body.items).toEqual([expect.objectContaining({ id: a.id, role: 'viewer' })]);
    expect((await client(ctx.app).get('/api/v1/workspaces')).status).toBe(401);
  });
});
