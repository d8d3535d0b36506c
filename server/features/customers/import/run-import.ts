// The customers.import job: streams the stored file through the mapping into the customers, a
// batch at a time, in constant memory. While one batch is written (in PostgreSQL, on the other
// core) the next is read and checked here. Progress commits with each batch, so GET shows it and
// a cancel takes effect at the next one. At the end the import is `done` (counts exact, file
// removed unless it was a dry run, which keeps it for the real run), or `failed` with the error.
// Every row is counted once: processed = inserted + updated + rejected.
//
// No customer.created event is published per imported row: an import of a million rows would
// flood every webhook. One customer_import.finished event carries the counts instead.
import type { Logger } from 'pino';
import type { Db, Tx } from '../../../db/database';
import { inWorkspace } from '../../../db/database';
import type { ImportStatus } from '../../../db/schema';
import type { IdentityKind } from '../../../../common/customers/identities';
import { AppError } from '../../../platform/errors';
import { publishEvent } from '../../../platform/events/publish-event';
import { fieldsOf } from '../attributes';
import { phoneCountryOf } from '../store';
import { checkMapping } from './check-mapping';
import { countCsvRows } from './count-rows';
import type { Delimiter } from './detect-delimiter';
import type { Encoding } from './detect-encoding';
import { importFile, removeImportFile } from './files';
import { rowMapper, type Candidate, type Reject } from './map-row';
import { readRows, type FileFormat } from './read-rows';
import {
  createClaimsTable,
  deleteRejects,
  dropClaimsTable,
  findImport,
  updateImport,
  type ImportRow,
} from './store';
import { writeBatch, type BatchContext } from './write-batch';

/** Rows per batch and transaction: big enough that round trips do not count, small enough to stay light. */
export const BATCH_ROWS = 5000;

export interface ImportJobDeps {
  db: Db;
  dataDir: string;
  log: Logger;
  /** Called after each batch has committed, before the next is written (tests cancel there). */
  afterBatch?: () => Promise<void>;
}

export interface ImportJobRef {
  workspaceId: string;
  importId: string;
}

export async function runImport(deps: ImportJobDeps, ref: ImportJobRef): Promise<void> {
  const begun = await inWorkspace(deps.db, ref.workspaceId, (tx) => beginRun(tx, ref));
  if (begun === 'cancelled') await removeImportFile(deps.dataDir, ref.workspaceId, ref.importId);
  if (typeof begun === 'string') return;
  const { row, skip } = begun;
  let outcome: 'done' | 'stopped';
  try {
    outcome = await importRows(deps, row, skip);
  } catch (e) {
    await fail(deps, row, e);
    return;
  }
  if (outcome === 'done') await finish(deps, row);
  if (outcome === 'stopped' || !row.dry_run)
    await removeImportFile(deps.dataDir, ref.workspaceId, ref.importId);
}

type Begun = 'cancelled' | 'nothing' | { row: ImportRow; skip: number };

/** queued → running. Found running: the worker died in a previous attempt; carry on after its last batch. */
async function beginRun(tx: Tx, ref: ImportJobRef): Promise<Begun> {
  const row = await findImport(tx, ref.workspaceId, ref.importId, { lock: true });
  if (!row) return 'nothing';
  if (row.status === 'cancelled') return 'cancelled';
  if (row.status === 'queued') {
    const running = await updateImport(tx, ref.workspaceId, row.id, {
      status: 'running',
      started_at: new Date(),
    });
    return { row: running, skip: 0 };
  }
  if (row.status !== 'running') return 'nothing';
  if (!row.dry_run) return { row, skip: row.processed_rows };
  // A dry run's memory of what it would have written died with its connection: count again.
  await deleteRejects(tx, ref.workspaceId, row.id);
  const again = await updateImport(tx, ref.workspaceId, row.id, {
    processed_rows: 0,
    inserted: 0,
    updated: 0,
    rejected: 0,
  });
  return { row: again, skip: 0 };
}

