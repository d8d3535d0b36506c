import { describe, expect, it } from 'vitest';
import { client, signedIn } from './test/client';
import { makeUser, useTestApp } from './test/test-app';

const ctx = useTestApp();

describe('the HTTP surface', () => {
  it('answers /healthz after checking the database', async () => {
    const res = await ctx.app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI document made from the route schemas, and a browsable UI', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    const signIn = doc.paths['/api/v1/auth/sign-in'].post;
    expect(signIn.requestBody.content['application/json'].schema.properties).toHaveProperty('email');
    expect(
      doc.paths['/api/v1/workspaces/{workspaceId}/locations'].post.requestBody.content['application/json']
        .schema.required,
    ).toContain('kind');
    const ui = await ctx.app.inject('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('answers unknown routes, wrong content types and broken JSON in the one error shape', async () => {
    const unknown = await client(ctx.app).get('/api/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    const form = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a',
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe('unsupported_media_type');
    const broken = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('validation_failed');
  });

  it('takes an empty application/json body as no body', async () => {
    const user = await makeUser(ctx);
    const me = await signedIn(ctx.app, user);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { cookie: me.cookie!, 'x-csrf-token': me.csrfToken!, 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(204);
    const noBody = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
    });
    expect(noBody.statusCode).toBe(400);
    expect(noBody.json().error.code).toBe('validation_failed');
  });

  it('sets security headers', async () => {
    const res = await ctx.app.inject('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('rate-limits sign-in per address', async () => {
    const user = await makeUser(ctx);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        remoteAddress: '203.0.113.9',
        payload: { email: user.email, password: 'wrong' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
    const limited = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: '203.0.113.9',
      payload: { email: user.email, password: 'wrong' },
    });
    expect(limited.json().error.code).toBe('rate_limited');
    // Another address is not affected.
    const other = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: '203.0.113.10',
      payload: { email: user.email, password: user.password },
    });
    expect(other.statusCode).not.toBe(429);
  });
});
