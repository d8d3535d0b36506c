// POST /customer-imports/:id/start — checks the mapping, then queues the import: the status
// change, the reset of a previous dry run's counts and rejects, the job and one audit row commit
// together. An import starts from `uploaded`, or after a dry run that finished (the file is kept
// for exactly that), never twice at once.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { checkMapping } from './check-mapping';
import { getImport } from './get-import';
import type { StartImportBody } from './schemas';
import { deleteRejects, enqueueImportJob, fieldsWithLabels, updateImport } from './store';
import { importState } from './update-import';

export async function startImport(tx: Tx, actor: Actor, importId: string, body: StartImportBody) {
  const ws = actor.workspaceId;
  const row = await getImport(tx, actor, importId, { lock: true });
  const afterDryRun = row.status === 'done' && row.dry_run;
  if (row.status !== 'uploaded' && !afterDryRun) {
    throw importState(
      `The import is ${row.status}: it can start only once uploaded or after a dry run. Upload the file again to import it again.`,
    );
  }
  const fields = await fieldsWithLabels(tx, ws);
  checkMapping(row.headers, body.mapping, body.matchBy, new Set(fields.map((f) => f.key)));
  if (afterDryRun) await deleteRejects(tx, ws, row.id);
  const queued = await updateImport(tx, ws, row.id, {
    status: 'queued',
    mapping: JSON.stringify(body.mapping),
    match_by: body.matchBy,
    dry_run: body.dryRun,
    total_rows: null,
    processed_rows: 0,
    inserted: 0,
    updated: 0,
    rejected: 0,
    error: null,
    started_at: null,
    finished_at: null,
  });
  await enqueueImportJob(tx, ws, row.id);
  // One audit row per start; the rows themselves are not audited one by one.
  await writeAudit(tx, ws, actor, {
    action: 'customer_import.started',
    targetType: 'customer_import',
    targetId: row.id,
    details: { fileName: row.file_name, matchBy: body.matchBy, dryRun: body.dryRun },
  });
  return { row: queued, fields };
}
