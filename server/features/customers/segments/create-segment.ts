// Save a segment: the definition is checked against the workspace (fields, locations), stored,
// audited, and returned with its live count. Names need not be unique: a segment is known by id.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { newId } from '../../../platform/ids';
import { checkDefinition } from './check-definition';
import type { CreateSegmentBody } from './schemas';
import { definitionCondition } from './segment-members';
import { countMatching, insertSegment } from './store';

export async function createSegment(tx: Tx, actor: Actor, body: CreateSegmentBody) {
  const ws = actor.workspaceId;
  const definition = await checkDefinition(tx, ws, body.definition);
  const row = await insertSegment(tx, {
    workspaceId: ws,
    id: newId(),
    name: body.name,
    definition,
    createdBy: actor.userId,
  });
  await writeAudit(tx, ws, actor, {
    action: 'segment.created',
    targetType: 'segment',
    targetId: row.id,
    details: { name: row.name },
  });
  const [count] = await countMatching(tx, ws, [definitionCondition(tx, ws, definition)]);
  return { row, count: count! };
}