async function importRows(deps: ImportJobDeps, row: ImportRow, skip: number): Promise<'done' | 'stopped'> {
  const ws = row.workspace_id;
  const file = importFile(deps.dataDir, ws, row.id);
  const matchBy = row.match_by as IdentityKind;
  const { fields, phoneCountry } = await inWorkspace(deps.db, ws, async (tx) => ({
    fields: await fieldsOf(tx, ws),
    phoneCountry: await phoneCountryOf(tx, ws),
  }));
  // Checked at the start too; a custom field may have been deleted since.
  const targets = checkMapping(row.headers, row.mapping ?? {}, matchBy, new Set(fields.map((f) => f.key)));
  const mapRow = rowMapper({ headers: row.headers, targets, matchBy, fields, phoneCountry });
  const format: FileFormat = {
    format: row.format,
    encoding: row.encoding as Encoding | null,
    delimiter: row.delimiter as Delimiter | null,
  };
  if (row.format === 'csv' && row.total_rows === null) {
    const total = await countCsvRows(file, format.encoding ?? 'utf-8', format.delimiter ?? ',');
    await inWorkspace(deps.db, ws, (tx) => updateImport(tx, ws, row.id, { total_rows: total }));
  }
  const ctx: BatchContext = {
    workspaceId: ws,
    importId: row.id,
    headers: row.headers,
    matchBy,
    dryRun: row.dry_run,
  };

  // One connection for the whole run: a dry run keeps its temporary table of claims on it.
  return deps.db.connection().execute(async (conn) => {
    if (ctx.dryRun) await createClaimsTable(conn);
    try {
      let candidates: Candidate[] = [];
      let rejects: Reject[] = [];
      let inFlight: Promise<boolean> | null = null;
      /** Waits for the batch being written, then starts writing the one just read. */
      const flush = async (): Promise<boolean> => {
        if (inFlight) {
          if (!(await inFlight)) return false;
          await deps.afterBatch?.();
        }
        const batch = { candidates, rejects, size: candidates.length + rejects.length };
        candidates = [];
        rejects = [];
        inFlight = writeBatch(conn, ctx, batch);
        inFlight.catch(() => {}); // awaited at the next flush or below; not unhandled meanwhile
        return true;
      };

      try {
        let seen = -1; // the header row is row -1 of the data
        for await (const { row: rowNumber, cells } of readRows(file, format)) {
          if (++seen < 1 + skip) continue; // the header, then the rows of batches already committed
          const mapped = mapRow(rowNumber, cells);
          if (mapped.ok) candidates.push(mapped.candidate);
          else rejects.push(mapped.reject);
          if (candidates.length + rejects.length >= BATCH_ROWS && !(await flush())) return 'stopped';
        }
        if (candidates.length + rejects.length > 0 && !(await flush())) return 'stopped';
        return inFlight && !(await inFlight) ? 'stopped' : 'done';
      } finally {
        // Never hand the connection back with a batch still being written on it (a read error
        // can end the loop while one is in flight); its own error, if any, is already on its way.
        await (inFlight as Promise<boolean> | null)?.catch(() => {});
      }
    } finally {
      if (ctx.dryRun) await dropClaimsTable(conn).catch(() => {});
    }
  });
}

async function finish(deps: ImportJobDeps, row: ImportRow): Promise<void> {
  const ws = row.workspace_id;
  await inWorkspace(deps.db, ws, async (tx) => {
    const now = await findImport(tx, ws, row.id, { lock: true });
    if (now?.status !== 'running') return; // cancelled after the last batch
    const done = await updateImport(tx, ws, row.id, {
      status: 'done',
      finished_at: new Date(),
      total_rows: now.processed_rows,
      // A dry run keeps its file (and so its preview) for the real run.
      ...(row.dry_run ? {} : { preview: '[]' }),
    });
    await publishFinished(tx, done);
  });
}

async function fail(deps: ImportJobDeps, row: ImportRow, error: unknown): Promise<void> {
  const ws = row.workspace_id;
  const message =
    error instanceof AppError
      ? error.message
      : `The import stopped: ${(error as Error)?.message ?? String(error)}`;
  deps.log.warn({ workspaceId: ws, importId: row.id, err: error }, 'customer import failed');
  await inWorkspace(deps.db, ws, async (tx) => {
    const now = await findImport(tx, ws, row.id, { lock: true });
    if (now?.status !== 'running') return;
    const failed = await updateImport(tx, ws, row.id, {
      status: 'failed',
      error: message.slice(0, 1000),
      finished_at: new Date(),
      preview: '[]',
    });
    await publishFinished(tx, failed);
  });
  await removeImportFile(deps.dataDir, ws, row.id);
}

function publishFinished(tx: Tx, row: ImportRow) {
  return publishEvent(tx, row.workspace_id, 'customer_import.finished', {
    importId: row.id,
    status: row.status as ImportStatus,
    dryRun: row.dry_run,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    inserted: row.inserted,
    updated: row.updated,
    rejected: row.rejected,
    error: row.error,
  });
}
