// Rename a segment or change its definition (checked as on create); audited.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { notFound } from '../../../platform/errors';
import { checkDefinition } from './check-definition';
import type { UpdateSegmentBody } from './schemas';
import { definitionCondition } from './segment-members';
import { countMatching, findSegment, updateSegmentRow } from './store';

export async function updateSegment(tx: Tx, actor: Actor, segmentId: string, body: UpdateSegmentBody) {
  const ws = actor.workspaceId;
  const current = await findSegment(tx, ws, segmentId);
  if (!current) throw notFound('segment');
  const definition = body.definition ? await checkDefinition(tx, ws, body.definition) : current.definition;
  const row = await updateSegmentRow(tx, ws, segmentId, { name: body.name ?? current.name, definition });
  await writeAudit(tx, ws, actor, {
    action: 'segment.updated',
    targetType: 'segment',
    targetId: segmentId,
    details: { name: row.name, definitionChanged: body.definition !== undefined },
  });
  const [count] = await countMatching(tx, ws, [definitionCondition(tx, ws, definition)]);
  return { row, count: count! };
}
