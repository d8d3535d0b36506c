// Privacy requests: the export holds everything about the customer; after an erase no table holds
// their personal data (every text and JSON column of every table is searched), while their
// orders and responses still count in statistics.
import { sql } from 'kysely';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { asSystem, inWorkspace } from '../../../db/database';
import { newId } from '../../../platform/ids';
import { signedIn } from '../../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { answerAs, insertEvent, insertOrder, publishLinkedSurvey } from '../test-records';

const ctx = useTestApp();

async function setup() {
  const owner = await makeUser(ctx);
  const ws = await makeWorkspace(ctx, owner);
  const api = await signedIn(ctx.app, owner);
  await api.patch(`/api/v1/workspaces/${ws.id}`, { phoneCountry: 'CN' });
  const base = `/api/v1/workspaces/${ws.id}`;
  // Unique per call: the erase test searches every workspace's rows for these.
  const n = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  const person = { name: `赵丽颖${n}`, email: `zhao.${n}@example.cn`, phone: `137${n}`, openid: `oZhao${n}` };
  const customer = (
    await api.post(`${base}/customers`, {
      name: person.name,
      identities: [
        { kind: 'email', value: person.email },
        { kind: 'phone', value: person.phone },
        { kind: 'wechat_openid', value: person.openid },
      ],
      tags: ['vip'],
    })
  ).body;
  const survey = await publishLinkedSurvey(ctx, ws.id);
  const responseId = await answerAs(ctx, survey, { email: person.email });
  const orderId = await insertOrder(ctx, ws.id, customer.id, 199);
  await insertEvent(ctx, ws.id, customer.id);
  // An import waiting to run (its preview) and a finished one (a rejected row) that name the person.
  await inWorkspace(ctx.db, ws.id, async (tx) => {
    const pending = {
      workspace_id: ws.id,
      file_name: 'a.csv',
      file_size: 1,
      format: 'csv' as const,
      headers: '[]',
    };
    await tx
      .insertInto('customer_imports')
      .values({ ...pending, id: newId(), preview: JSON.stringify([[person.name, ` ${person.email} `]]) })
      .execute();
    const done = newId();
    await tx
      .insertInto('customer_imports')
      .values({ ...pending, id: done, status: 'done' })
      .execute();
    await tx
      .insertInto('customer_import_rejects')
      .values({
        workspace_id: ws.id,
        import_id: done,
        row_number: 2,
        code: 'invalid_value',
        field: 'tier',
        message: 'x',
        raw: JSON.stringify({ 手机: person.phone, tier: '?' }),
      })
      .execute();
  });
  return { owner, ws, api, base, customer, survey, responseId, orderId, person };
}

/** Every (table, column, row count) where some text or JSON cell contains the needle. */
async function whereFound(needle: string): Promise<string[]> {
  return asSystem(ctx.db, async (tx) => {
    const columns = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`.execute(
      tx,
    );
    const found: string[] = [];
    for (const { table_name, column_name } of columns.rows) {
      const r = await sql<{ n: string }>`
        SELECT count(*) AS n FROM ${sql.table(table_name)}
        WHERE ${sql.ref(column_name)}::text ILIKE ${`%${needle}%`}`.execute(tx);
      if (Number(r.rows[0]!.n) > 0) found.push(`${table_name}.${column_name}`);
    }
    return found;
  });
}

describe('privacy requests', () => {
  it('exports one customer’s data as a zip of JSON and CSV, audited', async () => {
    const { ws, api, base, customer, person } = await setup();
    const res = await api.request('GET', `${base}/customers/${customer.id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.raw));
    expect(Object.keys(files).sort()).toEqual(
      ['README.txt', 'customer.json', 'events.csv', 'merges.json', 'orders.csv', 'responses.json'].sort(),
    );
    const profile = JSON.parse(strFromU8(files['customer.json']!));
    expect(profile).toMatchObject({ id: customer.id, name: person.name });
    // UTF-8 with a BOM, so that Excel shows Chinese text.
    expect([...files['orders.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(files['orders.csv']!)).toMatch(/external_id,ordered_at,amount/);
    expect(strFromU8(files['orders.csv']!)).toContain('199');
    const responses = JSON.parse(strFromU8(files['responses.json']!));
    expect(responses[0].answers.comment).toBe(`Ask for ${person.email}`);
    await asSystem(ctx.db, async (tx) => {
      const audit = await tx
        .selectFrom('audit_log')
        .select('action')
        .where('workspace_id', '=', ws.id)
        .where('target_id', '=', customer.id)
        .execute();
      expect(audit.map((a) => a.action)).toContain('customer.exported');
    });
  });

  it('erases a customer: no table holds their personal data; orders and scores still count', async () => {
    const { ws, api, base, customer, survey, responseId, orderId, person } = await setup();
    const needles = [person.name, person.email, person.phone, person.openid];
    expect(await whereFound(person.phone)).toContain('customer_import_rejects.raw');
    expect(await whereFound(person.email)).toContain('customer_imports.preview');
    for (const n of needles) expect((await whereFound(n)).length, n).toBeGreaterThan(0);

    expect(
      (await api.post(`${base}/customers/${customer.id}/erase`, { confirm: 'yes' })).body.error.field,
    ).toBe('confirm');
    expect((await api.post(`${base}/customers/${customer.id}/erase`, { confirm: customer.id })).status).toBe(
      204,
    );

    for (const n of needles) expect(await whereFound(n), n).toEqual([]);
    await asSystem(ctx.db, async (tx) => {
      const rejects = await tx
        .selectFrom('customer_import_rejects')
        .select('row_number')
        .where('workspace_id', '=', ws.id)
        .execute();
      expect(rejects).toEqual([]);
    });
    expect((await api.get(`${base}/customers/${customer.id}`)).status).toBe(404);
    await asSystem(ctx.db, async (tx) => {
      const order = await tx
        .selectFrom('orders')
        .select(['customer_id', 'amount'])
        .where('id', '=', orderId)
        .executeTakeFirstOrThrow();
      expect(order).toEqual({ customer_id: null, amount: '199.00' });
      const response = await tx
        .selectFrom('responses')
        .select(['customer_id', 'answers', 'hidden'])
        .where('id', '=', responseId)
        .executeTakeFirstOrThrow();
      expect(response.customer_id).toBeNull();
      expect(response.hidden).toEqual({});
      expect(response.answers).toEqual({ nps: 3, satisfaction: 2, callback: true });
      const facts = await tx
        .selectFrom('response_answers')
        .select('question_id')
        .where('response_id', '=', responseId)
        .orderBy('question_id')
        .execute();
      expect(facts.map((f) => f.question_id)).toEqual(['callback', 'nps', 'satisfaction']);
      const audit = await tx
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('workspace_id', '=', ws.id)
        .where('action', '=', 'customer.erased')
        .execute();
      expect(audit).toHaveLength(1);
    });
    expect((await api.get(`${base}/surveys/${survey.surveyId}/responses/${responseId}`)).status).toBe(200);
  });

  it('leaves privacy requests to admins', async () => {
    const { ws, base, customer } = await setup();
    const analyst = await makeUser(ctx);
    await addMember(ctx, ws.id, analyst.id, 'analyst');
    const asAnalyst = await signedIn(ctx.app, analyst);
    expect((await asAnalyst.request('GET', `${base}/customers/${customer.id}/export`)).status).toBe(403);
    expect(
      (await asAnalyst.post(`${base}/customers/${customer.id}/erase`, { confirm: customer.id })).status,
    ).toBe(403);
  });
});
