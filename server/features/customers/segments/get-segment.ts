// One saved segment with its live count.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { notFound } from '../../../platform/errors';
import { definitionCondition } from './segment-members';
import { countMatching, findSegment } from './store';

export async function getSegment(tx: Tx, actor: Actor, segmentId: string) {
  const ws = actor.workspaceId;
  const row = await findSegment(tx, ws, segmentId);
  if (!row) throw notFound('segment');
  const [count] = await countMatching(tx, ws, [definitionCondition(tx, ws, row.definition)]);
  return { row, count: count! };
}
