// Find the customer some identities point to, or make one: how orders, events and responses
// coming in by API attach to a person. The strongest identity found decides (external id first,
// email last); the other identities given are added to that customer unless they are already
// someone else's (those pairs are what duplicate suggestions later show). Safe under concurrency:
// two writers creating the same new customer end with one, through the identity's unique key.
import type { IdentityKind } from '../../../common/customers/identities';
import type { Tx } from '../../db/database';
import { publishEvent } from '../../platform/events/publish-event';
import { newId } from '../../platform/ids';
import { identityKey } from './identity';
import { insertIdentities, ownersOf } from './store';

export const IDENTITY_STRENGTH: readonly IdentityKind[] = [
  'external_id',
  'member_id',
  'wechat_unionid',
  'wechat_openid',
  'phone',
  'email',
];

/** The identity that decides which customer a record belongs to: the strongest kind. */
export function strongestOwner<T extends { kind: IdentityKind }>(owners: T[]): T | undefined {
  return [...owners].sort((a, b) => IDENTITY_STRENGTH.indexOf(a.kind) - IDENTITY_STRENGTH.indexOf(b.kind))[0];
}

export interface ResolvedCustomer {
  customerId: string;
  created: boolean;
}

/** `identities` must be normalised (normaliseIdentities) and not empty. */
export async function resolveCustomer(
  tx: Tx,
  workspaceId: string,
  identities: { kind: IdentityKind; value: string }[],
  opts: { name?: string; source: string },
): Promise<ResolvedCustomer> {
  const owners = await ownersOf(tx, workspaceId, identities);
  const strongest = strongestOwner(owners);
  if (strongest) {
    const owned = new Set(owners.map((o) => identityKey(o.kind, o.value)));
    const fresh = identities.filter((i) => !owned.has(identityKey(i.kind, i.value)));
    await insertIdentities(tx, workspaceId, strongest.customer_id, fresh, opts.source);
    return { customerId: strongest.customer_id, created: false };
  }
  const id = newId();
  await tx
    .insertInto('customers')
    .values({ workspace_id: workspaceId, id, name: opts.name ?? '', attributes: '{}', consent: '{}' })
    .execute();
  const lost = await insertIdentities(tx, workspaceId, id, identities, opts.source);
  if (lost.length === identities.length) {
    // A concurrent writer created this person first: use theirs and drop ours.
    await tx.deleteFrom('customers').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    return resolveCustomer(tx, workspaceId, identities, opts);
  }
  await publishEvent(tx, workspaceId, 'customer.created', { customerId: id });
  return { customerId: id, created: true };
}
