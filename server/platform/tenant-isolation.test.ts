// Tenant isolation across EVERY workspace route, found from the OpenAPI document so that a new
// route is covered the day it is added: workspace A's session and API key get 404 for workspace
// B's ids — both B's workspace id and B's object ids under A's workspace id.
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { asSystem, inWorkspace } from '../db/database';
import { newId } from './ids';
import { client, signedIn, type Client } from '../test/client';
import { makeUser, makeWorkspace, useTestApp } from '../test/test-app';

const ctx = useTestApp();

/** A valid body per route, so that the answer is about who asks, not about what they sent. */
const BODIES: Record<string, unknown> = {
  'POST /workspaces/{workspaceId}/analytics/exports': {
    surveyId: '01a204da-2414-7cdd-945c-f040da0c91a6',
    format: 'csv',
  },
  'POST /workspaces/{workspaceId}/report-schedules': {
    surveyId: '01a204da-2414-7cdd-945c-f040da0c91a6',
    name: 'x',
    frequency: 'weekly',
    language: 'en',
    recipients: ['x@example.com'],
  },
  'PATCH /workspaces/{workspaceId}/report-schedules/{scheduleId}': { name: 'x' },
  'POST /workspaces/{workspaceId}/analytics/metric': {
    surveyId: '01a204da-2414-7cdd-945c-f040da0c91a6',
    metric: { kind: 'count' },
  },
  'POST /workspaces/{workspaceId}/analytics/compare': {
    surveyId: '01a204da-2414-7cdd-945c-f040da0c91a6',
    metric: { kind: 'count' },
    compare: { kind: 'period', unit: 'month' },
  },
  'POST /workspaces/{workspaceId}/analytics/crosstab': {
    surveyId: '01a204da-2414-7cdd-945c-f040da0c91a6',
    rows: 'channel',
    columns: 'language',
  },
  'POST /workspaces/{workspaceId}/analytics/gap': { surveyId: '01a204da-2414-7cdd-945c-f040da0c91a6' },
  'POST /workspaces/{workspaceId}/analytics/importance-performance': {
    surveyId: '01a204da-2414-7cdd-945c-f040da0c91a6',
    importance: 'stated',
  },
  'POST /workspaces/{workspaceId}/analytics/drivers': {
    surveyId: '01a204da-2414-7cdd-945c-f040da0c91a6',
    outcome: { questionId: 'nps' },
    attributes: [{ questionId: 'a' }, { questionId: 'b' }],
  },
  'POST /workspaces/{workspaceId}/segments': {
    name: 'x',
    definition: { match: 'all', conditions: [{ field: 'tag', op: 'has', value: 'x' }] },
  },
  'PATCH /workspaces/{workspaceId}/segments/{segmentId}': { name: 'x' },
  'POST /workspaces/{workspaceId}/surveys/{surveyId}/distributions': { kind: 'link', name: 'x' },
  'PATCH /workspaces/{workspaceId}/distributions/{distributionId}': { name: 'x' },
  'PUT /workspaces/{workspaceId}/contact-rules': {
    frequencyCapDays: 30,
    quietHours: { enabled: true, start: '21:00', end: '09:00' },
    emailsPerMinute: 120,
  },
  'POST /workspaces/{workspaceId}/distributions/{distributionId}/invitations': {
    recipients: [{ address: 'x@example.com' }],
  },
  'POST /workspaces/{workspaceId}/distributions/{distributionId}/invitations/cancel': { confirm: 'x' },
  'PUT /workspaces/{workspaceId}/message-providers/{channel}': {
    adapter: 'http',
    config: { url: 'https://sms.example.com/send' },
  },
  'POST /workspaces/{workspaceId}/message-providers/{channel}/test': { to: '+8613800138000' },
  'PUT /workspaces/{workspaceId}/dashboards/overview': { widgets: [] },
  'PUT /workspaces/{workspaceId}/dashboards/surveys/{surveyId}': {
    widgets: [{ id: 'n', type: 'metric_tile', size: 'small', config: { metric: { kind: 'count' } } }],
  },
  'POST /workspaces/{workspaceId}/segments/preview': {
    definition: { match: 'all', conditions: [{ field: 'tag', op: 'has', value: 'x' }] },
  },
  'PATCH /workspaces/{workspaceId}': { name: 'Hijacked' },
  'POST /workspaces/{workspaceId}/locations': { parentId: null, kind: 'brand', name: 'x' },
  'PATCH /workspaces/{workspaceId}/locations/{locationId}': { name: 'x' },
  'PATCH /workspaces/{workspaceId}/members/{userId}': { role: 'viewer' },
  'POST /workspaces/{workspaceId}/invitations': { email: 'x@example.com', role: 'viewer' },
  'POST /workspaces/{workspaceId}/api-keys': { name: 'x', role: 'viewer' },
  'POST /workspaces/{workspaceId}/webhooks': { url: 'https://example.com/hook', eventTypes: ['*'] },
  'PATCH /workspaces/{workspaceId}/webhooks/{webhookId}': { active: false },
  'POST /workspaces/{workspaceId}/surveys': { name: 'x' },
  'PATCH /workspaces/{workspaceId}/surveys/{surveyId}': { name: 'x' },
  'POST /workspaces/{workspaceId}/surveys/{surveyId}/duplicate': {},
  'POST /workspaces/{workspaceId}/surveys/{surveyId}/save-as-template': { name: 'x' },
  'POST /workspaces/{workspaceId}/surveys/{surveyId}/waves': { opensAt: '2030-01-01T00:00:00Z' },
  'PATCH /workspaces/{workspaceId}/surveys/{surveyId}/waves/{waveId}': { name: 'x' },
  'POST /workspaces/{workspaceId}/customers/{customerId}/identities': {
    kind: 'email',
    value: 'x@example.com',
  },
  'POST /workspaces/{workspaceId}/customer-fields': { key: 'x', label: 'x', type: 'text' },
  'POST /workspaces/{workspaceId}/customers/{customerId}/merge': {
    into: '01a204da-2414-7cdd-945c-f040da0c91a6',
  },
  'POST /workspaces/{workspaceId}/customers/{customerId}/erase': { confirm: 'x' },
  'POST /workspaces/{workspaceId}/customer-imports/{importId}/start': {
    mapping: {},
    matchBy: 'email',
    dryRun: true,
  },
  'POST /workspaces/{workspaceId}/orders': {
    externalId: 'x',
    customer: { identities: [{ kind: 'email', value: 'x@example.com' }] },
    amount: 1,
    orderedAt: '2026-01-01T00:00:00Z',
  },
  'POST /workspaces/{workspaceId}/events': {
    kind: 'store_visit',
    customer: { identities: [{ kind: 'email', value: 'x@example.com' }] },
    occurredAt: '2026-01-01T00:00:00Z',
  },
};

