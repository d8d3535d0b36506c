// SQL for customer profiles and their identities.
import { sql, type Selectable } from 'kysely';
import type { IdentityKind } from '../../../common/customers/identities';
import type { Tx } from '../../db/database';
import type { CustomerIdentitiesTable, CustomersTable, CustomerValuesTable } from '../../db/schema';
import { identityKey } from './identity';

export type CustomerRow = Selectable<CustomersTable>;
export type IdentityRow = Selectable<CustomerIdentitiesTable>;
export type ValueRow = Selectable<CustomerValuesTable>;

export async function phoneCountryOf(tx: Tx, workspaceId: string): Promise<string | null> {
  const row = await tx
    .selectFrom('workspaces')
    .select('phone_country')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return row?.phone_country ?? null;
}

export const findCustomer = (tx: Tx, workspaceId: string, id: string) =>
  tx
    .selectFrom('customers')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();

export const identitiesOf = (tx: Tx, workspaceId: string, customerId: string) =>
  tx
    .selectFrom('customer_identities')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', '=', customerId)
    .orderBy('created_at')
    .orderBy('kind')
    .execute();

export const valueOf = (tx: Tx, workspaceId: string, customerId: string) =>
  tx
    .selectFrom('customer_values')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();

/** The owners of some normalised identities, in one query. */
export async function ownersOf(
  tx: Tx,
  workspaceId: string,
  identities: { kind: IdentityKind; value: string }[],
): Promise<IdentityRow[]> {
  if (!identities.length) return [];
  return tx
    .selectFrom('customer_identities')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or(identities.map((i) => eb.and([eb('kind', '=', i.kind), eb('value', '=', i.value)]))))
    .execute();
}

/**
 * Adds identities to a customer. Returns the ones that were already someone's (a concurrent
 * writer may have taken one since we looked): ON CONFLICT waits for that writer's commit.
 */
export async function insertIdentities(
  tx: Tx,
  workspaceId: string,
  customerId: string,
  identities: { kind: IdentityKind; value: string }[],
  source: string,
): Promise<{ kind: IdentityKind; value: string }[]> {
  if (!identities.length) return [];
  const inserted = await tx
    .insertInto('customer_identities')
    .values(
      identities.map((i) => ({
        workspace_id: workspaceId,
        customer_id: customerId,
        kind: i.kind,
        value: i.value,
        source,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning(['kind', 'value'])
    .execute();
  const got = new Set(inserted.map((i) => identityKey(i.kind, i.value)));
  return identities.filter((i) => !got.has(identityKey(i.kind, i.value)));
}

export const touchCustomer = (tx: Tx, workspaceId: string, id: string) =>
  tx
    .updateTable('customers')
    .set({ updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
