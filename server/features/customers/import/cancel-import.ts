// POST /customer-imports/:id/cancel — an import that has not started is dropped with its file; a
// running one stops at its next batch (the job holds the import row's lock while it writes a batch,
// so the cancel waits for that batch to commit and the job sees it before the next). Rows already
// imported stay imported. A finished dry run can be cancelled too, to drop the file it kept.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { getImport } from './get-import';
import { fieldsWithLabels, updateImport } from './store';
import { importState } from './update-import';

export async function cancelImport(tx: Tx, actor: Actor, importId: string) {
  const row = await getImport(tx, actor, importId, { lock: true });
  const cancellable =
    row.status === 'uploaded' ||
    row.status === 'queued' ||
    row.status === 'running' ||
    (row.status === 'done' && row.dry_run);
  if (!cancellable) throw importState(`The import is ${row.status}: there is nothing to cancel.`);
  const cancelled = await updateImport(tx, actor.workspaceId, row.id, {
    status: 'cancelled',
    finished_at: new Date(),
    preview: '[]',
  });
  return {
    row: cancelled,
    fields: await fieldsWithLabels(tx, actor.workspaceId),
    /** A running job is still reading the file: it removes it itself when it stops. */
    removeFile: row.status !== 'running',
  };
}
