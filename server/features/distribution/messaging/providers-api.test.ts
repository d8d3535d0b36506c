// The message-provider settings API: set, read (secrets by name only), merge secrets on PUT, the
// 400s naming their field, who may do it, and a test message sent through real HTTP stand-ins for
// an SMS gateway and for WeChat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inWorkspace } from '../../../db/database';
import { signedIn, type Client } from '../../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { startStandIn, type StandIn } from './provider-stand-in';

const ctx = useTestApp();
const world = {} as { ws: string; api: Client; viewer: Client; base: string; gateway: StandIn };

beforeAll(async () => {
  const owner = await makeUser(ctx);
  world.ws = (await makeWorkspace(ctx, owner, 'Providers')).id;
  world.api = await signedIn(ctx.app, owner);
  world.base = `/api/v1/workspaces/${world.ws}/message-providers`;
  const viewer = await makeUser(ctx);
  await addMember(ctx, world.ws, viewer.id, 'viewer');
  world.viewer = await signedIn(ctx.app, viewer);
  world.gateway = await startStandIn();
});
afterAll(() => world.gateway?.close());

const put = (channel: string, body: unknown, as = world.api) =>
  as.request('PUT', `${world.base}/${channel}`, body);
const smsBody = (more: Record<string, unknown> = {}, secrets: Record<string, string> = {}) => ({
  adapter: 'http',
  config: { url: `${world.gateway.origin}/sms`, auth: 'bearer', messageIdPath: 'data.id', ...more },
  secrets,
});

