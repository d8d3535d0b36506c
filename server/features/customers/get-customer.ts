// One customer with its identities and computed value.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { findCustomer, identitiesOf, valueOf } from './store';

export async function getCustomer(tx: Tx, actor: Actor, customerId: string) {
  const customer = await findCustomer(tx, actor.workspaceId, customerId);
  if (!customer) throw notFound('customer');
  const [identities, value] = await Promise.all([
    identitiesOf(tx, actor.workspaceId, customerId),
    valueOf(tx, actor.workspaceId, customerId),
  ]);
  return { customer, identities, value: value ?? null };
}
export type CustomerProfile = Awaited<ReturnType<typeof getCustomer>>;
