// Exports end to end on a real PostgreSQL: ask through the API, run the queued job as the worker
// does, download, and read the file back — CSV (csv-parse), XLSX (exceljs), SPSS (pspp-convert and
// a byte-level reader). Then the job's progress, failure, deletion, expiry, and who may do what.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricQuerySchema } from '../../../../common/analytics/query';
import { inWorkspace } from '../../../db/database';
import { signedIn } from '../../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { runMetricQuery } from '../query/run-metric-query';
import { rollUpWorkspace } from '../rollups/roll-up';
import { readSavDictionary } from './sav-test-reader';
import {
  EVERY_TYPE,
  exportWorkspace,
  insertTestResponses,
  runExportJobs,
  sampleResponses,
  testDataDir,
} from './test-helpers';

const run = promisify(execFile);
const dataDir = testDataDir();
const ctx = useTestApp({ env: { DATA_DIR: dataDir } });
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

let world: Awaited<ReturnType<typeof exportWorkspace>>;
beforeAll(async () => {
  world = await exportWorkspace(ctx, { timeZone: 'Asia/Shanghai' });
  await insertTestResponses(ctx, world.survey, EVERY_TYPE, sampleResponses(world.storeId, world.waveId));
});

const HEADER = [
  'response_id',
  'completed_at',
  'language',
  'channel',
  'location_code',
  'location_name',
  'wave',
  'customer_id',
  'nps',
  'sat',
  'effort',
  'stars',
  'spend',
  'visit',
  'visit_other',
  'city',
  'issues_wait',
  'issues_food',
  'issues_other',
  'rank_price',
  'rank_taste',
  'grid_clean',
  'grid_staff',
  'wifi_importance',
  'wifi_performance',
  'comment',
  'visited_on',
  'callback',
  'reach_email',
  'reach_phone',
  'by_',
];

/** Asks for an export, runs the job, checks it is done, and downloads the file. */
async function exportAndDownload(body: Record<string, unknown>) {
  const { api, base, survey } = world;
  const asked = await api.post(`${base}/analytics/exports`, { surveyId: survey.surveyId, ...body });
  expect(asked.status, JSON.stringify(asked.body)).toBe(202);
  await runExportJobs(ctx);
  const done = await api.get(`${base}/analytics/exports/${asked.body.id}`);
  expect(done.body).toMatchObject({ status: 'done', error: null });
  const file = await api.get(done.body.downloadUrl);
  expect(file.status).toBe(200);
  return { exp: done.body, file };
}

const byColumn = (header: string[], row: string[]) => Object.fromEntries(header.map((h, i) => [h, row[i]]));

