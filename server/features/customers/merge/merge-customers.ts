// Merge customer A (source) into B (target): B takes A's blanks, everything that pointed at A
// moves to B (see movers.ts), A is deleted, and a merge record, an audit row and a
// `customer.merged` event are written — all in one transaction. Both rows are locked first, in
// id order, so that two merges of the same pair cannot interleave or deadlock.
import { sql } from 'kysely';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { AppError, badRequest, notFound } from '../../../platform/errors';
import { publishEvent } from '../../../platform/events/publish-event';
import { newId } from '../../../platform/ids';
import { enqueueValueRecompute } from '../value/enqueue';
import { identitiesOf } from '../store';
import { holdDifferentExternalIds } from './external-ids';
import { mergeValues } from './merge-values';
import { MOVERS } from './movers';

export interface MergeOptions {
  into: string;
  /** Required when the two hold different external ids. */
  confirmDifferentExternalIds?: boolean;
}

export async function mergeCustomers(
  tx: Tx,
  actor: Actor,
  sourceId: string,
  opts: MergeOptions,
): Promise<void> {
  const ws = actor.workspaceId;
  const targetId = opts.into;
  if (sourceId === targetId) throw badRequest('A customer cannot be merged into itself.', 'into');
  const locked = await tx
    .selectFrom('customers')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where('id', 'in', [sourceId, targetId])
    .orderBy('id')
    .forUpdate()
    .execute();
  const source = locked.find((c) => c.id === sourceId);
  if (!source) throw notFound('customer');
  const target = locked.find((c) => c.id === targetId);
  if (!target) throw notFound('customer');
  const [sourceIds, targetIds] = await Promise.all([
    identitiesOf(tx, ws, sourceId),
    identitiesOf(tx, ws, targetId),
  ]);
  if (holdDifferentExternalIds(sourceIds, targetIds) && !opts.confirmDifferentExternalIds) {
    throw new AppError(
      409,
      'merge_refused',
      'These customers hold different external ids: they may be two people. Confirm to merge them anyway.',
      'confirmDifferentExternalIds',
    );
  }

  const merged = mergeValues(target, source);
  await tx
    .updateTable('customers')
    .set({
      name: merged.name,
      attributes: JSON.stringify(merged.attributes),
      tags: merged.tags,
      language: merged.language,
      preferred_channel: merged.preferred_channel,
      consent: JSON.stringify(merged.consent),
      updated_at: sql`now()`,
    })
    .where('workspace_id', '=', ws)
    .where('id', '=', targetId)
    .execute();
  const moved: Record<string, number> = {};
  for (const mover of MOVERS) moved[mover.name] = await mover.move(tx, ws, sourceId, targetId);
  await tx.deleteFrom('customers').where('workspace_id', '=', ws).where('id', '=', sourceId).execute();
  await tx
    .insertInto('customer_merges')
    .values({
      workspace_id: ws,
      id: newId(),
      source_id: sourceId,
      target_id: targetId,
      source_name: source.name,
      moved: JSON.stringify(moved),
      merged_by: actor.userId,
    })
    .execute();
  await writeAudit(tx, ws, actor, {
    action: 'customer.merged',
    targetType: 'customer',
    targetId,
    details: { sourceId, moved },
  });
  await publishEvent(tx, ws, 'customer.merged', { sourceId, targetId, moved });
  // RFM quintiles are workspace-wide: one customer's orders moving shifts everyone's cut points.
  await enqueueValueRecompute(tx, ws);
}
