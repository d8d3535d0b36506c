// The export job on a real PostgreSQL, driven directly with small batches: the progress GET shows
// after each batch, a failure the API reports, a deletion mid-run, a run resumed after the worker
// died, and a filter that lets nothing through.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { inWorkspace } from '../../../db/database';
import { useTestApp } from '../../../test/test-app';
import { runExport, type ExportJobDeps } from './run-export';
import {
  EVERY_TYPE,
  exportWorkspace,
  insertTestResponses,
  runExportJobs,
  sampleResponses,
  silentLog,
  testDataDir,
} from './test-helpers';

const dataDir = testDataDir();
const ctx = useTestApp({ env: { DATA_DIR: dataDir } });
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

async function setUp() {
  const world = await exportWorkspace(ctx);
  await insertTestResponses(ctx, world.survey, EVERY_TYPE, sampleResponses(world.storeId, world.waveId));
  const ask = async (body: Record<string, unknown> = {}) => {
    const res = await world.api.post(`${world.base}/analytics/exports`, {
      surveyId: world.survey.surveyId,
      format: 'csv',
      ...body,
    });
    expect(res.status).toBe(202);
    return res.body.id as string;
  };
  const get = async (id: string) => (await world.api.get(`${world.base}/analytics/exports/${id}`)).body;
  const stored = () => fs.readdir(path.join(dataDir, 'exports', world.ws.id)).catch(() => [] as string[]);
  return { ...world, ask, get, stored };
}

const deps = (more: Partial<ExportJobDeps> = {}): ExportJobDeps => ({
  db: ctx.db,
  dataDir,
  log: silentLog,
  ...more,
});

describe('export job', () => {
  it('reports its progress after every batch until processed reaches total', async () => {
    const w = await setUp();
    for (const format of ['csv', 'xlsx', 'sav'] as const) {
      const id = await w.ask({ format });
      const seen: unknown[] = [];
      await runExport(
        deps({
          batchSize: 2,
          afterBatch: async (n) => {
            const now = await w.get(id);
            seen.push([n, now.status, now.processed, now.total]);
          },
        }),
        { workspaceId: w.ws.id, exportId: id },
      );
      expect(seen, format).toEqual([
        [2, 'running', 2, 5],
        [4, 'running', 4, 5],
        [5, 'running', 5, 5],
      ]);
      expect(await w.get(id)).toMatchObject({ status: 'done', processed: 5, total: 5 });
    }
    const csv = (await w.api.get(`${w.base}/analytics/exports?limit=200`)).body.items.find(
      (e: { format: string }) => e.format === 'csv',
    );
    const rows = parse((await w.api.get(csv.downloadUrl)).raw.toString('utf8'), { bom: true }) as string[][];
    expect(rows).toHaveLength(1 + 5); // the batches neither lose nor repeat a response
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(5);
  });

  it('marks the export failed with a message the API shows', async () => {
    const w = await setUp();
    // A file where the workspace's export folder should be: the job cannot write.
    await fs.mkdir(path.join(dataDir, 'exports'), { recursive: true });
    await fs.writeFile(path.join(dataDir, 'exports', w.ws.id), 'in the way');
    const id = await w.ask({ format: 'xlsx' });
    await runExportJobs(ctx);
    const failed = await w.get(id);
    expect(failed).toMatchObject({ status: 'failed', downloadUrl: null });
    expect(failed.error).toMatch(/^The export stopped: /);
    expect(failed.finishedAt).not.toBeNull();
    const file = await w.api.get(`${w.base}/analytics/exports/${id}/file`);
    expect(file.status).toBe(409);
    expect(file.body.error).toMatchObject({ code: 'export_not_ready' });
    expect(file.body.error.message).toMatch(/failed/);
    await fs.rm(path.join(dataDir, 'exports', w.ws.id));
  });

  it('stops when the export is deleted while it runs, leaving no file behind', async () => {
    const w = await setUp();
    const id = await w.ask();
    const seen: number[] = [];
    await runExport(
      deps({
        batchSize: 2,
        afterBatch: async (n) => {
          seen.push(n);
          if (n === 2) expect((await w.api.delete(`${w.base}/analytics/exports/${id}`)).status).toBe(204);
        },
      }),
      { workspaceId: w.ws.id, exportId: id },
    );
    expect(seen).toEqual([2]);
    expect((await w.api.get(`${w.base}/analytics/exports/${id}`)).status).toBe(404);
    expect(await w.stored()).toEqual([]);
  });

  it('starts again from the first response when the worker died under a previous attempt', async () => {
    const w = await setUp();
    const id = await w.ask();
    await inWorkspace(ctx.db, w.ws.id, (tx) =>
      tx
        .updateTable('analytics_exports')
        .set({ status: 'running', processed: 4, total: 5 })
        .where('workspace_id', '=', w.ws.id)
        .where('id', '=', id)
        .execute(),
    );
    await fs.mkdir(path.join(dataDir, 'exports', w.ws.id), { recursive: true });
    await fs.writeFile(path.join(dataDir, 'exports', w.ws.id, `${id}.csv.part`), 'half a file');
    await runExport(deps(), { workspaceId: w.ws.id, exportId: id });
    expect(await w.get(id)).toMatchObject({ status: 'done', processed: 5, total: 5 });
    const rows = parse((await w.api.get(`${w.base}/analytics/exports/${id}/file`)).raw.toString('utf8'), {
      bom: true,
    }) as string[][];
    expect(rows).toHaveLength(6);
    expect(await w.stored()).toEqual([`${id}.csv`]);
    // A second delivery of the same job finds it done and leaves it alone.
    await runExport(deps(), { workspaceId: w.ws.id, exportId: id });
    expect(await w.get(id)).toMatchObject({ status: 'done', processed: 5 });
  });

  it('writes a file with only the header when the filters let no response through', async () => {
    const w = await setUp();
    for (const format of ['csv', 'xlsx', 'sav'] as const) {
      const id = await w.ask({ format, filters: { from: '2030-01-01' } });
      await runExport(deps(), { workspaceId: w.ws.id, exportId: id });
      const done = await w.get(id);
      expect(done, format).toMatchObject({ status: 'done', processed: 0, total: 0 });
      expect((await w.api.get(done.downloadUrl)).status).toBe(200);
    }
  });
});