describe('analytics exports', () => {
  it('exports CSV: BOM, Chinese intact, formulas neutralised, only the filtered responses, progress to total', async () => {
    const { api, base, survey, ws } = world;
    const asked = await api.post(`${base}/analytics/exports`, {
      surveyId: survey.surveyId,
      format: 'csv',
      filters: { channels: ['qr'] },
      language: 'zh-CN',
    });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({
      status: 'queued',
      processed: 0,
      total: null,
      downloadUrl: null,
      format: 'csv',
    });
    const early = await api.get(`${base}/analytics/exports/${asked.body.id}/file`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('export_not_ready');

    await runExportJobs(ctx);
    const done = (await api.get(`${base}/analytics/exports/${asked.body.id}`)).body;
    expect(done).toMatchObject({ status: 'done', processed: 4, total: 4, language: 'zh-CN' });
    expect(done.fileName).toMatch(/^门店满意度 2026-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(done.downloadUrl).toBe(`${base}/analytics/exports/${done.id}/file`);
    expect(new Date(done.expiresAt).getTime() - new Date(done.finishedAt).getTime()).toBe(
      7 * 24 * 3600 * 1000,
    );

    const file = await api.get(done.downloadUrl);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="${done.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(done.fileName)}`,
    );
    expect(file.raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(done.byteSize).toBe(file.raw.length);
    const [header, ...rows] = parse(file.raw.toString('utf8'), { bom: true }) as string[][];
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(4);
    const full = byColumn(header!, rows[0]!);
    expect(full).toMatchObject({
      completed_at: '2026-03-01 10:30:00', // 02:30 UTC in Shanghai
      language: 'zh-CN',
      channel: 'qr',
      location_code: 'sh-001',
      location_name: '静安店',
      wave: '2',
      nps: '10',
      spend: '12.5',
      visit: '堂食',
      visit_other: '',
      city: '上海',
      issues_wait: '1',
      issues_food: '0',
      issues_other: '太吵了',
      rank_price: '2',
      rank_taste: '1',
      grid_clean: '3',
      wifi_performance: '2',
      comment: '服务很好，下次再来',
      visited_on: '2026-03-01',
      callback: '1',
      reach_email: 'li@example.com',
      reach_phone: "'+8613800138000", // a leading + is neutralised too
      by_: '3',
    });
    const other = byColumn(header!, rows[1]!);
    expect(other).toMatchObject({
      visit: '其他',
      visit_other: '外卖骑手',
      comment: "'=1+1",
      callback: '0',
      stars: '',
    });
    expect(byColumn(header!, rows[2]!)).toMatchObject({ issues_wait: '0', issues_food: '0', city: '' });
    expect(byColumn(header!, rows[3]!).comment).toBe("'+SUM(A1)");

    const stored = await fs.readdir(path.join(dataDir, 'exports', ws.id));
    expect(stored).toContain(`${done.id}.csv`);
    expect(stored.some((f) => f.endsWith('.part'))).toBe(false);
    const audit = await api.get(`${base}/audit-log?action=analytics_export.downloaded`);
    expect(audit.body.items.length).toBeGreaterThanOrEqual(1);
  });

  it('exports XLSX with raw rows, a labels sheet and summaries equal to the metric engine', async () => {
    const { file } = await exportAndDownload({ format: 'xlsx', language: 'zh-CN' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.raw as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Responses', 'Labels', 'Summary', 'Distribution']);

    const responses = book.getWorksheet('Responses')!;
    expect(responses.rowCount).toBe(1 + 5);
    expect((responses.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    const col = (name: string) => HEADER.indexOf(name) + 1;
    const first = responses.getRow(2);
    expect(first.getCell(col('completed_at')).value).toEqual(new Date(Date.UTC(2026, 2, 1, 10, 30, 0)));
    expect(first.getCell(col('visit')).value).toBe('堂食');
    expect(first.getCell(col('nps')).value).toBe(10);
    expect(first.getCell(col('comment')).value).toBe('服务很好，下次再来');
    expect(responses.getRow(3).getCell(col('comment')).value).toBe('=1+1'); // a string cell, not a formula

    const labels = book.getWorksheet('Labels')!;
    const labelRows = labels
      .getSheetValues()
      .slice(2)
      .map((r) => Array.from({ length: 4 }, (_, i) => (r as unknown[])[i + 1] ?? null));
    expect(labelRows).toContainEqual(['nps', '您向朋友推荐我们的可能性有多大？', null, null]);
    expect(labelRows).toContainEqual(['visit', null, 1, '堂食']);
    expect(labelRows).toContainEqual(['visit', null, 3, '其他']);
    expect(labelRows).toContainEqual(['grid_clean', null, 3, '好']);
    expect(labelRows).toContainEqual(['issues_wait', '哪里做得不好？ [等待时间]', null, null]);

    const summary = book.getWorksheet('Summary')!;
    const lineOf = (name: string) =>
      (summary.getSheetValues().find((r) => Array.isArray(r) && r[1] === name) as unknown[]).slice(1);
    const [, npsLabel, npsN, , , npsValue] = lineOf('nps');
    expect([npsLabel, npsN]).toEqual(['您向朋友推荐我们的可能性有多大？', 5]);
    const [, , satN, satMean, , , , , , csatValue] = lineOf('sat');
    expect([satN, satMean, csatValue]).toEqual([5, 3, 40]);

    const engine = await inWorkspace(ctx.db, world.ws.id, async (tx) => {
      await rollUpWorkspace(tx, world.ws.id);
      return runMetricQuery(
        tx,
        world.ws.id,
        metricQuerySchema.parse({
          surveyId: world.survey.surveyId,
          metric: { kind: 'nps', questionId: 'nps' },
        }),
      );
    });
    expect(engine.total.metric.n).toBe(5);
    expect(npsValue).toBeCloseTo(engine.total.metric.value!, 10);
    expect(npsValue).toBeCloseTo(20, 10); // promoters 10, 9; detractor 3; of 5

    const distribution = book.getWorksheet('Distribution')!;
    const dist = distribution
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1, 4));
    expect(dist).toContainEqual(['您的到店方式？', '堂食', 1]);
    expect(dist).toContainEqual(['您的到店方式？', '其他', 1]);
    expect(dist).toContainEqual(['哪里做得不好？', '等待时间', 1]);
  });

  it('exports SPSS .sav that PSPP reads, with Chinese variable and value labels', async () => {
    const { exp, file } = await exportAndDownload({ format: 'sav', language: 'zh-CN' });
    expect(exp.fileName).toMatch(/\.sav$/);
    const savPath = path.join(dataDir, 'read-back.sav');
    await fs.writeFile(savPath, file.raw);
    await run('pspp-convert', [savPath, `${savPath}.csv`]);
    await run('pspp-convert', ['--labels', savPath, `${savPath}.labels.csv`]);
    const [header, ...rows] = parse(await fs.readFile(`${savPath}.csv`, 'utf8')) as string[][];
    const [, ...labelled] = parse(await fs.readFile(`${savPath}.labels.csv`, 'utf8')) as string[][];
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(5);
    const full = byColumn(
      header!,
      rows[0]!.map((c) => c.trim()),
    );
    expect(full).toMatchObject({
      completed_at: '03/01/2026 10:30:00',
      location_name: '静安店',
      nps: '10',
      visit: '1',
      issues_other: '太吵了',
      comment: '服务很好，下次再来',
      grid_clean: '3',
    });
    expect(
      byColumn(
        header!,
        rows[1]!.map((c) => c.trim()),
      ),
    ).toMatchObject({ visit: '3', visit_other: '外卖骑手', stars: '' });
    expect(labelled.map((r) => byColumn(header!, r).visit!.trim())).toEqual(['堂食', '其他', '外带', '', '']);
    expect(byColumn(header!, labelled[0]!).grid_clean!.trim()).toBe('好');

    const sav = readSavDictionary(file.raw);
    expect(sav).toMatchObject({ recType: '$FL2', ncases: 5, characterCode: 65001, encoding: 'UTF-8' });
    const variable = (name: string) =>
      sav.variables.find((v) => sav.longNames.get(v.shortName) === name) ?? expect.fail(`no ${name}`);
    expect(variable('nps').label).toBe('您向朋友推荐我们的可能性有多大？');
    expect(variable('comment').width).toBe(Buffer.byteLength('服务很好，下次再来'));
    expect(sav.valueLabels.get(variable('visit').index)).toEqual(
      new Map([
        [1, '堂食'],
        [2, '外带'],
        [3, '其他'],
      ]),
    );
  });

  it('renders the report formats through the reports module', async () => {
    const pdf = await exportAndDownload({ format: 'pdf', language: 'zh-CN' });
    expect(pdf.exp).toMatchObject({ processed: 1, total: 1 });
    expect(pdf.file.headers['content-type']).toBe('application/pdf');
    expect(pdf.file.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await exportAndDownload({ format: 'docx' });
    expect(docx.file.raw.subarray(0, 2).toString()).toBe('PK');
    expect(docx.exp.fileName).toMatch(/\.docx$/);
  });

  it('lists exports newest first, by survey, a page at a time', async () => {
    const { api, base, survey } = world;
    const all = await api.get(`${base}/analytics/exports?surveyId=${survey.surveyId}&limit=200`);
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(3);
    const ids = all.body.items.map((e: { id: string }) => e.id);
    expect(ids).toEqual([...ids].sort().reverse());
    const page = await api.get(`${base}/analytics/exports?limit=1`);
    expect(page.body.items).toHaveLength(1);
    const next = await api.get(`${base}/analytics/exports?limit=1&cursor=${page.body.nextCursor}`);
    expect(next.body.items[0].id).toBe(ids[1]);
    const none = await api.get(`${base}/analytics/exports?surveyId=01a204da-2414-7cdd-945c-f040da0c91a6`);
    expect(none.body.items).toEqual([]);
  });

  it('refuses bad input with the field at fault', async () => {
    const { api, base, survey } = world;
    const cases: [Record<string, unknown>, string][] = [
      [{ surveyId: survey.surveyId, format: 'pptx' }, 'format'],
      [{ surveyId: 'nope', format: 'csv' }, 'surveyId'],
      [
        { surveyId: survey.surveyId, format: 'csv', filters: { from: '2026-02-01', to: '2026-01-01' } },
        'filters.to',
      ],
      [{ surveyId: survey.surveyId, format: 'csv', language: 'Chinese' }, 'language'],
    ];
    for (const [body, field] of cases) {
      const res = await api.post(`${base}/analytics/exports`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', field });
    }
    const missing = await api.post(`${base}/analytics/exports`, {
      surveyId: '01a204da-2414-7cdd-945c-f040da0c91a6',
      format: 'csv',
    });
    expect(missing.status).toBe(404);
  });

  it('lets owners, admins and analysts export; viewers and agents get 403; other workspaces 404', async () => {
    const { api, base, survey, ws } = world;
    const asked = await api.post(`${base}/analytics/exports`, { surveyId: survey.surveyId, format: 'csv' });
    for (const role of ['viewer', 'agent'] as const) {
      const user = await makeUser(ctx);
      await addMember(ctx, ws.id, user.id, role);
      const them = await signedIn(ctx.app, user);
      expect(
        (await them.post(`${base}/analytics/exports`, { surveyId: survey.surveyId, format: 'csv' })).status,
      ).toBe(403);
      expect((await them.get(`${base}/analytics/exports`)).status).toBe(403);
      expect((await them.get(`${base}/analytics/exports/${asked.body.id}/file`)).status).toBe(403);
    }
    const analyst = await makeUser(ctx);
    await addMember(ctx, ws.id, analyst.id, 'analyst');
    const asAnalyst = await signedIn(ctx.app, analyst);
    expect(
      (await asAnalyst.post(`${base}/analytics/exports`, { surveyId: survey.surveyId, format: 'csv' }))
        .status,
    ).toBe(202);

    const stranger = await makeUser(ctx);
    const theirs = await makeWorkspace(ctx, stranger, 'Other');
    const asStranger = await signedIn(ctx.app, stranger);
    expect((await asStranger.get(`${base}/analytics/exports/${asked.body.id}`)).status).toBe(404);
    const otherBase = `/api/v1/workspaces/${theirs.id}`;
    expect((await asStranger.get(`${otherBase}/analytics/exports/${asked.body.id}`)).status).toBe(404);
    expect((await asStranger.get(`${otherBase}/analytics/exports/${asked.body.id}/file`)).status).toBe(404);
    expect((await asStranger.delete(`${otherBase}/analytics/exports/${asked.body.id}`)).status).toBe(404);
    const withOurSurvey = await asStranger.post(`${otherBase}/analytics/exports`, {
      surveyId: survey.surveyId,
      format: 'csv',
    });
    expect(withOurSurvey.status).toBe(404);
    await runExportJobs(ctx);
  });

  it('deletes an export with its file, and audits asking for and deleting it', async () => {
    const { exp } = await exportAndDownload({ format: 'csv' });
    const { api, base, ws } = world;
    const file = path.join(dataDir, 'exports', ws.id, `${exp.id}.csv`);
    await fs.access(file);
    expect((await api.delete(`${base}/analytics/exports/${exp.id}`)).status).toBe(204);
    await expect(fs.access(file)).rejects.toThrow();
    expect((await api.get(`${base}/analytics/exports/${exp.id}`)).status).toBe(404);
    expect((await api.delete(`${base}/analytics/exports/${exp.id}`)).status).toBe(404);
    for (const action of ['analytics_export.created', 'analytics_export.deleted']) {
      const audit = await api.get(`${base}/audit-log?action=${action}`);
      expect(
        audit.body.items.some((a: { targetId: string }) => a.targetId === exp.id),
        action,
      ).toBe(true);
    }
  });

  it('queues the removal for when the export expires, and hides an expired one meanwhile', async () => {
    const { exp } = await exportAndDownload({ format: 'csv' });
    const { api, base, ws } = world;
    const jobs = await sql<{ task_identifier: string; run_at: Date; payload: { exportId: string } }>`
      SELECT t.identifier AS task_identifier, j.run_at, j.payload
      FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = 'analytics.export.expire'`.execute(ctx.db);
    const job = jobs.rows.find((j) => j.payload.exportId === exp.id);
    expect(job?.run_at.toISOString()).toBe(exp.expiresAt);

    await inWorkspace(ctx.db, ws.id, (tx) =>
      tx
        .updateTable('analytics_exports')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('workspace_id', '=', ws.id)
        .where('id', '=', exp.id)
        .execute(),
    );
    expect((await api.get(`${base}/analytics/exports/${exp.id}`)).status).toBe(404);
    expect((await api.get(`${base}/analytics/exports/${exp.id}/file`)).status).toBe(404);
    const list = await api.get(`${base}/analytics/exports?limit=200`);
    expect(list.body.items.map((e: { id: string }) => e.id)).not.toContain(exp.id);
    const { expireExport } = await import('./expire-export');
    expect(await expireExport(ctx.db, dataDir, { workspaceId: ws.id, exportId: exp.id })).toBe(true);
    await expect(fs.access(path.join(dataDir, 'exports', ws.id, `${exp.id}.csv`))).rejects.toThrow();
  });
});
