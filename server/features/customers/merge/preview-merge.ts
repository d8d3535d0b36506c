// What merging A into B would do, without doing it: both profiles, B as it would become, what
// would move, and whether the two hold different external ids.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { badRequest } from '../../../platform/errors';
import { UUID } from '../../../platform/ids';
import { getCustomer, type CustomerProfile } from '../get-customer';
import { holdDifferentExternalIds } from './external-ids';
import { mergeValues } from './merge-values';
import { countMoves } from './movers';

export async function previewMerge(tx: Tx, actor: Actor, sourceId: string, targetId: string | undefined) {
  // The source first: another workspace's customer is a 404 whatever the query says.
  const source = await getCustomer(tx, actor, sourceId);
  if (!targetId || !UUID.test(targetId))
    throw badRequest('Name the customer to merge into (?into=).', 'into');
  if (sourceId === targetId) throw badRequest('A customer cannot be merged into itself.', 'into');
  const target = await getCustomer(tx, actor, targetId);
  const result: CustomerProfile = {
    customer: { ...target.customer, ...mergeValues(target.customer, source.customer) },
    identities: [...target.identities, ...source.identities.map((i) => ({ ...i, customer_id: targetId }))],
    value: target.value,
  };
  return {
    source,
    target,
    result,
    moves: await countMoves(tx, actor.workspaceId, sourceId),
    differentExternalIds: holdDifferentExternalIds(source.identities, target.identities),
  };
}
