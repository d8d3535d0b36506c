// Delete a saved segment; audited. Customers are untouched: a segment is only a definition.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { notFound } from '../../../platform/errors';
import { deleteSegmentRow, findSegment } from './store';

export async function deleteSegment(tx: Tx, actor: Actor, segmentId: string): Promise<void> {
  const ws = actor.workspaceId;
  const current = await findSegment(tx, ws, segmentId);
  if (!current) throw notFound('segment');
  await deleteSegmentRow(tx, ws, segmentId);
  await writeAudit(tx, ws, actor, {
    action: 'segment.deleted',
    targetType: 'segment',
    targetId: segmentId,
    details: { name: current.name },
  });
}
