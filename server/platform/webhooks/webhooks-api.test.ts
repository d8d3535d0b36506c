// The webhook routes and the jobs' service code, without a running worker.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../../common/events';
import { inWorkspace } from '../../db/database';
import { client, signedIn, type Client } from '../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../test/test-app';
import { DeliveryFailed, deliverWebhook } from './deliver-webhook';
import { dispatchEvent } from './dispatch-event';
import { MAX_DELIVERY_ATTEMPTS } from './queue';
import { startReceiver, type Receiver } from './test-receiver';

const ctx = useTestApp();
let rx: Receiver;
beforeAll(async () => {
  rx = await startReceiver();
});
afterAll(async () => {
  await rx?.close();
});

async function owner(): Promise<{ api: Client; base: string; workspaceId: string }> {
  const user = await makeUser(ctx);
  const ws = await makeWorkspace(ctx, user);
  return { api: await signedIn(ctx.app, user), base: `/api/v1/workspaces/${ws.id}`, workspaceId: ws.id };
}

/** Runs the events.dispatch job's work for every event of the workspace, as the worker would. */
async function dispatchAll(workspaceId: string): Promise<number> {
  const events = await inWorkspace(ctx.db, workspaceId, (tx) =>
    tx.selectFrom('events').select('id').where('workspace_id', '=', workspaceId).execute(),
  );
  let made = 0;
  for (const e of events) made += await dispatchEvent(ctx.db, { workspaceId, eventId: e.id });
  return made;
}

