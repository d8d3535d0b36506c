import { describe, expect, it } from 'vitest';
import { inWorkspace } from '../../db/database';
import { client, signedIn } from '../../test/client';
import { makeUser, makeWorkspace, useTestApp } from '../../test/test-app';
import { MAX_FAILURES } from './lockout';

const ctx = useTestApp();

describe('sign-in', () => {
  it('signs in, shows who I am with my workspaces, and signs out', async () => {
    const user = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, user, 'Sign-in Brand');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'rapport_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();

    const me = await signedIn(ctx.app, user);
    const who = await me.get('/api/v1/me');
    expect(who.status).toBe(200);
    expect(who.body.user.email).toBe(user.email);
    expect(who.body.workspaces).toEqual([
      expect.objectContaining({ id: ws.id, role: 'owner', name: 'Sign-in Brand' }),
    ]);

    expect((await me.post('/api/v1/auth/sign-out')).status).toBe(204);
    expect((await me.get('/api/v1/me')).status).toBe(401);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const user = await makeUser(ctx);
    const wrong = await client(ctx.app).post('/api/v1/auth/sign-in', {
      email: user.email,
      password: 'nope nope nope',
    });
    const unknown = await client(ctx.app).post('/api/v1/auth/sign-in', {
      email: 'nobody@example.com',
      password: 'nope nope nope',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('invalid_credentials');
  });

  it('rejects a malformed body with the field at fault', async () => {
    const res = await client(ctx.app).post('/api/v1/auth/sign-in', { email: 'not-an-email', password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', field: 'email' });
  });

  it('locks an address after repeated failures, even for the right password, and audits it', async () => {
    const user = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, user);
    const api = client(ctx.app);
    for (let i = 1; i < MAX_FAILURES; i++) {
      expect(
        (await api.post('/api/v1/auth/sign-in', { email: user.email, password: 'wrong password' })).status,
      ).toBe(401);
    }
    const locking = await api.post('/api/v1/auth/sign-in', { email: user.email, password: 'wrong password' });
    expect(locking.status).toBe(423);
    expect(locking.body.error.code).toBe('locked');
    const right = await api.post('/api/v1/auth/sign-in', { email: user.email, password: user.password });
    expect(right.status).toBe(423);
    // The wait, in seconds, also as a header a client can act on.
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(60);

    // audit_log is protected by row-level security: outside a workspace transaction it shows nothing…
    expect(
      await ctx.db.selectFrom('audit_log').select('action').where('workspace_id', '=', ws.id).execute(),
    ).toEqual([]);
    // …and inside one it shows the failures and the lock.
    const audit = await inWorkspace(ctx.db, ws.id, (tx) =>
      tx.selectFrom('audit_log').select('action').where('workspace_id', '=', ws.id).execute(),
    );
    const actions = audit.map((a) => a.action);
    expect(actions.filter((a) => a === 'auth.sign_in_failed')).toHaveLength(MAX_FAILURES);
    expect(actions).toContain('auth.locked');
    expect(actions).not.toContain('auth.sign_in');
  });

  it('expires sessions', async () => {
    const user = await makeUser(ctx);
    const me = await signedIn(ctx.app, user);
    await ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .execute();
    expect((await me.get('/api/v1/me')).status).toBe(401);
    expect(await ctx.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual(
      [],
    );
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token, and accepts it with the token', async () => {
    const user = await makeUser(ctx);
    const me = await signedIn(ctx.app, user);
    const noToken = client(ctx.app, { cookie: me.cookie });
    const refused = await noToken.patch('/api/v1/me', { name: 'Changed' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('csrf_failed');
    const wrongToken = client(ctx.app, { cookie: me.cookie, csrfToken: 'forged' });
    expect((await wrongToken.patch('/api/v1/me', { name: 'Changed' })).status).toBe(403);
    const ok = await me.patch('/api/v1/me', { name: 'Changed' });
    expect(ok.status).toBe(200);
    expect(ok.body.user.name).toBe('Changed');
    // Reads need no token.
    expect((await noToken.get('/api/v1/me')).status).toBe(200);
  });
});