describe('message providers API', () => {
  it('sets the SMS provider and shows its settings with the secrets by name only', async () => {
    const res = await put(
      'sms',
      smsBody({ signatureHeader: 'X-Sig' }, { token: 'tok-AAA', signingKey: 'sig-BBB' }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      channel: 'sms',
      adapter: 'http',
      config: {
        url: `${world.gateway.origin}/sms`,
        auth: 'bearer',
        format: 'json',
        signatureHeader: 'X-Sig',
      },
      secretsSet: ['signingKey', 'token'],
    });
    const list = await world.api.get(world.base);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    for (const body of [res.body, list.body]) {
      expect(JSON.stringify(body)).not.toContain('tok-AAA');
      expect(JSON.stringify(body)).not.toContain('sig-BBB');
    }
  });

  it('keeps the secrets a PUT leaves out, replaces those it names, removes those it empties', async () => {
    const res = await put('sms', smsBody({ signatureHeader: 'X-Sig' }, { signingKey: 'sig-CCC' }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.secretsSet).toEqual(['signingKey', 'token']);
    const stored = await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .selectFrom('message_providers')
        .select('secrets')
        .where('workspace_id', '=', world.ws)
        .executeTakeFirstOrThrow(),
    );
    expect(stored.secrets).toEqual({ token: 'tok-AAA', signingKey: 'sig-CCC' });

    const cleared = await put('sms', smsBody({}, { signingKey: '' }));
    expect(cleared.body.secretsSet).toEqual(['token']);
  });

  it('answers 400 naming the field', async () => {
    const cases: [string, unknown, string][] = [
      [
        'sms',
        { adapter: 'wechat_template', config: { appId: 'wx1' }, secrets: { appSecret: 's' } },
        'adapter',
      ],
      ['wechat', smsBody({}, { token: 't' }), 'adapter'],
      ['sms', smsBody({ url: 'ftp://sms.example.com/send' }), 'config.url'],
      ['sms', smsBody({ url: 'not a url' }), 'config.url'],
      ['sms', smsBody({ auth: 'basic' }, { username: 'ann' }), 'secrets.password'],
      ['sms', smsBody({ auth: 'header' }), 'config.authHeader'],
      ['sms', smsBody({ auth: 'none', signatureHeader: 'X Sig' }), 'config.signatureHeader'],
      ['sms', smsBody({ auth: 'none', signatureHeader: 'X-Sig' }), 'secrets.signingKey'],
      ['sms', smsBody({ auth: 'none', fields: { to: 'to', text: 'to', from: 'from' } }), 'config.fields.to'],
      ['sms', smsBody({ auth: 'none', successPath: 'Code' }), 'config.successValues'],
      ['sms', smsBody({ auth: 'none', successPath: 'Code', successValues: [] }), 'config.successValues'],
      ['sms', smsBody({ auth: 'none', successPath: '' }), 'config.successPath'],
      ['wechat', { adapter: 'wechat_template', config: { appId: 'wx-new' } }, 'secrets.appSecret'],
      ['email', smsBody(), 'channel'],
    ];
    for (const [channel, body, field] of cases) {
      const res = await put(channel, body);
      expect(res.status, `${field}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.error.field, JSON.stringify(res.body)).toBe(field);
    }
  });

  it('lets only admins read or change providers', async () => {
    expect((await world.viewer.get(world.base)).status).toBe(403);
    expect((await put('sms', smsBody(), world.viewer)).status).toBe(403);
    expect((await world.viewer.delete(`${world.base}/sms`)).status).toBe(403);
    expect((await world.viewer.post(`${world.base}/sms/test`, { to: '+8613800138000' })).status).toBe(403);
  });

  it('sends a test SMS through the gateway with the stored secrets', async () => {
    world.gateway.handle(() => ({ json: { data: { id: 'test-1' } } }));
    const res = await world.api.post(`${world.base}/sms/test`, { to: '+86 138 0013 8000' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ ok: true, providerMessageId: 'test-1' });
    const req = world.gateway.received.at(-1)!;
    expect(req.headers.authorization).toBe('Bearer tok-AAA');
    expect(JSON.parse(req.body)).toEqual({
      to: '+8613800138000',
      text: 'Providers: a test message from Rapport.',
    });
  });

  it('passes the provider’s words on: 502 when it fails, 400 on "to" when it refuses the number', async () => {
    world.gateway.handle(() => ({ status: 503, text: 'gateway down' }));
    const failed = await world.api.post(`${world.base}/sms/test`, { to: '+8613800138000' });
    expect(failed.status).toBe(502);
    expect(failed.body.error).toMatchObject({ code: 'provider_failed' });
    expect(failed.body.error.message).toContain('HTTP 503: gateway down');

    world.gateway.handle(() => ({ status: 422, json: { error: 'unknown subscriber' } }));
    const refused = await world.api.post(`${world.base}/sms/test`, { to: '+8613800138000' });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'provider_failed', field: 'to' });
    expect(refused.body.error.message).toContain('unknown subscriber');

    const bad = await world.api.post(`${world.base}/sms/test`, { to: 'call me' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('to');
  });

  it('sets WeChat and sends a test template message through the stand-in', async () => {
    const res = await put('wechat', {
      adapter: 'wechat_template',
      config: { appId: 'wx-api-test', apiBase: world.gateway.origin },
      secrets: { appSecret: 'wx-secret-ZZZ' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.secretsSet).toEqual(['appSecret']);
    expect(JSON.stringify(res.body)).not.toContain('wx-secret-ZZZ');

    const url = `${world.base}/wechat/test`;
    const missing = await world.api.post(url, { to: 'oia2TjuEGTNoeX76QEjQNrcURxG8' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('templateId');

    world.gateway.handle((req) =>
      req.path === '/cgi-bin/token'
        ? { json: { access_token: 'at-9', expires_in: 7200 } }
        : { json: { errcode: 0, errmsg: 'ok', msgid: 99 } },
    );
    const sent = await world.api.post(url, { to: 'oia2TjuEGTNoeX76QEjQNrcURxG8', templateId: 'TPL-1' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body).toEqual({ ok: true, providerMessageId: '99' });
    expect(world.gateway.on('/cgi-bin/token').at(-1)!.query.get('secret')).toBe('wx-secret-ZZZ');
    const body = JSON.parse(world.gateway.on('/cgi-bin/message/template/send').at(-1)!.body);
    expect(body).toMatchObject({
      touser: 'oia2TjuEGTNoeX76QEjQNrcURxG8',
      template_id: 'TPL-1',
      url: ctx.env.publicUrl,
    });
  });

  it('removes a provider: tests then answer provider_missing, a second removal 404', async () => {
    const removed = await world.api.delete(`${world.base}/sms`);
    expect(removed.status).toBe(204);
    const test = await world.api.post(`${world.base}/sms/test`, { to: '+8613800138000' });
    expect(test.status).toBe(409);
    expect(test.body.error.code).toBe('provider_missing');
    expect((await world.api.delete(`${world.base}/sms`)).status).toBe(404);
    expect((await world.api.get(world.base)).body.items.map((p: { channel: string }) => p.channel)).toEqual([
      'wechat',
    ]);
  });

  it('audited every change and test without a secret or a recipient', async () => {
    const entries = await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('workspace_id', '=', world.ws)
        .where('action', 'like', 'message_provider.%')
        .execute(),
    );
    const actions = new Set(entries.map((e) => e.action));
    expect(actions).toEqual(
      new Set(['message_provider.saved', 'message_provider.tested', 'message_provider.deleted']),
    );
    const all = JSON.stringify(entries);
    for (const secret of [
      'tok-AAA',
      'sig-BBB',
      'sig-CCC',
      'wx-secret-ZZZ',
      '8613800138000',
      'oia2TjuEGTNoeX76QEjQNrcURxG8',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
