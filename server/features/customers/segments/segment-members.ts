// The customers of a segment, for every feature that targets or slices by one: the customer list
// (?segmentId), distribution (send to a segment) and analytics (compare segments). Membership is
// live: it is computed from the definition at query time, never stored.
import type { RawBuilder, SqlBool } from 'kysely';
import type { SegmentDefinition } from '../../../../common/customers/segments';
import type { Tx } from '../../../db/database';
import { notFound } from '../../../platform/errors';
import { compileDefinition } from './compile';
import { findSegment } from './store';

/** The condition on `customers c` (the alias is required) that a definition describes. */
export function definitionCondition(
  tx: Tx,
  workspaceId: string,
  definition: SegmentDefinition,
  now: Date = new Date(),
): RawBuilder<SqlBool> {
  return compileDefinition(tx, definition, { workspaceId, now });
}

/** The condition on `customers c` of a saved segment; 404 when the workspace has no such segment. */
export async function segmentCondition(
  tx: Tx,
  workspaceId: string,
  segmentId: string,
  now: Date = new Date(),
): Promise<RawBuilder<SqlBool>> {
  const segment = await findSegment(tx, workspaceId, segmentId);
  if (!segment) throw notFound('segment');
  return definitionCondition(tx, workspaceId, segment.definition, now);
}

/**
 * A subquery of the ids (column `customer_id`) of the customers a definition matches, to embed:
 * `.where('r.customer_id', 'in', definitionMembers(tx, ws, def))`.
 */
export function definitionMembers(
  tx: Tx,
  workspaceId: string,
  definition: SegmentDefinition,
  now: Date = new Date(),
) {
  return tx
    .selectFrom('customers as c')
    .select('c.id as customer_id')
    .where('c.workspace_id', '=', workspaceId)
    .where(definitionCondition(tx, workspaceId, definition, now));
}
export type SegmentMembersQuery = ReturnType<typeof definitionMembers>;

/** The same for a saved segment; 404 when the workspace has no such segment. */
export async function segmentMembers(
  tx: Tx,
  workspaceId: string,
  segmentId: string,
  now: Date = new Date(),
): Promise<SegmentMembersQuery> {
  const segment = await findSegment(tx, workspaceId, segmentId);
  if (!segment) throw notFound('segment');
  return definitionMembers(tx, workspaceId, segment.definition, now);
}
