// Imports end to end on a real PostgreSQL: upload through the API, start, run the queued job as
// the worker does, then look at the customers, the counts and the rejects report. Files in every
// encoding the issue names; nothing lost, nothing half-written.
import fs from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { pino } from 'pino';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { inWorkspace } from '../../../db/database';
import type { Client } from '../../../test/client';
import { useTestApp } from '../../../test/test-app';
import { runImport } from './run-import';
import { csv, importWorkspace, runImportJobs, storedFiles, testDataDir, upload } from './test-helpers';

const dataDir = testDataDir();
const ctx = useTestApp({ env: { DATA_DIR: dataDir } });
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

async function startAndRun(api: Client, base: string, id: string, body: Record<string, unknown>) {
  const started = await api.post(`${base}/customer-imports/${id}/start`, body);
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  expect(started.body.status).toBe('queued');
  await runImportJobs(ctx);
  const done = await api.get(`${base}/customer-imports/${id}`);
  expect(done.status).toBe(200);
  return done.body;
}

async function customerByPhone(api: Client, base: string, phone: string) {
  const list = await api.get(`${base}/customers?q=${encodeURIComponent(phone)}`);
  expect(list.body.items).toHaveLength(1);
  return (await api.get(`${base}/customers/${list.body.items[0].id}`)).body;
}

