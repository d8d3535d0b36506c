import { describe, expect, it } from 'vitest';
import { signedIn } from '../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../test/test-app';

const ctx = useTestApp();

async function team() {
  const owner = await makeUser(ctx);
  const ws = await makeWorkspace(ctx, owner);
  const admin = await makeUser(ctx);
  const viewer = await makeUser(ctx);
  const analyst = await makeUser(ctx);
  await addMember(ctx, ws.id, admin.id, 'admin');
  await addMember(ctx, ws.id, viewer.id, 'viewer');
  await addMember(ctx, ws.id, analyst.id, 'analyst');
  return { ws, owner, admin, viewer, analyst };
}

describe('members and roles', () => {
  it('lists members with pagination for everyone in the workspace', async () => {
    const { ws, viewer } = await team();
    const api = await signedIn(ctx.app, viewer);
    const first = await api.get(`/api/v1/workspaces/${ws.id}/members?limit=3`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(3);
    const second = await api.get(
      `/api/v1/workspaces/${ws.id}/members?limit=3&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((m: { userId: string }) => m.userId);
    expect(new Set(ids).size).toBe(4);
  });

  it('lets admins change roles, audits it, and keeps owners for owners', async () => {
    const { ws, admin, viewer, analyst, owner } = await team();
    const asViewer = await signedIn(ctx.app, viewer);
    expect(
      (await asViewer.patch(`/api/v1/workspaces/${ws.id}/members/${analyst.id}`, { role: 'agent' })).status,
    ).toBe(403);

    const asAdmin = await signedIn(ctx.app, admin);
    const changed = await asAdmin.patch(`/api/v1/workspaces/${ws.id}/members/${analyst.id}`, {
      role: 'agent',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('agent');
    expect(
      (await asAdmin.patch(`/api/v1/workspaces/${ws.id}/members/${analyst.id}`, { role: 'owner' })).status,
    ).toBe(403);
    expect(
      (await asAdmin.patch(`/api/v1/workspaces/${ws.id}/members/${owner.id}`, { role: 'viewer' })).status,
    ).toBe(403);

    const audit = await asAdmin.get(`/api/v1/workspaces/${ws.id}/audit-log?action=member.role_changed`);
    expect(audit.body.items[0]).toMatchObject({
      action: 'member.role_changed',
      targetId: analyst.id,
      details: { from: 'analyst', to: 'agent' },
      actor: { type: 'user', id: admin.id },
    });
    expect((await asViewer.get(`/api/v1/workspaces/${ws.id}/audit-log`)).status).toBe(403);
  });

  it('never leaves a workspace without an owner', async () => {
    const { ws, owner, admin } = await team();
    const asOwner = await signedIn(ctx.app, owner);
    const demote = await asOwner.patch(`/api/v1/workspaces/${ws.id}/members/${owner.id}`, { role: 'admin' });
    expect(demote.status).toBe(409);
    expect((await asOwner.delete(`/api/v1/workspaces/${ws.id}/members/${owner.id}`)).status).toBe(409);
    expect(
      (await asOwner.patch(`/api/v1/workspaces/${ws.id}/members/${admin.id}`, { role: 'owner' })).status,
    ).toBe(200);
    expect(
      (await asOwner.patch(`/api/v1/workspaces/${ws.id}/members/${owner.id}`, { role: 'admin' })).status,
    ).toBe(200);
  });

  it('removes a member, who then cannot see the workspace', async () => {
    const { ws, admin, viewer } = await team();
    const asAdmin = await signedIn(ctx.app, admin);
    expect((await asAdmin.delete(`/api/v1/workspaces/${ws.id}/members/${viewer.id}`)).status).toBe(204);
    const asViewer = await signedIn(ctx.app, viewer);
    expect((await asViewer.get(`/api/v1/workspaces/${ws.id}/locations`)).status).toBe(404);
  });
});
