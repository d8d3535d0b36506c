// With WEBHOOKS_ALLOW_PRIVATE off (the production default): webhooks may reach public addresses only,
// at registration and again at delivery, where a name that now resolves privately is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inWorkspace } from '../../db/database';
import { signedIn, type Client } from '../../test/client';
import { makeUser, makeWorkspace, useTestApp } from '../../test/test-app';
import { deliverWebhook } from './deliver-webhook';
import { dispatchEvent } from './dispatch-event';
import { sendWebhook } from './send';
import { startReceiver, type Receiver } from './test-receiver';

const ctx = useTestApp({ env: { WEBHOOKS_ALLOW_PRIVATE: false } });
let rx: Receiver;
let api: Client;
let base: string;
let workspaceId: string;

beforeAll(async () => {
  rx = await startReceiver();
  const user = await makeUser(ctx);
  const ws = await makeWorkspace(ctx, user);
  api = await signedIn(ctx.app, user);
  base = `/api/v1/workspaces/${ws.id}`;
  workspaceId = ws.id;
});
afterAll(async () => {
  await rx?.close();
});

/** A public address that the tests never contact (deliveries are not run for it). */
const PUBLIC_URL = 'http://93.184.215.14/hooks/rapport';

describe('the private-address rule', () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://2130706433/hook',
    'http://[::1]/hook',
    'http://10.0.0.5/hook',
    'http://172.16.3.4/hook',
    'http://192.168.0.10/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://100.64.0.1/hook',
    'http://0.0.0.0/hook',
    'http://[fc00::1]/hook',
    'http://[fe80::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://localhost:3000/hook',
  ])('refuses to register %s', async (url) => {
    const res = await api.post(`${base}/webhooks`, { url, eventTypes: ['*'] });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', field: 'url' });
  });

  it('registers a public address, and refuses to move it to a private one', async () => {
    const made = await api.post(`${base}/webhooks`, { url: PUBLIC_URL, eventTypes: ['*'] });
    expect(made.status).toBe(201);
    const moved = await api.patch(`${base}/webhooks/${made.body.webhook.id}`, { url: 'http://127.0.0.1/x' });
    expect(moved.status).toBe(400);
    expect(moved.body.error).toMatchObject({ code: 'validation_failed', field: 'url' });
    const list = await api.get(`${base}/webhooks`);
    expect(list.body.items.map((w: any) => w.url)).toContain(PUBLIC_URL);
  });

  it('refuses at delivery a name that resolves to a private address (DNS rebinding)', async () => {
    const made = await api.post(`${base}/webhooks`, { url: PUBLIC_URL, eventTypes: ['webhook.ping'] });
    const webhookId = made.body.webhook.id;
    // As if the registered name had been re-pointed at the loopback interface after registration.
    const port = new URL(rx.origin).port;
    await inWorkspace(ctx.db, workspaceId, (tx) =>
      tx
        .updateTable('webhooks')
        .set({ url: `http://localhost:${port}/rebound` })
        .where('id', '=', webhookId)
        .execute(),
    );
    const ping = await api.post(`${base}/webhooks/${webhookId}/ping`);
    expect(ping.status).toBe(202);
    expect(await dispatchEvent(ctx.db, { workspaceId, eventId: ping.body.eventId })).toBe(1);
    const [delivery] = (await api.get(`${base}/webhooks/${webhookId}/deliveries`)).body.items;

    const status = await deliverWebhook(
      { db: ctx.db, env: ctx.env },
      { workspaceId, deliveryId: delivery.id, lastAttempt: true },
    );
    expect(status).toBe('failed');
    const [after] = (await api.get(`${base}/webhooks/${webhookId}/deliveries`)).body.items;
    expect(after).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null });
    expect(after.lastError).toMatch(/^localhost: .*public addresses only/);
    expect(rx.received).toEqual([]);
  });

  it('refuses an IP literal at send time too, without connecting', async () => {
    const outcome = await sendWebhook({
      url: `${rx.origin}/literal`,
      body: '{}',
      headers: {},
      allowPrivate: false,
      timeoutMs: 5000,
    });
    expect(outcome.statusCode).toBeNull();
    expect(outcome.error).toMatch(/127\.0\.0\.1 is a loopback, private or otherwise reserved address/);
    expect(rx.received).toEqual([]);
  });
});
