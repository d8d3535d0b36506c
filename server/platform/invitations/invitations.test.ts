import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, signedIn } from '../../test/client';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../test/test-app';
import { createMailer } from '../mail/mailer';

let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
  Object.assign(mailer, createMailer(smtp.url, 'Rapport <no-reply@rapport.test>'));
});
afterAll(() => smtp.close());
// The mailer object is handed to the app before the SMTP port is known; it is filled in above.
const mailer = createMailer(undefined, 'x');
const ctx = useTestApp({ mailer, env: { PUBLIC_URL: 'http://rapport.test' } });

const tokenOf = (link: string) => link.split('/invite/')[1]!;

describe('invitations', () => {
  it('emails a link that a new colleague uses to create an account and join with the invited role', async () => {
    const owner = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, owner, 'Invite Brand');
    const admin = await signedIn(ctx.app, owner);
    const created = await admin.post(`/api/v1/workspaces/${ws.id}/invitations`, {
      email: 'new.colleague@example.com',
      role: 'agent',
    });
    expect(created.status).toBe(201);
    expect(created.body.emailed).toBe(true);
    expect(created.body.invitation).toMatchObject({
      email: 'new.colleague@example.com',
      role: 'agent',
      status: 'pending',
    });
    expect(created.body.link).toMatch(/^http:\/\/rapport\.test\/invite\/[\w-]{20,}$/);

    const mail = await smtp.next();
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain('new.colleague@example.com');
    expect(mail.subject).toContain('Invite Brand');
    expect(mail.text).toContain(created.body.link);

    const anon = client(ctx.app);
    const token = tokenOf(created.body.link);
    const preview = await anon.get(`/api/v1/invitations/${token}`);
    expect(preview.body).toEqual({
      workspaceId: ws.id,
      workspaceName: 'Invite Brand',
      email: 'new.colleague@example.com',
      role: 'agent',
      inviterName: expect.any(String),
      accountExists: false,
    });

    const short = await anon.post(`/api/v1/invitations/${token}/accept`, {
      name: 'New Colleague',
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('password');

    const accepted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { name: 'New Colleague', password: 'a long enough password' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().workspaces).toEqual([expect.objectContaining({ id: ws.id, role: 'agent' })]);
    expect(accepted.cookies.some((c) => c.name === 'rapport_session')).toBe(true);

    const again = await anon.post(`/api/v1/invitations/${token}/accept`, {
      name: 'Someone',
      password: 'a long enough password',
    });
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('invitation_invalid');

    const list = await admin.get(`/api/v1/workspaces/${ws.id}/invitations`);
    expect(list.body.items[0]).toMatchObject({ status: 'accepted' });
    const audit = await admin.get(`/api/v1/workspaces/${ws.id}/audit-log?action=member.joined`);
    expect(audit.body.items).toHaveLength(1);
  });

  it('asks an existing account for its password, and refuses a wrong one', async () => {
    const owner = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, owner);
    const colleague = await makeUser(ctx);
    const admin = await signedIn(ctx.app, owner);
    const { body } = await admin.post(`/api/v1/workspaces/${ws.id}/invitations`, {
      email: colleague.email,
      role: 'analyst',
    });
    await smtp.next();
    const token = tokenOf(body.link);
    const anon = client(ctx.app);
    expect((await anon.get(`/api/v1/invitations/${token}`)).body.accountExists).toBe(true);
    expect(
      (await anon.post(`/api/v1/invitations/${token}/accept`, { password: 'not the password' })).status,
    ).toBe(401);
    const ok = await anon.post(`/api/v1/invitations/${token}/accept`, { password: colleague.password });
    expect(ok.status).toBe(200);
    expect(ok.body.workspaces.map((w: { role: string }) => w.role)).toEqual(['analyst']);
  });

  it('revokes, refuses duplicates and owner invitations from admins', async () => {
    const owner = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, owner);
    const adminUser = await makeUser(ctx);
    await addMember(ctx, ws.id, adminUser.id, 'admin');
    const admin = await signedIn(ctx.app, adminUser);
    expect(
      (
        await admin.post(`/api/v1/workspaces/${ws.id}/invitations`, {
          email: 'boss@example.com',
          role: 'owner',
        })
      ).status,
    ).toBe(403);
    expect(
      (await admin.post(`/api/v1/workspaces/${ws.id}/invitations`, { email: owner.email, role: 'viewer' }))
        .body.error,
    ).toMatchObject({ code: 'conflict', field: 'email' });

    const { body } = await admin.post(`/api/v1/workspaces/${ws.id}/invitations`, {
      email: 'later@example.com',
      role: 'viewer',
    });
    await smtp.next();
    const revoked = await admin.delete(`/api/v1/workspaces/${ws.id}/invitations/${body.invitation.id}`);
    expect(revoked.body.status).toBe('revoked');
    expect((await client(ctx.app).get(`/api/v1/invitations/${tokenOf(body.link)}`)).status).toBe(404);
  });
});