/** Path parameters naming what all workspaces share (survey templates, message channels), not B's. */
const SHARED_PARAMS = new Set(['key', 'channel']);

interface World {
  a: { id: string };
  ids: Record<string, string>;
  bySession: Client;
  byKey: Client;
}
const world = {} as World;

async function idsOf(workspaceId: string): Promise<Record<string, string>> {
  return asSystem(ctx.db, async (tx) => {
    const first = async (
      table:
        | 'locations'
        | 'api_keys'
        | 'invitations'
        | 'webhooks'
        | 'webhook_deliveries'
        | 'surveys'
        | 'survey_waves'
        | 'survey_templates'
        | 'responses'
        | 'customers'
        | 'segments'
        | 'customer_imports'
        | 'analytics_exports'
        | 'report_schedules'
        | 'distributions',
    ) =>
      (await tx.selectFrom(table).select('id').where('workspace_id', '=', workspaceId).executeTakeFirst())
        ?.id ?? '00000000-0000-7000-8000-000000000000';
    const member = await tx
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    return {
      workspaceId,
      locationId: await first('locations'),
      apiKeyId: await first('api_keys'),
      invitationId: await first('invitations'),
      webhookId: await first('webhooks'),
      deliveryId: await first('webhook_deliveries'),
      surveyId: await first('surveys'),
      waveId: await first('survey_waves'),
      templateId: await first('survey_templates'),
      responseId: await first('responses'),
      customerId: await first('customers'),
      segmentId: await first('segments'),
      importId: await first('customer_imports'),
      exportId: await first('analytics_exports'),
      scheduleId: await first('report_schedules'),
      distributionId: await first('distributions'),
      fieldKey: 'tier',
      kind: 'email',
      value: 'b@example.com',
      version: '1',
      key: 'store-visit',
      channel: 'sms',
      userId: member.user_id,
    };
  });
}

