// One batch of an import, in one transaction on the job's connection: lock the import row (a
// cancel waits, then stops the next batch), look up who holds the batch's identities (one query),
// plan in memory, then write with a handful of set-based statements — new customers, updates of
// existing ones, new identities, the rejects and the progress — whatever the batch size. A
// concurrent writer that takes an identity or removes a customer between the look-up and the
// writes makes the counts disagree: the batch is rolled back and planned again.
import { sql } from 'kysely';
import type { IdentityKind } from '../../../../common/customers/identities';
import type { Tx } from '../../../db/database';
import { newId, UUID } from '../../../platform/ids';
import type { Candidate, Reject } from './map-row';
import { identityKey } from '../identity';
import { planBatch, type CustomerWrite } from './plan-batch';
import {
  addProgress,
  identityOwners,
  insertClaims,
  insertCustomers,
  insertIdentities,
  insertRejects,
  lockImportStatus,
  updateCustomers,
  type RejectRecord,
} from './store';

export interface Batch {
  candidates: Candidate[];
  rejects: Reject[];
  /** Rows read: candidates + rejects. */
  size: number;
}

export interface BatchContext {
  workspaceId: string;
  importId: string;
  headers: string[];
  matchBy: IdentityKind;
  dryRun: boolean;
}

class Raced extends Error {}

const MAX_ATTEMPTS = 5;
/**
 * unique_violation: a concurrent writer took an identity after the look-up; serialization_failure,
 * deadlock_detected: PostgreSQL asks for the transaction to be run again.
 */
const RETRYABLE_CODES = new Set(['23505', '40001', '40P01']);

/** Writes the batch; false when the import is no longer running (cancelled), nothing written. */
export async function writeBatch(conn: Tx, ctx: BatchContext, batch: Batch): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction(conn, ctx.workspaceId, (tx) => writeOnce(tx, ctx, batch));
    } catch (e) {
      const retryable = e instanceof Raced || RETRYABLE_CODES.has((e as { code?: string }).code ?? '');
      if (!retryable || attempt >= MAX_ATTEMPTS) throw e;
    }
  }
}

async function writeOnce(tx: Tx, ctx: BatchContext, batch: Batch): Promise<boolean> {
  const ws = ctx.workspaceId;
  if ((await lockImportStatus(tx, ws, ctx.importId)) !== 'running') return false;

  const wanted = batch.candidates.flatMap((c) => [{ kind: ctx.matchBy, value: c.key }, ...c.identities]);
  const owners = new Map(
    (await identityOwners(tx, ws, wanted, ctx.dryRun)).map((o) => [
      identityKey(o.kind, o.value),
      o.customer_id,
    ]),
  );
  const plan = planBatch(batch.candidates, ctx.matchBy, owners, newId);

  if (ctx.dryRun) {
    // Remember what this run would have claimed, so later batches count and reject as the real run will.
    await insertClaims(tx, plan.identities);
  } else {
    const at = new Date().toISOString();
    const consentOf = (c: CustomerWrite) =>
      Object.fromEntries(
        Object.entries(c.consent).map(([ch, status]) => [ch, { status, at, source: 'import' }]),
      );
    const fresh = plan.customers.filter((c) => c.isNew);
    const known = plan.customers.filter((c) => !c.isNew);
    await insertCustomers(tx, ws, fresh, consentOf);
    if ((await updateCustomers(tx, ws, known, consentOf)) < known.length) throw new Raced();
    await insertIdentities(tx, ws, plan.identities);
  }

  const rejects = [...batch.rejects, ...plan.rejects].map((r) => rejectRecord(r, ctx.headers));
  await insertRejects(tx, ws, ctx.importId, rejects);
  await addProgress(tx, ws, ctx.importId, {
    processed: batch.size,
    inserted: plan.inserted,
    updated: plan.updated,
    rejected: rejects.length,
  });
  return true;
}

/** The row keyed by column name; cells past the header's width as "Column N". */
function rejectRecord(r: Reject, headers: string[]): RejectRecord {
  const raw: Record<string, string> = {};
  r.cells.forEach((cell, i) => {
    raw[i < headers.length ? headers[i]! : `Column ${i + 1}`] = cell;
  });
  return { row_number: r.row, code: r.code, field: r.field, message: r.message, raw };
}

/**
 * A workspace transaction on the job's own connection (database.ts's inWorkspace takes a pooled
 * one each time; the job keeps one, for a dry run's temporary table). The id is checked to be a
 * UUID before it is spliced in, as there.
 */
async function transaction<T>(conn: Tx, workspaceId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!UUID.test(workspaceId)) throw new Error(`not a workspace id: ${workspaceId}`);
  // synchronous_commit off: a batch need not wait for its WAL to reach the disk. A crash may lose the
  // last batches, but their progress row is lost with them, and the resumed job reads them again.
  await sql
    .raw(
      `BEGIN; SELECT set_config('rapport.workspace_id', '${workspaceId}', true); SET LOCAL synchronous_commit = off`,
    )
    .execute(conn);
  try {
    const result = await fn(conn);
    await sql`COMMIT`.execute(conn);
    return result;
  } catch (e) {
    await sql`ROLLBACK`.execute(conn).catch(() => {});
    throw e;
  }
}
