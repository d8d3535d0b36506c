// The analytics.export job. A raw-data export (CSV, XLSX, SPSS) reads the responses in scope
// (scope/response-scope.ts: the same filters as every analytics figure) a batch at a time by id, up
// to the last id in scope when it started, so memory stays flat and later responses do not creep
// in; each batch goes to the file and its count to `processed` in its own short transaction, so
// GET shows the progress. A report (PDF, DOCX) is rendered by reports/render-report.ts in one go.
// The file is written as `<id>.<ext>.part` and renamed when whole. Then the export is `done`, or
// `failed` with the error (the job does not throw: a second attempt would do the same); either way
// it expires after 7 days, when the analytics.export.expire job removes file and row. Deleted
// while running: the job sees its row gone at the next batch and drops its partial file.
import fs from 'node:fs/promises';
import type { Logger } from 'pino';
import type { Db, Tx } from '../../../db/database';
import { inWorkspace } from '../../../db/database';
import { AppError } from '../../../platform/errors';
import { renderReport } from '../reports/render-report';
import { responseScope, workspaceTimeZone } from '../scope/response-scope';
import { exportColumns } from './columns';
import { openCsvSink } from './csv-sink';
import { loadExportSurvey } from './export-questions';
import { downloadName, exportDir, exportFile, partFile, removeExportFiles } from './files';
import { openSavSink } from './sav-sink';
import { exportJobParams } from './schemas';
import type { ExportSink, SinkOptions } from './sink';
import {
  enqueueExpiry,
  findExport,
  responseBatch,
  scopeSize,
  textWidths,
  updateExport,
  type ExportRecord,
} from './store';
import { openXlsxSink } from './xlsx-sink';

/** Responses per batch: round trips do not count, and a batch is a few MB at most. */
export const BATCH_SIZE = 2000;
export const KEEP_DAYS = 7;

export interface ExportJobDeps {
  db: Db;
  dataDir: string;
  log: Logger;
  /** Tests make batches small to watch the progress. */
  batchSize?: number;
  /** Called after each batch's progress has committed (tests look, or delete the export, there). */
  afterBatch?: (processed: number) => Promise<void>;
}

export interface ExportJobRef {
  workspaceId: string;
  exportId: string;
}

/** What the job made: the name people will see, or null when the export was deleted meanwhile. */
type Made = { fileName: string; processed: number; total: number } | null;

const SINKS: Record<'csv' | 'xlsx' | 'sav', (opts: SinkOptions) => Promise<ExportSink>> = {
  csv: openCsvSink,
  xlsx: openXlsxSink,
  sav: openSavSink,
};

export async function runExport(deps: ExportJobDeps, ref: ExportJobRef): Promise<void> {
  const row = await inWorkspace(deps.db, ref.workspaceId, (tx) => beginRun(tx, ref));
  if (!row) return;
  const part = partFile(deps.dataDir, row.workspace_id, row.id, row.format);
  let made: Made;
  try {
    await fs.mkdir(exportDir(deps.dataDir, row.workspace_id), { recursive: true });
    made =
      row.format === 'pdf' || row.format === 'docx'
        ? await writeReport(deps, row, part)
        : await writeResponses(deps, row, part);
  } catch (e) {
    await fs.rm(part, { force: true }).catch(() => {});
    await fail(deps, row, e);
    return;
  }
  if (!made) {
    await fs.rm(part, { force: true }).catch(() => {});
    return;
  }
  const file = exportFile(deps.dataDir, row.workspace_id, row.id, row.format);
  await fs.rename(part, file);
  const { size } = await fs.stat(file);
  const done = await inWorkspace(deps.db, row.workspace_id, (tx) => finish(tx, row, made, size));
  if (!done) await removeExportFiles(deps.dataDir, row.workspace_id, row.id, row.format);
}

/** queued → running. Found running: the worker died under a previous attempt; start again. */
async function beginRun(tx: Tx, ref: ExportJobRef): Promise<ExportRecord | null> {
  const row = await findExport(tx, ref.workspaceId, ref.exportId, { lock: true });
  if (!row || (row.status !== 'queued' && row.status !== 'running')) return null;
  return (
    (await updateExport(tx, ref.workspaceId, row.id, {
      status: 'running',
      processed: 0,
      total: null,
      error: null,
    })) ?? null
  );
}