const count = (workspaceId: string, table: 'customers' | 'customer_identities' | 'customer_import_rejects') =>
  inWorkspace(ctx.db, workspaceId, async (tx) =>
    Number(
      (
        await tx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );

describe('customer import job', () => {
  it('imports a GBK CSV with Chinese names, once, with one finished event and no per-customer events', async () => {
    const { ws, api, base } = await importWorkspace(ctx);
    const text =
      '姓名,手机号,邮箱,会员卡号,标签\r\n' +
      '张伟,138 0013 8000,Zhang.Wei@Example.com,M001,"vip,新客"\r\n' +
      '李娜,13900139000,li.na@example.com,M002,老客、会员\r\n' +
      '王芳,+86 137 0013 7000,,M003,\r\n';
    const up = await upload(ctx, api, base, '会员名单.csv', iconv.encode(text, 'gbk'));
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      fileName: '会员名单.csv',
      format: 'csv',
      encoding: 'gb18030',
      delimiter: ',',
      headers: ['姓名', '手机号', '邮箱', '会员卡号', '标签'],
      suggestedMapping: { 姓名: 'name', 手机号: 'phone', 邮箱: 'email', 会员卡号: 'member_id', 标签: 'tags' },
      status: 'uploaded',
      totalRows: null,
    });
    expect(up.body.preview).toEqual([
      ['张伟', '138 0013 8000', 'Zhang.Wei@Example.com', 'M001', 'vip,新客'],
      ['李娜', '13900139000', 'li.na@example.com', 'M002', '老客、会员'],
      ['王芳', '+86 137 0013 7000', '', 'M003', ''],
    ]);
    expect(await storedFiles(ctx, ws.id)).toEqual([up.body.id]);

    const done = await startAndRun(api, base, up.body.id, {
      mapping: up.body.suggestedMapping,
      matchBy: 'phone',
      dryRun: false,
    });
    expect(done).toMatchObject({
      status: 'done',
      totalRows: 3,
      processedRows: 3,
      inserted: 3,
      updated: 0,
      rejected: 0,
    });
    expect(done.preview).toEqual([]);
    expect(await storedFiles(ctx, ws.id)).toEqual([]);

    const zhang = await customerByPhone(api, base, '+8613800138000');
    expect(zhang).toMatchObject({ name: '张伟', tags: ['vip', '新客'] });
    expect(zhang.identities.map((i: any) => `${i.kind}:${i.value}:${i.source}`).sort()).toEqual([
      'email:zhang.wei@example.com:import',
      'member_id:M001:import',
      'phone:+8613800138000:import',
    ]);
    expect((await customerByPhone(api, base, '13900139000')).tags).toEqual(['老客', '会员']);
    expect((await customerByPhone(api, base, '13700137000')).name).toBe('王芳');

    const events = await inWorkspace(ctx.db, ws.id, (tx) =>
      tx.selectFrom('events').select(['type', 'payload']).where('workspace_id', '=', ws.id).execute(),
    );
    expect(events.filter((e) => e.type.startsWith('customer'))).toEqual([
      {
        type: 'customer_import.finished',
        payload: expect.objectContaining({ importId: up.body.id, status: 'done', inserted: 3, rejected: 0 }),
      },
    ]);
    const audit = await api.get(`${base}/audit-log?action=customer_import.started`);
    expect(audit.body.items).toHaveLength(1);
  });

  it('reports every malformed row in rejects.csv, and upserts by phone without touching empty cells', async () => {
    const { ws, api, base } = await importWorkspace(ctx);
    await api.post(`${base}/customer-fields`, { key: 'city', label: 'City', type: 'text' });
    await api.post(`${base}/customer-fields`, { key: 'points', label: 'Points', type: 'number' });
    const existing = await api.post(`${base}/customers`, {
      name: 'Old Name',
      identities: [{ kind: 'phone', value: '13800000001' }],
      tags: ['old'],
      attributes: { city: 'Beijing' },
      consent: { email: { status: 'granted', source: 'store form' } },
    });
    const other = await api.post(`${base}/customers`, {
      name: 'Owner',
      identities: [{ kind: 'email', value: 'taken@example.com' }],
    });
    const text =
      '\uFEFF' +
      csv([
        ['Name', 'Phone', 'Email', 'City', 'Points', 'Tags', 'Email OK'],
        ['New Name', '13800000001', '', 'Shanghai', '10', '', 'yes'],
        ['Bad Email', '13800000002', 'not-an-email', '', '', '', ''],
        ['Short', '13800000003'],
        ['Thief', '13800000004', 'taken@example.com', '', '', '', ''],
        ['No Phone', '', 'nophone@example.com', '', '', '', ''],
        ['Points Bad', '13800000005', '', '', 'lots', '', ''],
        ['Fine', '13800000006', 'fine@example.com', '', '', 'vip', 'no'],
      ]);
    const up = await upload(ctx, api, base, 'customers.csv', Buffer.from(text));
    expect(up.body).toMatchObject({
      encoding: 'utf-8-bom',
      headers: ['Name', 'Phone', 'Email', 'City', 'Points', 'Tags', 'Email OK'],
    });
    expect(up.body.suggestedMapping).toMatchObject({
      City: 'attribute.city',
      Points: 'attribute.points',
      'Email OK': 'ignore',
    });

    const done = await startAndRun(api, base, up.body.id, {
      mapping: { ...up.body.suggestedMapping, 'Email OK': 'consent.email' },
      matchBy: 'phone',
      dryRun: false,
    });
    expect(done).toMatchObject({ status: 'done', processedRows: 7, inserted: 1, updated: 1, rejected: 5 });
    expect(done.inserted + done.updated + done.rejected).toBe(done.processedRows);

    const updated = (await api.get(`${base}/customers/${existing.body.id}`)).body;
    expect(updated).toMatchObject({
      name: 'New Name',
      tags: ['old'], // the empty Tags cell left them alone
      attributes: { city: 'Shanghai', points: 10 },
      // the same status again keeps when and where it was first given
      consent: { email: { status: 'granted', source: 'store form', at: existing.body.consent.email.at } },
    });
    expect((await customerByPhone(api, base, '13800000006')).consent.email).toMatchObject({
      status: 'withdrawn',
      source: 'import',
    });
    expect((await api.get(`${base}/customers/${other.body.id}`)).body.identities).toHaveLength(1);
    expect((await api.get(`${base}/customers?q=13800000004`)).body.items).toEqual([]);

    const report = await ctx.app.inject({
      method: 'GET',
      url: `${base}/customer-imports/${up.body.id}/rejects.csv`,
      headers: { cookie: api.cookie! },
    });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(report.headers['content-disposition']).toContain('customers-rejects.csv');
    expect(report.body.startsWith('\uFEFF')).toBe(true);
    const rows = parse(report.body.slice(1)) as string[][];
    expect(rows[0]).toEqual([
      'row',
      'code',
      'field',
      'message',
      'Name',
      'Phone',
      'Email',
      'City',
      'Points',
      'Tags',
      'Email OK',
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['3', 'invalid_value', 'Email'],
      ['4', 'column_count', ''],
      ['5', 'identity_taken', 'Email'],
      ['6', 'missing_match_value', 'Phone'],
      ['7', 'invalid_value', 'Points'],
    ]);
    expect(rows[2]!.slice(4)).toEqual(['Short', '13800000003', '', '', '', '', '']);
    expect(rows[4]!.slice(4, 7)).toEqual(['No Phone', '', 'nophone@example.com']);
    expect(await count(ws.id, 'customer_import_rejects')).toBe(5);
  });

  it('imports time zones by their IANA names in any case, and rejects a zone that is not one', async () => {
    const { api, base } = await importWorkspace(ctx);
    const kept = await api.post(`${base}/customers`, {
      name: 'Kept',
      identities: [{ kind: 'phone', value: '13900000001' }],
      timeZone: 'Europe/Madrid',
    });
    const text = csv([
      ['Phone', 'Time zone'],
      ['13900000001', ''],
      ['13900000002', 'asia/shanghai'],
      ['13900000003', 'Mars/Olympus'],
      ['13900000004', 'UTC'],
    ]);
    const up = await upload(ctx, api, base, 'zones.csv', Buffer.from(text));
    expect(up.body.suggestedMapping).toEqual({ Phone: 'phone', 'Time zone': 'time_zone' });
    const done = await startAndRun(api, base, up.body.id, {
      mapping: up.body.suggestedMapping,
      matchBy: 'phone',
      dryRun: false,
    });
    expect(done).toMatchObject({ status: 'done', inserted: 2, updated: 1, rejected: 1 });
    // The empty cell left the zone the customer had.
    expect((await api.get(`${base}/customers/${kept.body.id}`)).body.timeZone).toBe('Europe/Madrid');
    expect((await customerByPhone(api, base, '13900000002')).timeZone).toBe('Asia/Shanghai');
    expect((await customerByPhone(api, base, '13900000004')).timeZone).toBe('UTC');
    expect((await api.get(`${base}/customers?q=13900000003`)).body.items).toEqual([]);
  });

  it('reads UTF-16LE "Unicode text" (tab-separated) and a semicolon CSV in Windows-1252', async () => {
    const { api, base } = await importWorkspace(ctx);
    const unicode = iconv.encode(
      '姓名\t手机\t邮箱\r\n陈静\t13600136000\tchen.jing@example.com\r\n',
      'utf-16le',
      {
        addBOM: true,
      },
    );
    const up16 = await upload(ctx, api, base, 'unicode.txt', unicode);
    expect(up16.body).toMatchObject({
      encoding: 'utf-16le',
      delimiter: '\t',
      headers: ['姓名', '手机', '邮箱'],
    });
    const done16 = await startAndRun(api, base, up16.body.id, {
      mapping: up16.body.suggestedMapping,
      matchBy: 'email',
      dryRun: false,
    });
    expect(done16).toMatchObject({ status: 'done', inserted: 1, rejected: 0 });
    expect((await customerByPhone(api, base, '13600136000')).name).toBe('陈静');

    const spanish = iconv.encode(
      'nombre;teléfono;correo\r\nJosé Muñoz;+34 600 123 123;jose@example.es\r\nAna Núñez;+34 600 123 124;ana@example.es\r\n',
      'windows-1252',
    );
    const upEs = await upload(ctx, api, base, 'clientes.csv', spanish);
    expect(upEs.body).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      suggestedMapping: { nombre: 'name', teléfono: 'phone', correo: 'email' },
    });
    const doneEs = await startAndRun(api, base, upEs.body.id, {
      mapping: upEs.body.suggestedMapping,
      matchBy: 'email',
      dryRun: false,
    });
    expect(doneEs).toMatchObject({ status: 'done', inserted: 2 });
    expect((await customerByPhone(api, base, '+34600123124')).name).toBe('Ana Núñez');
  });

  it('imports an XLSX workbook: numbers, dates and Chinese text from the cells', async () => {
    const { api, base } = await importWorkspace(ctx);
    await api.post(`${base}/customer-fields`, { key: 'birthday', label: '生日', type: 'date' });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('客户');
    sheet.addRow(['姓名', '手机', '生日', '会员号']);
    sheet.addRow(['赵六', 13500135000, new Date(Date.UTC(1990, 4, 1)), 'M9']);
    sheet.addRow(['钱七', '13400134000', null, 'M10']);
    sheet.getCell('C2').numFmt = 'yyyy-mm-dd';
    const up = await upload(ctx, api, base, '客户.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      headers: ['姓名', '手机', '生日', '会员号'],
      preview: [
        ['赵六', '13500135000', '1990-05-01', 'M9'],
        ['钱七', '13400134000', '', 'M10'],
      ],
      suggestedMapping: { 姓名: 'name', 手机: 'phone', 生日: 'attribute.birthday', 会员号: 'member_id' },
    });
    const done = await startAndRun(api, base, up.body.id, {
      mapping: up.body.suggestedMapping,
      matchBy: 'member_id',
      dryRun: false,
    });
    expect(done).toMatchObject({ status: 'done', totalRows: 2, inserted: 2, rejected: 0 });
    expect(await customerByPhone(api, base, '13500135000')).toMatchObject({
      name: '赵六',
      attributes: { birthday: '1990-05-01' },
    });
  });

  it('runs 12,345 rows in batches with exact counts: a dry run writes nothing and counts what the real run then does', async () => {
    const { ws, api, base } = await importWorkspace(ctx);
    const phone = (i: number) => String(13900000000 + (i === 7000 ? 100 : i === 20 ? 10 : i));
    const rows: string[][] = [['name', 'phone', 'email']];
    for (let i = 0; i < 12345; i++) {
      rows.push([`客户${i}`, phone(i), i % 1000 === 999 ? `bad-email-${i}` : `u${i}@example.com`]);
    }
    const up = await upload(ctx, api, base, 'big.csv', Buffer.from(csv(rows)));
    const body = { mapping: up.body.suggestedMapping, matchBy: 'phone', dryRun: true };
    // 12 bad emails; rows 20 and 7000 repeat an earlier phone (same batch, and across batches).
    const expected = { processedRows: 12345, totalRows: 12345, inserted: 12331, updated: 2, rejected: 12 };

    const dry = await startAndRun(api, base, up.body.id, body);
    expect(dry).toMatchObject({ status: 'done', dryRun: true, ...expected });
    expect(await count(ws.id, 'customers')).toBe(0);
    expect(await count(ws.id, 'customer_identities')).toBe(0);
    expect(await storedFiles(ctx, ws.id)).toEqual([up.body.id]); // kept for the real run

    const real = await startAndRun(api, base, up.body.id, { ...body, dryRun: false });
    expect(real).toMatchObject({ status: 'done', dryRun: false, ...expected });
    expect(await count(ws.id, 'customers')).toBe(12331);
    // each customer's phone and email; rows 20 and 7000 added a second email to theirs
    expect(await count(ws.id, 'customer_identities')).toBe(12331 * 2 + 2);
    expect(await count(ws.id, 'customer_import_rejects')).toBe(12);
    expect((await customerByPhone(api, base, phone(100))).name).toBe('客户7000');
    expect(await storedFiles(ctx, ws.id)).toEqual([]);
  });

  it('stops a running import at the next batch when cancelled, with the progress of the batches done', async () => {
    const { ws, api, base } = await importWorkspace(ctx);
    const rows = [
      ['name', 'email'],
      ...Array.from({ length: 12000 }, (_, i) => [`c${i}`, `c${i}@example.com`]),
    ];
    const up = await upload(ctx, api, base, 'cancel.csv', Buffer.from(csv(rows)));
    await api.post(`${base}/customer-imports/${up.body.id}/start`, {
      mapping: up.body.suggestedMapping,
      matchBy: 'email',
      dryRun: false,
    });
    let during: any = null;
    await runImport(
      {
        db: ctx.db,
        dataDir: ctx.env.dataDir,
        log: pino({ level: 'silent' }),
        afterBatch: async () => {
          if (during) return;
          during = (await api.get(`${base}/customer-imports/${up.body.id}`)).body;
          expect((await api.post(`${base}/customer-imports/${up.body.id}/cancel`)).status).toBe(200);
        },
      },
      { workspaceId: ws.id, importId: up.body.id },
    );
    expect(during).toMatchObject({
      status: 'running',
      totalRows: 12000,
      processedRows: 5000,
      inserted: 5000,
    });
    const after = (await api.get(`${base}/customer-imports/${up.body.id}`)).body;
    expect(after).toMatchObject({ status: 'cancelled', processedRows: 5000, inserted: 5000 });
    expect(await count(ws.id, 'customers')).toBe(5000);
    expect(await storedFiles(ctx, ws.id)).toEqual([]);

    // Cancelled before its job ran: the job does nothing.
    const queued = await upload(ctx, api, base, 'later.csv', Buffer.from(csv(rows.slice(0, 10))));
    await api.post(`${base}/customer-imports/${queued.body.id}/start`, {
      mapping: queued.body.suggestedMapping,
      matchBy: 'email',
      dryRun: false,
    });
    expect((await api.post(`${base}/customer-imports/${queued.body.id}/cancel`)).body.status).toBe(
      'cancelled',
    );
    await runImportJobs(ctx);
    expect((await api.get(`${base}/customer-imports/${queued.body.id}`)).body).toMatchObject({
      status: 'cancelled',
      processedRows: 0,
    });
    expect(await count(ws.id, 'customers')).toBe(5000);
  });

  it('marks an import failed, with the reason, when the file breaks after the first batch', async () => {
    const { ws, api, base } = await importWorkspace(ctx);
    const rows = [
      ['name', 'email'],
      ...Array.from({ length: 6000 }, (_, i) => [`c${i}`, `c${i}@example.com`]),
    ];
    const broken = csv(rows) + '"never closed,x@example.com\r\nmore,y@example.com\r\n';
    const up = await upload(ctx, api, base, 'broken.csv', Buffer.from(broken));
    const failed = await startAndRun(api, base, up.body.id, {
      mapping: up.body.suggestedMapping,
      matchBy: 'email',
      dryRun: false,
    });
    expect(failed).toMatchObject({ status: 'failed', processedRows: 5000, inserted: 5000 });
    expect(failed.error).toMatch(/Quote Not Closed/i);
    expect(await storedFiles(ctx, ws.id)).toEqual([]);
    const event = await inWorkspace(ctx.db, ws.id, (tx) =>
      tx
        .selectFrom('events')
        .select('payload')
        .where('workspace_id', '=', ws.id)
        .where('type', '=', 'customer_import.finished')
        .executeTakeFirstOrThrow(),
    );
    expect(event.payload).toMatchObject({ status: 'failed', processedRows: 5000 });
  });

  it('carries on after the last committed batch when the worker died mid-import', async () => {
    const { ws, api, base } = await importWorkspace(ctx);
    const rows = [['name', 'email'], ...Array.from({ length: 10 }, (_, i) => [`c${i}`, `c${i}@example.com`])];
    const up = await upload(ctx, api, base, 'resume.csv', Buffer.from(csv(rows)));
    await api.post(`${base}/customer-imports/${up.body.id}/start`, {
      mapping: up.body.suggestedMapping,
      matchBy: 'email',
      dryRun: false,
    });
    // As a worker leaves it when killed after committing a batch of 4 rows (whose customers it made).
    await inWorkspace(ctx.db, ws.id, (tx) =>
      sql`UPDATE customer_imports SET status = 'running', processed_rows = 4, inserted = 4
          WHERE workspace_id = ${ws.id} AND id = ${up.body.id}`.execute(tx),
    );
    await runImportJobs(ctx);
    expect((await api.get(`${base}/customer-imports/${up.body.id}`)).body).toMatchObject({
      status: 'done',
      processedRows: 10,
      inserted: 10,
    });
    expect(await count(ws.id, 'customers')).toBe(6); // rows 5–10 only: the first four were the dead worker's
  });
});