beforeAll(async () => {
  const ownerA = await makeUser(ctx);
  const ownerB = await makeUser(ctx);
  world.a = await makeWorkspace(ctx, ownerA, 'A');
  const b = await makeWorkspace(ctx, ownerB, 'B');
  world.bySession = await signedIn(ctx.app, ownerA);
  world.byKey = client(ctx.app, {
    bearer: (
      await world.bySession.post(`/api/v1/workspaces/${world.a.id}/api-keys`, { name: 'a', role: 'owner' })
    ).body.secret,
  });
  // Give B one of everything, through B's own API.
  const asB = await signedIn(ctx.app, ownerB);
  await asB.post(`/api/v1/workspaces/${b.id}/api-keys`, { name: 'b', role: 'viewer' });
  await asB.post(`/api/v1/workspaces/${b.id}/invitations`, { email: 'b@example.com', role: 'viewer' });
  await asB.post(`/api/v1/workspaces/${b.id}/webhooks`, {
    url: 'http://127.0.0.1:9/hook',
    eventTypes: ['*'],
  });
  const survey = (
    await asB.post(`/api/v1/workspaces/${b.id}/surveys`, { name: 'b', from: { template: 'store-visit' } })
  ).body;
  await asB.post(`/api/v1/workspaces/${b.id}/surveys/${survey.id}/publish`);
  const wave = (
    await asB.post(`/api/v1/workspaces/${b.id}/surveys/${survey.id}/waves`, {
      opensAt: '2026-01-01T00:00:00Z',
    })
  ).body;
  await asB.post(`/api/v1/workspaces/${b.id}/surveys/${survey.id}/save-as-template`, { name: 'b' });
  await asB.post(`/api/v1/workspaces/${b.id}/analytics/exports`, { surveyId: survey.id, format: 'csv' });
  await asB.post(`/api/v1/workspaces/${b.id}/report-schedules`, {
    surveyId: survey.id,
    name: 'b',
    frequency: 'weekly',
    language: 'en',
    recipients: ['b@example.com'],
  });
  await asB.post(`/api/v1/workspaces/${b.id}/surveys/${survey.id}/distributions`, {
    kind: 'email',
    name: 'b',
  });
  await asB.post(`/api/v1/workspaces/${b.id}/customer-fields`, { key: 'tier', label: 'Tier', type: 'text' });
  await asB.post(`/api/v1/workspaces/${b.id}/customers`, {
    name: 'b',
    identities: [{ kind: 'email', value: 'b@example.com' }],
  });
  await inWorkspace(ctx.db, b.id, (tx) =>
    tx
      .insertInto('responses')
      .values({
        workspace_id: b.id,
        id: newId(),
        survey_id: survey.id,
        version: 1,
        wave_id: wave.id,
        session_hash: 'b',
        status: 'complete',
        language: 'en',
        channel: 'link',
        device_class: 'desktop',
        answers: '{}',
        hidden: '{}',
        page_seconds: '{}',
      })
      .execute(),
  );
  await inWorkspace(ctx.db, b.id, async (tx) => {
    await tx
      .insertInto('segments')
      .values({
        workspace_id: b.id,
        id: newId(),
        name: 'b',
        definition: JSON.stringify({ match: 'all', conditions: [{ field: 'tag', op: 'has', value: 'x' }] }),
      })
      .execute();
    await tx
      .insertInto('customer_imports')
      .values({
        workspace_id: b.id,
        id: newId(),
        file_name: 'b.csv',
        file_size: 1,
        format: 'csv',
        headers: '[]',
      })
      .execute();
  });
  world.ids = await idsOf(b.id);
});

function workspaceRoutes(): { method: string; path: string }[] {
  const doc = ctx.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .filter(([path]) => path.includes('{workspaceId}'))
    .flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({
        method: method.toUpperCase(),
        path: path.replace(/^\/api\/v1/, ''),
      })),
    );
}

const fill = (path: string, ids: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? `missing-${name}`);

describe('tenant isolation', () => {
  it('finds the workspace routes in the OpenAPI document', () => {
    expect(workspaceRoutes().length).toBeGreaterThanOrEqual(15);
  });

  for (const who of ['session', 'API key'] as const) {
    it(`answers 404 to ${who}s of workspace A for anything of workspace B`, async () => {
      const api = who === 'session' ? world.bySession : world.byKey;
      const failures: string[] = [];
      for (const { method, path } of workspaceRoutes()) {
        const body = BODIES[`${method} ${path}`];
        const variants = [fill(path, world.ids)];
        const own = [...path.matchAll(/\{(\w+)\}/g)]
          .map((m) => m[1]!)
          .filter((name) => name !== 'workspaceId' && !SHARED_PARAMS.has(name));
        if (own.length > 0) variants.push(fill(path, { ...world.ids, workspaceId: world.a.id }));
        for (const url of variants) {
          const res = await api.request(
            method as never,
            `/api/v1${url}`,
            method === 'GET' || method === 'DELETE' ? undefined : (body ?? {}),
          );
          if (res.status !== 404)
            failures.push(`${method} ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('keeps row-level security as a second lock: the lookups that need the system scope do not widen a transaction', async () => {
    const seen = await inWorkspace(ctx.db, world.a.id, async (tx) => {
      await sql`SELECT rapport_member_role(${world.ids.workspaceId}::uuid, ${world.ids.userId}::uuid)`.execute(
        tx,
      );
      await sql`SELECT * FROM rapport_api_key('no such hash')`.execute(tx);
      // No workspace filter here on purpose: only the policy stands between A and B.
      return tx.selectFrom('locations').select('workspace_id').execute();
    });
    expect(new Set(seen.map((r) => r.workspace_id))).toEqual(new Set([world.a.id]));
  });
});
