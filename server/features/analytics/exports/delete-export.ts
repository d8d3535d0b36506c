// DELETE /analytics/exports/:id — the row goes now (audited); the caller removes the file after
// the commit. A job still writing it notices at its next batch and drops its partial file.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { getExport } from './get-export';
import { deleteExportRow } from './store';

export async function deleteExport(tx: Tx, actor: Actor, exportId: string) {
  const row = await getExport(tx, actor, exportId);
  await deleteExportRow(tx, actor.workspaceId, row.id);
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'analytics_export.deleted',
    targetType: 'analytics_export',
    targetId: row.id,
    details: { surveyId: row.survey_id, format: row.format },
  });
  return row;
}
