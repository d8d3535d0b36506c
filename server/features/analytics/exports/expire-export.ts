// An export past its expiry: the row and the file go (the analytics.export.expire job, due then).
// Checked again here: the job may run late, never early, but the row could have been deleted.
import type { Db } from '../../../db/database';
import { inWorkspace } from '../../../db/database';
import { removeExportFiles } from './files';
import { deleteExportRow, findExport } from './store';

export async function expireExport(
  db: Db,
  dataDir: string,
  ref: { workspaceId: string; exportId: string },
  now: Date = new Date(),
): Promise<boolean> {
  const gone = await inWorkspace(db, ref.workspaceId, async (tx) => {
    const row = await findExport(tx, ref.workspaceId, ref.exportId, { lock: true });
    if (!row?.expires_at || row.expires_at > now) return null;
    await deleteExportRow(tx, ref.workspaceId, row.id);
    return row;
  });
  if (gone) await removeExportFiles(dataDir, ref.workspaceId, gone.id, gone.format);
  return gone !== null;
}
