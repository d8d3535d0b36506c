// Merging A into B: the preview matches the result, B's values win and A fills the blanks,
// every row that pointed at A points at B (checked over every foreign key to `customers`, so a
// table added later cannot be forgotten), A is gone, and the merge is audited and published.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { asSystem, inWorkspace } from '../../../db/database';
import { newId, randomToken, shortCode } from '../../../platform/ids';
import { signedIn } from '../../../test/client';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { answerAs, insertEvent, insertOrder, publishLinkedSurvey } from '../test-records';

const ctx = useTestApp();

/** Every (table, column) with a foreign key to customers, found in the catalogue. */
async function customerReferences(): Promise<{ table: string; column: string }[]> {
  const rows = await sql<{ table: string; column: string }>`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column
    FROM pg_constraint c
    JOIN LATERAL unnest(c.conkey) AS k(attnum) ON true
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
    WHERE c.contype = 'f' AND c.confrelid = 'customers'::regclass AND a.attname <> 'workspace_id'`.execute(
    ctx.db,
  );
  return rows.rows;
}

async function referenceCounts(customerId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await asSystem(ctx.db, async (tx) => {
    for (const { table, column } of await customerReferences()) {
      const r = await sql<{
        n: string;
      }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${customerId}`.execute(tx);
      counts[`${table}.${column}`] = Number(r.rows[0]!.n);
    }
  });
  return counts;
}

/** A survey invitation sent to the customer (the frequency cap counts it wherever it moves). */
async function inviteCustomer(workspaceId: string, surveyId: string, customerId: string) {
  await inWorkspace(ctx.db, workspaceId, async (tx) => {
    const distributionId = newId();
    await tx
      .insertInto('distributions')
      .values({
        workspace_id: workspaceId,
        id: distributionId,
        survey_id: surveyId,
        kind: 'email',
        name: 'Invite',
        code: shortCode(8),
        location_id: null,
        settings: '{}',
        token_secret: randomToken(),
        created_by: null,
      })
      .execute();
    await tx
      .insertInto('survey_invitations')
      .values({
        workspace_id: workspaceId,
        id: newId(),
        distribution_id: distributionId,
        survey_id: surveyId,
        customer_id: customerId,
        channel: 'email',
        address: 'wei@example.com',
        language: 'en',
        token_hash: randomToken(),
        source_ref: null,
        skip_reason: null,
        error: null,
        provider_message_id: null,
        sent_at: new Date(),
        delivered_at: null,
        opened_at: null,
        started_at: null,
        completed_at: null,
        bounced_at: null,
        unsubscribed_at: null,
        last_reminder_at: null,
        response_id: null,
      })
      .execute();
  });
}

async function setup() {
  const owner = await makeUser(ctx);
  const ws = await makeWorkspace(ctx, owner);
  const api = await signedIn(ctx.app, owner);
  await api.patch(`/api/v1/workspaces/${ws.id}`, { phoneCountry: 'CN' });
  const base = `/api/v1/workspaces/${ws.id}`;
  await api.post(`${base}/customer-fields`, { key: 'tier', label: 'Tier', type: 'text' });
  await api.post(`${base}/customer-fields`, { key: 'city', label: 'City', type: 'text' });
  return { ws, api, base };
}

describe('merging customers', () => {
  it('moves everything from A to B, fills B’s blanks, deletes A and records the merge', async () => {
    const { ws, api, base } = await setup();
    const a = (
      await api.post(`${base}/customers`, {
        name: 'Wang Wei',
        identities: [{ kind: 'email', value: 'wei@example.com' }],
        attributes: { tier: 'silver', city: 'Hangzhou' },
        tags: ['tea'],
        language: 'zh-CN',
      })
    ).body;
    const b = (
      await api.post(`${base}/customers`, {
        name: '',
        identities: [{ kind: 'phone', value: '13800138000' }],
        attributes: { tier: 'gold' },
        tags: ['vip'],
      })
    ).body;
    const old = (
      await api.post(`${base}/customers`, {
        name: 'Old record',
        identities: [{ kind: 'member_id', value: 'M1' }],
      })
    ).body;
    expect((await api.post(`${base}/customers/${old.id}/merge`, { into: a.id })).status).toBe(200);
    await insertOrder(ctx, ws.id, a.id, 88);
    await insertOrder(ctx, ws.id, a.id, 12.5);
    await insertOrder(ctx, ws.id, b.id, 40);
    await insertEvent(ctx, ws.id, a.id);
    const survey = await publishLinkedSurvey(ctx, ws.id);
    const response = await answerAs(ctx, survey, { email: 'WEI@example.com' });
    await inviteCustomer(ws.id, survey.surveyId, a.id);

    const before = { a: await referenceCounts(a.id), b: await referenceCounts(b.id) };
    expect(before.a['responses.customer_id']).toBe(1);
    expect(before.a['customer_merges.target_id']).toBe(1);

    const preview = await api.get(`${base}/customers/${a.id}/merge-preview?into=${b.id}`);
    expect(preview.status).toBe(200);
    expect(preview.body.moves).toEqual({
      identities: 2,
      orders: 2,
      events: 1,
      responses: 1,
      invitations: 1,
      merges: 1,
    });
    expect(preview.body.differentExternalIds).toBe(false);
    expect(preview.body.result).toMatchObject({
      id: b.id,
      name: 'Wang Wei',
      attributes: { tier: 'gold', city: 'Hangzhou' },
      tags: ['vip', 'tea'],
      language: 'zh-CN',
    });

    const merged = await api.post(`${base}/customers/${a.id}/merge`, { into: b.id });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({
      name: preview.body.result.name,
      attributes: preview.body.result.attributes,
      tags: preview.body.result.tags,
      language: preview.body.result.language,
    });
    expect(merged.body.identities.map((i: { kind: string }) => i.kind).sort()).toEqual([
      'email',
      'member_id',
      'phone',
    ]);

    // Nothing orphaned: B now holds what A and B held, for every reference to customers.
    const after = await referenceCounts(b.id);
    for (const key of Object.keys(after)) {
      // A's merge record moved to B, and the new merge record (A → B) is B's too.
      const extra = key === 'customer_merges.target_id' ? 1 : 0;
      expect(after[key], key).toBe(before.a[key]! + before.b[key]! + extra);
    }
    expect(Object.values(await referenceCounts(a.id)).every((n) => n === 0)).toBe(true);
    expect((await api.get(`${base}/customers/${a.id}`)).status).toBe(404);
    const detail = await api.get(`${base}/surveys/${survey.surveyId}/responses/${response}`);
    expect(detail.body.customerId).toBe(b.id);

    await asSystem(ctx.db, async (tx) => {
      const audit = await tx
        .selectFrom('audit_log')
        .select(['action', 'target_id'])
        .where('workspace_id', '=', ws.id)
        .where('action', '=', 'customer.merged')
        .execute();
      expect(audit.map((r) => r.target_id).sort()).toEqual([a.id, b.id].sort());
      const events = await tx
        .selectFrom('events')
        .select('payload')
        .where('workspace_id', '=', ws.id)
        .where('type', '=', 'customer.merged')
        .execute();
      expect(events.map((e) => (e.payload as { sourceId: string }).sourceId).sort()).toEqual(
        [old.id, a.id].sort(),
      );
    });
  });

  it('refuses to merge customers holding different external ids unless confirmed', async () => {
    const { api, base } = await setup();
    const a = (await api.post(`${base}/customers`, { identities: [{ kind: 'external_id', value: 'CRM-1' }] }))
      .body;
    const b = (await api.post(`${base}/customers`, { identities: [{ kind: 'external_id', value: 'CRM-2' }] }))
      .body;
    expect(
      (await api.get(`${base}/customers/${a.id}/merge-preview?into=${b.id}`)).body.differentExternalIds,
    ).toBe(true);
    const refused = await api.post(`${base}/customers/${a.id}/merge`, { into: b.id });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'merge_refused', field: 'confirmDifferentExternalIds' });
    expect((await api.get(`${base}/customers/${a.id}`)).status).toBe(200);
    const done = await api.post(`${base}/customers/${a.id}/merge`, {
      into: b.id,
      confirmDifferentExternalIds: true,
    });
    expect(done.status).toBe(200);
    expect(done.body.identities.map((i: { value: string }) => i.value).sort()).toEqual(['CRM-1', 'CRM-2']);
  });

  it('answers 400 for a merge into itself and 404 for an unknown target', async () => {
    const { api, base } = await setup();
    const a = (await api.post(`${base}/customers`, { name: 'a' })).body;
    expect((await api.post(`${base}/customers/${a.id}/merge`, { into: a.id })).body.error.field).toBe('into');
    expect(
      (await api.post(`${base}/customers/${a.id}/merge`, { into: '0190a0b0-0000-7000-8000-000000000000' }))
        .status,
    ).toBe(404);
  });

  it('suggests likely duplicates: email variants, a phone used as a member id, the same name and phone', async () => {
    const { api, base } = await setup();
    const mk = async (name: string, identities: { kind: string; value: string }[]) =>
      (await api.post(`${base}/customers`, { name, identities })).body.id as string;
    const g1 = await mk('Ann', [{ kind: 'email', value: 'ann.lee@gmail.com' }]);
    const g2 = await mk('Ann L', [{ kind: 'email', value: 'annlee+shop@googlemail.com' }]);
    const p1 = await mk('Zhang', [{ kind: 'phone', value: '13912345678' }]);
    const p2 = await mk('', [{ kind: 'member_id', value: '13912345678' }]);
    const n1 = await mk('Li Na', [{ kind: 'phone', value: '+852 9123 4567' }]);
    const n2 = await mk('li na', [{ kind: 'phone', value: '+65 9123 4567' }]);
    await mk('Other', [{ kind: 'email', value: 'other@example.com' }]);
    const res = await api.get(`${base}/customer-duplicates`);
    expect(res.status).toBe(200);
    const pairs = res.body.items.map(
      (d: { a: { id: string }; b: { id: string }; reason: string }) =>
        `${[d.a.id, d.b.id].sort().join('+')}:${d.reason}`,
    );
    expect(pairs.sort()).toEqual(
      [
        `${[g1, g2].sort().join('+')}:same_email`,
        `${[p1, p2].sort().join('+')}:same_phone`,
        `${[n1, n2].sort().join('+')}:same_name_phone`,
      ].sort(),
    );
    const first = await api.get(`${base}/customer-duplicates?limit=2`);
    const rest = await api.get(`${base}/customer-duplicates?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...rest.body.items]).toHaveLength(3);
    expect(rest.body.nextCursor).toBeNull();
  });
});