describe('webhook routes', () => {
  it('lists the event types to any signed-in principal', async () => {
    expect((await client(ctx.app).get('/api/v1/webhook-event-types')).status).toBe(401);
    const { workspaceId } = await owner();
    const analyst = await makeUser(ctx);
    await addMember(ctx, workspaceId, analyst.id, 'analyst');
    const res = await (await signedIn(ctx.app, analyst)).get('/api/v1/webhook-event-types');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [...EVENT_TYPES] });
    expect(res.body.items).toEqual(expect.arrayContaining(['location.created', 'webhook.ping']));
  });

  it('registers, lists, changes, rotates and removes a webhook, auditing each change', async () => {
    const { api, base, workspaceId } = await owner();
    const created = await api.post(`${base}/webhooks`, {
      url: 'https://hooks.example.com/rapport',
      description: ' CRM ',
      eventTypes: ['location.created', 'location.created', 'member.joined'],
    });
    expect(created.status).toBe(201);
    const webhook = created.body.webhook;
    expect(created.body).toEqual({
      webhook: {
        id: expect.any(String),
        url: 'https://hooks.example.com/rapport',
        description: 'CRM',
        eventTypes: ['location.created', 'member.joined'],
        active: true,
        createdAt: expect.any(String),
      },
      secret: expect.stringMatching(/^whsec_[\w-]{32}$/),
    });

    const list = await api.get(`${base}/webhooks`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ items: [webhook], nextCursor: null });
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret);

    const patched = await api.patch(`${base}/webhooks/${webhook.id}`, { eventTypes: ['*'], active: false });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual({ ...webhook, eventTypes: ['*'], active: false });
    expect((await api.patch(`${base}/webhooks/${webhook.id}`, {})).body).toEqual(patched.body);

    const rotated = await api.post(`${base}/webhooks/${webhook.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.webhook).toEqual(patched.body);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);

    expect((await api.delete(`${base}/webhooks/${webhook.id}`)).status).toBe(204);
    expect((await api.get(`${base}/webhooks`)).body).toEqual({ items: [], nextCursor: null });
    expect((await api.delete(`${base}/webhooks/${webhook.id}`)).status).toBe(404);

    const audit = await inWorkspace(ctx.db, workspaceId, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'target_id', 'details'])
        .where('target_type', '=', 'webhook')
        .orderBy('id')
        .execute(),
    );
    expect(audit.map((a) => a.action)).toEqual([
      'webhook.created',
      'webhook.updated',
      'webhook.secret_rotated',
      'webhook.deleted',
    ]);
    expect(audit.every((a) => a.target_id === webhook.id)).toBe(true);
    expect(audit[1]!.details).toEqual({ changes: { eventTypes: ['*'], active: false } });
    const written = JSON.stringify(audit);
    expect(written).not.toContain(created.body.secret);
    expect(written).not.toContain(rotated.body.secret);
  });

  it.each([
    [{ url: 'https://example.com/h', eventTypes: [] }, 'eventTypes'],
    [{ url: 'https://example.com/h', eventTypes: ['location.exploded'] }, 'eventTypes.0'],
    [{ url: 'https://example.com/h', eventTypes: ['*', 'location.created'] }, 'eventTypes'],
    [{ url: 'https://example.com/h' }, 'eventTypes'],
    [{ url: 'ftp://example.com/h', eventTypes: ['*'] }, 'url'],
    [{ url: 'not a url', eventTypes: ['*'] }, 'url'],
    [{ eventTypes: ['*'] }, 'url'],
  ])('refuses %j naming the field %s', async (body, field) => {
    const { api, base } = await owner();
    const res = await api.post(`${base}/webhooks`, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', field });
  });

  it('lets only admins in, and answers 404 for another workspace’s webhook', async () => {
    const { api, base, workspaceId } = await owner();
    const hook = (await api.post(`${base}/webhooks`, { url: 'https://example.com/h', eventTypes: ['*'] }))
      .body.webhook;
    const analystUser = await makeUser(ctx);
    await addMember(ctx, workspaceId, analystUser.id, 'analyst');
    const analyst = await signedIn(ctx.app, analystUser);
    const one = `${base}/webhooks/${hook.id}`;
    const someDelivery = '0190a000-0000-7000-8000-000000000000';
    const calls: [keyof Client & ('get' | 'post' | 'patch' | 'delete'), string][] = [
      ['get', `${base}/webhooks`],
      ['post', `${base}/webhooks`],
      ['patch', one],
      ['delete', one],
      ['post', `${one}/rotate-secret`],
      ['post', `${one}/ping`],
      ['get', `${one}/deliveries`],
      ['post', `${one}/deliveries/${someDelivery}/redeliver`],
    ];
    for (const [method, url] of calls) {
      const body =
        method === 'post' && url.endsWith('/webhooks')
          ? { url: 'https://example.com/x', eventTypes: ['*'] }
          : {};
      const res = await (method === 'get' || method === 'delete'
        ? analyst[method](url)
        : analyst[method](url, body));
      expect([method, url, res.status]).toEqual([method, url, 403]);
    }

    // An owner elsewhere, using the first workspace's webhook id in their own workspace.
    const stranger = await owner();
    const theirs = `${stranger.base}/webhooks/${hook.id}`;
    for (const [method, url] of calls.slice(2)) {
      const path = url.replace(one, theirs);
      const res = await (method === 'get' || method === 'delete'
        ? stranger.api[method](path)
        : stranger.api[method](path, {}));
      expect([method, path, res.status]).toEqual([method, path, 404]);
    }
    // And through the first workspace's path: not a member, so the workspace itself is 404.
    expect((await stranger.api.get(`${base}/webhooks`)).status).toBe(404);
  });

  it('serves an API key with the admin role', async () => {
    const { api, base } = await owner();
    const key = await api.post(`${base}/api-keys`, { name: 'integration', role: 'admin' });
    expect(key.status).toBe(201);
    const integration = client(ctx.app, { bearer: key.body.secret });
    const made = await integration.post(`${base}/webhooks`, {
      url: 'https://example.com/k',
      eventTypes: ['*'],
    });
    expect(made.status).toBe(201);
    const list = await integration.get(`${base}/webhooks`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([made.body.webhook]);
    expect((await integration.get('/api/v1/webhook-event-types')).status).toBe(200);

    const viewerKey = await api.post(`${base}/api-keys`, { name: 'dashboards', role: 'viewer' });
    expect((await client(ctx.app, { bearer: viewerKey.body.secret }).get(`${base}/webhooks`)).status).toBe(
      403,
    );
  });
});

describe('dispatch and delivery (the jobs’ work, called directly)', () => {
  it('makes one delivery per webhook and event however often dispatch runs, and pages the log', async () => {
    const { api, base, workspaceId } = await owner();
    const hook = (await api.post(`${base}/webhooks`, { url: 'https://example.com/p', eventTypes: ['*'] }))
      .body.webhook;
    for (let i = 0; i < 3; i++) expect((await api.post(`${base}/webhooks/${hook.id}/ping`)).status).toBe(202);

    expect(await dispatchAll(workspaceId)).toBe(3);
    expect(await dispatchAll(workspaceId)).toBe(0);
    const first = await api.get(`${base}/webhooks/${hook.id}/deliveries?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toEqual({
      id: expect.any(String),
      eventId: expect.any(String),
      eventType: 'webhook.ping',
      status: 'pending',
      attempts: 0,
      lastStatusCode: null,
      lastError: null,
      createdAt: expect.any(String),
      lastAttemptAt: null,
      deliveredAt: null,
    });
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.get(
      `${base}/webhooks/${hook.id}/deliveries?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((d: any) => d.id);
    expect(ids).toEqual([...ids].sort().reverse());
    // One webhooks.deliver job per delivery, keyed by it, with the retry limit.
    const jobs = await sql<{ key: string; max_attempts: number }>`
      SELECT key, max_attempts FROM graphile_worker.jobs
      WHERE task_identifier = 'webhooks.deliver' AND key = ANY(${ids.map((id) => `webhooks.deliver:${id}`)})
    `.execute(ctx.db);
    expect(jobs.rows).toHaveLength(3);
    expect(jobs.rows.every((j) => j.max_attempts === MAX_DELIVERY_ATTEMPTS)).toBe(true);
    expect((await api.get(`${base}/webhooks/${hook.id}/deliveries?cursor=bogus`)).status).toBe(400);
  });

  it('marks a delivery failed after its last attempt, and keeps it pending before that', async () => {
    const { api, base, workspaceId } = await owner();
    rx.answer('/last', 500, 500);
    const hook = (await api.post(`${base}/webhooks`, { url: `${rx.origin}/last`, eventTypes: ['*'] })).body
      .webhook;
    await api.post(`${base}/webhooks/${hook.id}/ping`);
    await dispatchAll(workspaceId);
    const [pending] = (await api.get(`${base}/webhooks/${hook.id}/deliveries`)).body.items;
    const deps = { db: ctx.db, env: ctx.env };
    const ref = { workspaceId, deliveryId: pending.id };

    await expect(deliverWebhook(deps, { ...ref, lastAttempt: false })).rejects.toBeInstanceOf(DeliveryFailed);
    let [row] = (await api.get(`${base}/webhooks/${hook.id}/deliveries`)).body.items;
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });

    expect(await deliverWebhook(deps, { ...ref, lastAttempt: true })).toBe('failed');
    [row] = (await api.get(`${base}/webhooks/${hook.id}/deliveries`)).body.items;
    expect(row).toMatchObject({ status: 'failed', attempts: 2, lastStatusCode: 500, deliveredAt: null });
    // A finished delivery is never sent again by a stray job.
    expect(await deliverWebhook(deps, { ...ref, lastAttempt: false })).toBeNull();
    expect(rx.on('/last')).toHaveLength(2);

    // "Send again" works for a failed delivery.
    const again = await api.post(`${base}/webhooks/${hook.id}/deliveries/${pending.id}/redeliver`);
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ status: 'pending', attempts: 0, eventId: pending.eventId });
  });
});
