// End to end with real parts: the API, PostgreSQL, graphile-worker and an HTTP receiver on 127.0.0.1.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Runner } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inWorkspace } from '../../db/database';
import { signedIn, type Client } from '../../test/client';
import { makeUser, makeWorkspace, useTestApp } from '../../test/test-app';
import { eventually, startReceiver, type Receiver } from './test-receiver';
import { pino } from 'pino';
import { startWorker } from '../jobs/worker';

const ctx = useTestApp();
let worker: Runner;
let rx: Receiver;

beforeAll(async () => {
  rx = await startReceiver();
  worker = await startWorker(ctx.url, { db: ctx.db, env: ctx.env, log: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await worker?.stop();
  await rx?.close();
});

/** An owner signed in to a fresh workspace, so that tests do not see each other's events. */
async function owner(): Promise<{ api: Client; base: string; workspaceId: string }> {
  const user = await makeUser(ctx);
  const ws = await makeWorkspace(ctx, user);
  return { api: await signedIn(ctx.app, user), base: `/api/v1/workspaces/${ws.id}`, workspaceId: ws.id };
}

/** The receiver's side of the scheme, written the way docs/WEBHOOKS.md tells receivers to. */
function signatureMatches(rawBody: string, header: string, secret: string): boolean {
  const parts = header.split(',').map((p) => p.split('=', 2) as [string, string]);
  const t = parts.find(([k]) => k === 't')?.[1];
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex'));
  return parts.some(
    ([k, v]) => k === 'v1' && v.length === expected.length && timingSafeEqual(Buffer.from(v), expected),
  );
}

async function deliveries(api: Client, base: string, webhookId: string) {
  const res = await api.get(`${base}/webhooks/${webhookId}/deliveries`);
  expect(res.status).toBe(200);
  return res.body.items as any[];
}

describe('webhook delivery', () => {
  it('delivers a signed location.created, and nothing to a webhook filtered to other types', async () => {
    const { api, base, workspaceId } = await owner();
    const wanted = await api.post(`${base}/webhooks`, {
      url: `${rx.origin}/created`,
      description: 'CRM sync',
      eventTypes: ['location.created'],
    });
    expect(wanted.status).toBe(201);
    expect(wanted.body.secret).toMatch(/^whsec_/);
    const other = await api.post(`${base}/webhooks`, {
      url: `${rx.origin}/members-only`,
      eventTypes: ['member.removed', 'member.role_changed'],
    });
    expect(other.status).toBe(201);

    const location = await api.post(`${base}/locations`, { parentId: null, kind: 'brand', name: 'Hooked' });
    expect(location.status).toBe(201);

    const [req] = await eventually(() => rx.on('/created').length > 0 && rx.on('/created'), 'the delivery');
    const event = JSON.parse(req!.body);
    expect(event).toEqual({
      id: expect.any(String),
      type: 'location.created',
      createdAt: expect.any(String),
      workspaceId,
      data: { location: location.body },
    });
    expect(req!.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Rapport-Webhooks/1',
      'rapport-event': 'location.created',
    });
    const signature = req!.headers['rapport-signature'] as string;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(signatureMatches(req!.body, signature, wanted.body.secret)).toBe(true);
    expect(signatureMatches(req!.body, signature, other.body.secret)).toBe(false);
    const t = Number(/^t=(\d+)/.exec(signature)![1]);
    expect(req!.headers['rapport-timestamp']).toBe(String(t));
    expect(Math.abs(Date.now() / 1000 - t)).toBeLessThan(60);

    // The log is written after the HTTP call, so it may trail the receiver by a moment.
    const [delivery] = await eventually(async () => {
      const items = await deliveries(api, base, wanted.body.webhook.id);
      return items[0]?.status === 'succeeded' && items;
    }, 'the delivery to be logged');
    expect(delivery).toMatchObject({
      id: req!.headers['rapport-delivery'],
      eventId: event.id,
      eventType: 'location.created',
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      lastAttemptAt: expect.any(String),
      deliveredAt: expect.any(String),
    });
    // Dispatch makes every delivery of an event in one transaction: none now means none ever.
    expect(await deliveries(api, base, other.body.webhook.id)).toEqual([]);
    expect(rx.on('/members-only')).toEqual([]);
  });

  it('retries a failed attempt and then succeeds, with the same delivery id', async () => {
    const { api, base } = await owner();
    rx.answer('/flaky', 500);
    const hook = await api.post(`${base}/webhooks`, { url: `${rx.origin}/flaky`, eventTypes: ['*'] });
    await api.post(`${base}/locations`, { parentId: null, kind: 'brand', name: 'Flaky' });

    const [delivery] = await eventually(async () => {
      const items = await deliveries(api, base, hook.body.webhook.id);
      return items[0]?.status === 'succeeded' && items;
    }, 'the retry to succeed');
    expect(delivery).toMatchObject({ attempts: 2, lastStatusCode: 200, lastError: null });
    const sent = rx.on('/flaky');
    expect(sent).toHaveLength(2);
    expect(sent.map((r) => r.headers['rapport-delivery'])).toEqual([delivery.id, delivery.id]);
  });

  it('keeps a delivery pending with the last status and error while the receiver keeps failing', async () => {
    const { api, base } = await owner();
    rx.answer('/down', ...Array<number>(20).fill(503));
    const hook = await api.post(`${base}/webhooks`, { url: `${rx.origin}/down`, eventTypes: ['*'] });
    await api.post(`${base}/locations`, { parentId: null, kind: 'brand', name: 'Down' });

    const [delivery] = await eventually(async () => {
      const items = await deliveries(api, base, hook.body.webhook.id);
      return items[0]?.attempts >= 1 && items;
    }, 'a failed attempt');
    expect(delivery).toMatchObject({
      status: 'pending',
      lastStatusCode: 503,
      lastError: 'HTTP 503: receiver says no',
      deliveredAt: null,
    });
    // Still being retried: "send again" would race it.
    const again = await api.post(
      `${base}/webhooks/${hook.body.webhook.id}/deliveries/${delivery.id}/redeliver`,
    );
    expect(again.status).toBe(409);
    // Removing the webhook ends its retries: the queued job finds nothing to send.
    expect((await api.delete(`${base}/webhooks/${hook.body.webhook.id}`)).status).toBe(204);
  });

  it('sends again as a new delivery of the same event', async () => {
    const { api, base } = await owner();
    const hook = await api.post(`${base}/webhooks`, {
      url: `${rx.origin}/again`,
      eventTypes: ['location.created'],
    });
    const webhookId = hook.body.webhook.id;
    await api.post(`${base}/locations`, { parentId: null, kind: 'brand', name: 'Again' });
    const [first] = await eventually(async () => {
      const items = await deliveries(api, base, webhookId);
      return items[0]?.status === 'succeeded' && items;
    }, 'the first delivery');

    const again = await api.post(`${base}/webhooks/${webhookId}/deliveries/${first.id}/redeliver`);
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({
      eventId: first.eventId,
      eventType: 'location.created',
      status: 'pending',
    });
    expect(again.body.id).not.toBe(first.id);

    const sent = await eventually(() => rx.on('/again').length === 2 && rx.on('/again'), 'the second POST');
    expect(sent.map((r) => r.headers['rapport-delivery'])).toEqual([first.id, again.body.id]);
    expect(JSON.parse(sent[1]!.body)).toEqual(JSON.parse(sent[0]!.body));
    const log = await eventually(async () => {
      const items = await deliveries(api, base, webhookId);
      return items.every((d) => d.status === 'succeeded') && items;
    }, 'both deliveries to be logged');
    expect(log.map((d) => d.id)).toEqual([again.body.id, first.id]);
  });

  it('pings one webhook only, signed with the current secret after a rotation', async () => {
    const { api, base, workspaceId } = await owner();
    const target = await api.post(`${base}/webhooks`, {
      url: `${rx.origin}/ping-target`,
      eventTypes: ['member.removed'],
    });
    const bystander = await api.post(`${base}/webhooks`, {
      url: `${rx.origin}/bystander`,
      eventTypes: ['*'],
    });
    const webhookId = target.body.webhook.id;

    const rotated = await api.post(`${base}/webhooks/${webhookId}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(target.body.secret);
    const ping = await api.post(`${base}/webhooks/${webhookId}/ping`);
    expect(ping.status).toBe(202);

    const [req] = await eventually(
      () => rx.on('/ping-target').length > 0 && rx.on('/ping-target'),
      'the ping',
    );
    expect(req!.headers['rapport-event']).toBe('webhook.ping');
    expect(JSON.parse(req!.body)).toMatchObject({
      id: ping.body.eventId,
      type: 'webhook.ping',
      workspaceId,
      data: { webhookId },
    });
    const signature = req!.headers['rapport-signature'] as string;
    expect(signatureMatches(req!.body, signature, rotated.body.secret)).toBe(true);
    expect(signatureMatches(req!.body, signature, target.body.secret)).toBe(false);
    expect(await deliveries(api, base, bystander.body.webhook.id)).toEqual([]);
  });

  it('sends nothing to a webhook that is turned off', async () => {
    const { api, base, workspaceId } = await owner();
    const off = await api.post(`${base}/webhooks`, { url: `${rx.origin}/off`, eventTypes: ['*'] });
    const on = await api.post(`${base}/webhooks`, { url: `${rx.origin}/on`, eventTypes: ['*'] });
    const patched = await api.patch(`${base}/webhooks/${off.body.webhook.id}`, { active: false });
    expect(patched.body.active).toBe(false);
    expect((await api.post(`${base}/webhooks/${off.body.webhook.id}/ping`)).status).toBe(409);

    await api.post(`${base}/locations`, { parentId: null, kind: 'brand', name: 'Quiet' });
    await eventually(() => rx.on('/on').length > 0, 'the active webhook');
    expect(await deliveries(api, base, on.body.webhook.id)).toHaveLength(1);
    expect(await deliveries(api, base, off.body.webhook.id)).toEqual([]);
    expect(rx.on('/off')).toEqual([]);
    // The events row exists; only the delivery was skipped.
    const events = await inWorkspace(ctx.db, workspaceId, (tx) =>
      tx.selectFrom('events').select('type').where('workspace_id', '=', workspaceId).execute(),
    );
    expect(events.map((e) => e.type)).toContain('location.created');
  });
});
