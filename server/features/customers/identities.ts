// Add an identity to a customer, or remove one. Adding one that is another customer's is a 409
// (merge the two instead); adding one the customer already has changes nothing.
import type { IdentityInput, IdentityKind } from '../../../common/customers/identities';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit/write-audit';
import { notFound } from '../../platform/errors';
import { identityTaken } from './create-customer';
import { normaliseIdentities } from './normalise-identities';
import { findCustomer, insertIdentities, ownersOf, phoneCountryOf, touchCustomer } from './store';

export async function addIdentity(tx: Tx, actor: Actor, customerId: string, input: IdentityInput) {
  const ws = actor.workspaceId;
  if (!(await findCustomer(tx, ws, customerId))) throw notFound('customer');
  const [identity] = normaliseIdentities([input], await phoneCountryOf(tx, ws), 'identity');
  const owner = (await ownersOf(tx, ws, [identity!]))[0];
  if (owner && owner.customer_id !== customerId) throw identityTaken([owner]);
  if (!owner) {
    const lost = await insertIdentities(tx, ws, customerId, [identity!], 'console');
    if (lost.length) throw identityTaken(await ownersOf(tx, ws, lost));
    await touchCustomer(tx, ws, customerId);
  }
  return identity!;
}

export async function removeIdentity(
  tx: Tx,
  actor: Actor,
  customerId: string,
  kind: IdentityKind,
  value: string,
) {
  const ws = actor.workspaceId;
  const gone = await tx
    .deleteFrom('customer_identities')
    .where('workspace_id', '=', ws)
    .where('customer_id', '=', customerId)
    .where('kind', '=', kind)
    .where('value', '=', value)
    .executeTakeFirst();
  if (!gone.numDeletedRows) throw notFound('identity');
  await touchCustomer(tx, ws, customerId);
  await writeAudit(tx, ws, actor, {
    action: 'customer.identity_removed',
    targetType: 'customer',
    targetId: customerId,
    details: { kind },
  });
}
