import { describe, expect, it } from 'vitest';
import { client, signedIn } from '../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../test/test-app';

const ctx = useTestApp();

describe('API keys', () => {
  it('shows a key once, stores only its hash, and lets it act with its role without CSRF', async () => {
    const owner = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, owner);
    const me = await signedIn(ctx.app, owner);
    const created = await me.post(`/api/v1/workspaces/${ws.id}/api-keys`, {
      name: 'POS sync',
      role: 'analyst',
    });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^rpk_[a-z0-9]{8}_[\w-]{30,}$/);
    expect(secret.startsWith(created.body.key.prefix)).toBe(true);

    const listed = await me.get(`/api/v1/workspaces/${ws.id}/api-keys`);
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    const key = client(ctx.app, { bearer: secret });
    const locations = await key.get(`/api/v1/workspaces/${ws.id}/locations`);
    expect(locations.status).toBe(200);
    expect(locations.body.items[0].kind).toBe('brand');
    // analyst: may read, may not change the tree
    const write = await key.post(`/api/v1/workspaces/${ws.id}/locations`, {
      parentId: locations.body.items[0].id,
      kind: 'store',
      name: 'Nope',
    });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('forbidden');
    // session-only routes refuse keys
    expect((await key.get('/api/v1/me')).status).toBe(403);

    const audit = await me.get(`/api/v1/workspaces/${ws.id}/audit-log?action=apikey.created`);
    expect(audit.body.items[0].details).toMatchObject({ name: 'POS sync', role: 'analyst' });
    expect(JSON.stringify(audit.body)).not.toContain(secret);

    expect(
      (await me.delete(`/api/v1/workspaces/${ws.id}/api-keys/${created.body.key.id}`)).body.revokedAt,
    ).toEqual(expect.any(String));
    const after = await key.get(`/api/v1/workspaces/${ws.id}/locations`);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
  });

  it('lets an admin key manage the tree but not mint owner keys', async () => {
    const owner = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, owner);
    const adminUser = await makeUser(ctx);
    await addMember(ctx, ws.id, adminUser.id, 'admin');
    const admin = await signedIn(ctx.app, adminUser);
    expect(
      (await admin.post(`/api/v1/workspaces/${ws.id}/api-keys`, { name: 'too strong', role: 'owner' }))
        .status,
    ).toBe(403);
    const { body } = await admin.post(`/api/v1/workspaces/${ws.id}/api-keys`, { name: 'ops', role: 'admin' });
    const key = client(ctx.app, { bearer: body.secret });
    const brand = (await key.get(`/api/v1/workspaces/${ws.id}/locations`)).body.items[0];
    const store = await key.post(`/api/v1/workspaces/${ws.id}/locations`, {
      parentId: brand.id,
      kind: 'store',
      name: 'Key Store',
      code: 'key-store',
    });
    expect(store.status).toBe(201);
    expect(
      (await key.post(`/api/v1/workspaces/${ws.id}/api-keys`, { name: 'x', role: 'owner' })).status,
    ).toBe(403);
  });

  it('rejects unknown and malformed keys', async () => {
    expect((await client(ctx.app, { bearer: 'rpk_nothing_here' }).get('/api/v1/me')).status).toBe(401);
  });
});