async function writeResponses(deps: ExportJobDeps, row: ExportRecord, part: string): Promise<Made> {
  const ws = row.workspace_id;
  const params = exportJobParams.parse(row.params);
  const limit = deps.batchSize ?? BATCH_SIZE;
  const prepared = await inWorkspace(deps.db, ws, async (tx) => {
    const survey = await loadExportSurvey(tx, ws, row.survey_id);
    const columns = exportColumns(survey, params);
    const scope = await responseScope(tx, ws, row.survey_id, params.filters);
    const { total, lastId } = await scopeSize(tx, scope);
    const widths =
      row.format === 'sav' ? await textWidths(tx, ws, scope, columns) : new Map<string, number>();
    const timeZone = await workspaceTimeZone(tx, ws);
    const still = await updateExport(tx, ws, row.id, { total });
    return still && { survey, columns, scope, lastId, widths, timeZone };
  });
  if (!prepared) return null;
  const { survey, columns, scope, lastId, widths, timeZone } = prepared;

  const sink = await SINKS[row.format as 'csv' | 'xlsx' | 'sav']({
    path: part,
    columns,
    language: params.language,
    title: survey.name,
    textWidths: widths,
  });
  let processed = 0;
  try {
    let afterId: string | null = null;
    while (lastId) {
      const rows = await inWorkspace(deps.db, ws, (tx) =>
        responseBatch(tx, ws, scope, timeZone, { afterId, lastId, limit }),
      );
      if (!rows.length) break;
      await sink.add(rows);
      processed += rows.length;
      afterId = rows[rows.length - 1]!.id;
      const still = await inWorkspace(deps.db, ws, (tx) => updateExport(tx, ws, row.id, { processed }));
      if (!still) {
        await sink.close();
        return null;
      }
      await deps.afterBatch?.(processed);
      if (rows.length < limit) break;
    }
    await sink.finish();
  } catch (e) {
    await sink.close();
    throw e;
  }
  return { fileName: downloadName(survey.name, today(timeZone), row.format), processed, total: processed };
}

async function writeReport(deps: ExportJobDeps, row: ExportRecord, part: string): Promise<Made> {
  const params = exportJobParams.parse(row.params);
  const ws = row.workspace_id;
  const still = await inWorkspace(deps.db, ws, (tx) => updateExport(tx, ws, row.id, { total: 1 }));
  if (!still) return null;
  const report = await inWorkspace(deps.db, ws, (tx) =>
    renderReport(tx, ws, {
      surveyId: row.survey_id,
      format: row.format as 'pdf' | 'docx',
      filters: params.filters,
      language: params.language,
    }),
  );
  await fs.writeFile(part, report.buffer);
  return { fileName: report.fileName, processed: 1, total: 1 };
}

/** The day in the workspace's time zone, for the file name. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

const expiry = (from: Date) => new Date(from.getTime() + KEEP_DAYS * 24 * 3600 * 1000);

async function finish(tx: Tx, row: ExportRecord, made: NonNullable<Made>, size: number) {
  const now = new Date();
  const done = await updateExport(tx, row.workspace_id, row.id, {
    status: 'done',
    processed: made.processed,
    total: made.total,
    file_name: made.fileName,
    byte_size: size,
    finished_at: now,
    expires_at: expiry(now),
  });
  if (done) await enqueueExpiry(tx, row.workspace_id, row.id, expiry(now));
  return done;
}

async function fail(deps: ExportJobDeps, row: ExportRecord, error: unknown): Promise<void> {
  const ws = row.workspace_id;
  const message =
    error instanceof AppError
      ? error.message
      : `The export stopped: ${(error as Error)?.message ?? String(error)}`;
  deps.log.warn({ workspaceId: ws, exportId: row.id, err: error }, 'analytics export failed');
  const now = new Date();
  await inWorkspace(deps.db, ws, async (tx) => {
    const failed = await updateExport(tx, ws, row.id, {
      status: 'failed',
      error: message.slice(0, 1000),
      finished_at: now,
      expires_at: expiry(now),
    });
    if (failed) await enqueueExpiry(tx, ws, row.id, expiry(now));
  });
}
