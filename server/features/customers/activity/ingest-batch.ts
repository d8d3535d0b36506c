// What orders and events in have in common: every item names its customer by identities and may
// name a location by code. Both are checked for the whole batch before anything is written (a bad
// item is a 400 naming its field), then customers are resolved once per distinct set of identities.
import type { IdentityInput, IdentityKind } from '../../../../common/customers/identities';
import type { Tx } from '../../../db/database';
import { badRequest } from '../../../platform/errors';
import { normaliseIdentities } from '../normalise-identities';
import { identityKey } from '../identity';
import { resolveCustomer, strongestOwner } from '../resolve-customer';
import { ownersOf } from '../store';
import { locationIdsByCode } from './store';

/** Names a field of item `index`: `orders.3.amount` in a batch, `amount` for a single item. */
export type FieldOf = (index: number, field: string) => string;
export const batchField =
  (list: string): FieldOf =>
  (index, field) =>
    `${list}.${index}.${field}`;
export const singleField: FieldOf = (_index, field) => field;

interface Identified {
  customer: { identities: IdentityInput[]; name?: string | undefined };
}

export type NormalisedIdentity = { kind: IdentityKind; value: string };

/** Each item's identities, normalised and sorted (so that equal sets are equal keys). */
export function normaliseCustomers(
  items: Identified[],
  phoneCountry: string | null,
  fieldOf: FieldOf,
): NormalisedIdentity[][] {
  return items.map((item, i) =>
    normaliseIdentities(item.customer.identities, phoneCountry, fieldOf(i, 'customer.identities')).sort(
      (a, b) => compare(keyOf(a), keyOf(b)),
    ),
  );
}

/** Each item's location id (null when it names none); an unknown code is a 400 naming the item. */
export async function resolveLocations(
  tx: Tx,
  workspaceId: string,
  items: { locationCode?: string | undefined }[],
  fieldOf: FieldOf,
): Promise<(string | null)[]> {
  const codes = [...new Set(items.flatMap((i) => (i.locationCode ? [i.locationCode] : [])))];
  const ids = await locationIdsByCode(tx, workspaceId, codes);
  return items.map((item, i) => {
    if (!item.locationCode) return null;
    const id = ids.get(item.locationCode);
    if (!id) throw badRequest(`No location has the code "${item.locationCode}".`, fieldOf(i, 'locationCode'));
    return id;
  });
}

/**
 * The customer of each chosen item, resolving each distinct set of identities once. A set whose
 * identities all have an owner already needs no write: its customer comes from one lookup for the
 * whole batch (what resolveCustomer would answer, the strongest identity's owner). The others go
 * through resolveCustomer in key order, so concurrent batches take the identities' row locks in
 * the same order (no deadlock), and a later set sharing an identity with an earlier one joins
 * that customer.
 */
export async function resolveCustomers(
  tx: Tx,
  workspaceId: string,
  items: { identities: NormalisedIdentity[]; name: string | undefined }[],
  source: string,
): Promise<string[]> {
  const groups = new Map<string, { identities: NormalisedIdentity[]; name: string | undefined }>();
  const keys = items.map((item) => {
    const key = item.identities.map(keyOf).join('\u0001');
    const group = groups.get(key);
    if (!group) groups.set(key, { identities: item.identities, name: item.name || undefined });
    else if (!group.name && item.name) group.name = item.name;
    return key;
  });
  const customerOf = new Map<string, string>();
  const owners = await ownersOf(
    tx,
    workspaceId,
    [...groups.values()].flatMap((g) => g.identities),
  );
  const ownerOf = new Map(owners.map((o) => [keyOf(o), o]));
  for (const key of [...groups.keys()].sort(compare)) {
    const group = groups.get(key)!;
    const owned = group.identities.flatMap((i) => ownerOf.get(keyOf(i)) ?? []);
    if (owned.length === group.identities.length) {
      customerOf.set(key, strongestOwner(owned)!.customer_id);
      continue;
    }
    const { customerId } = await resolveCustomer(tx, workspaceId, group.identities, {
      name: group.name,
      source,
    });
    customerOf.set(key, customerId);
  }
  return keys.map((key) => customerOf.get(key)!);
}

const keyOf = (i: NormalisedIdentity) => identityKey(i.kind, i.value);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rows in external id order: concurrent batches then take the unique key's locks in the same
 * order, so two overlapping batches wait for each other instead of deadlocking.
 */
export const byExternalId = (a: { external_id: string | null }, b: { external_id: string | null }) =>
  compare(a.external_id ?? '', b.external_id ?? '');
