// Which existing customer a response (or any record carrying identity fields) belongs to, from
// fields named like identity kinds — a survey link's hidden fields `email`, `phone`,
// `member_id`, … It never creates a customer: a public survey page must not be a way to make
// profiles. Hidden fields are chosen by whoever builds the link, so the link is only as
// trustworthy as its sender; personal invitation links (distribution) are the stronger path.
import { IDENTITY_KINDS, type IdentityKind } from '../../../common/customers/identities';
import type { Tx } from '../../db/database';
import { normaliseIdentity } from './identity';
import { strongestOwner } from './resolve-customer';
import { ownersOf, phoneCountryOf } from './store';

const KINDS = new Set<string>(IDENTITY_KINDS);

export async function customerIdFromFields(
  tx: Tx,
  workspaceId: string,
  fields: Record<string, string>,
): Promise<string | null> {
  const given = Object.entries(fields).filter(([key, value]) => KINDS.has(key) && value.trim());
  if (!given.length) return null;
  const phoneCountry = given.some(([key]) => key === 'phone') ? await phoneCountryOf(tx, workspaceId) : null;
  const identities = given.flatMap(([kind, raw]) => {
    const n = normaliseIdentity(kind as IdentityKind, raw, phoneCountry);
    return n.ok ? [{ kind: kind as IdentityKind, value: n.value }] : [];
  });
  const owners = await ownersOf(tx, workspaceId, identities);
  return strongestOwner(owners)?.customer_id ?? null;
}
