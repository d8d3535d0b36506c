// SQL for orders and customer events (touchpoints): lookups by the sender's external id, batch
// inserts that skip what exists, and the customer's newest rows for the timeline.
import { sql, type Insertable, type RawBuilder } from 'kysely';
import type { Tx } from '../../../db/database';
import type { CustomerEventsTable, OrdersTable } from '../../../db/schema';

/** A position on the timeline: `at` to the microsecond (exactAt), then the row's id. */
export interface TimelinePosition {
  at: string;
  id: string;
}

/**
 * A timestamp as text to the microsecond, in UTC: JavaScript dates stop at the millisecond, and a
 * cursor that rounded would skip or repeat rows written in the same millisecond.
 */
export const exactAt = (column: string): RawBuilder<string> =>
  sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** `(column, id) < (at, id)`: strictly older than the position, newest first. */
const before = (column: string, idColumn: string, p: TimelinePosition) =>
  sql<boolean>`(${sql.ref(column)}, ${sql.ref(idColumn)}) < (${p.at}::timestamptz, ${p.id}::uuid)`;

export async function workspaceDefaults(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('workspaces')
    .select(['currency', 'phone_country'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
}

export async function locationIdsByCode(tx: Tx, workspaceId: string, codes: string[]) {
  if (!codes.length) return new Map<string, string>();
  const rows = await tx
    .selectFrom('locations')
    .select(['id', 'code'])
    .where('workspace_id', '=', workspaceId)
    .where('code', 'in', codes)
    .execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

// Orders

export async function ordersByExternalId(tx: Tx, workspaceId: string, externalIds: string[]) {
  if (!externalIds.length) return [];
  return tx
    .selectFrom('orders')
    .select(['id', 'external_id', 'customer_id'])
    .where('workspace_id', '=', workspaceId)
    .where('external_id', 'in', externalIds)
    .execute();
}

/** Inserts the orders whose external id is new; returns the ids of the rows written. */
export async function insertOrders(tx: Tx, rows: Insertable<OrdersTable>[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const written = await tx
    .insertInto('orders')
    .values(rows)
    // A concurrent writer of the same order makes this wait for its commit, then skip the row.
    .onConflict((oc) => oc.columns(['workspace_id', 'external_id']).doNothing())
    .returning('id')
    .execute();
  return new Set(written.map((r) => r.id));
}

export function customerOrders(
  tx: Tx,
  workspaceId: string,
  customerId: string,
  from: TimelinePosition | null,
  limit: number,
) {
  let q = tx
    .selectFrom('orders')
    .select(['id', 'external_id', 'amount', 'currency', 'items', 'location_id', 'channel'])
    .select(exactAt('ordered_at').as('at'))
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', '=', customerId);
  if (from) q = q.where(before('ordered_at', 'id', from));
  return q.orderBy('ordered_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

// Events

export async function eventsByExternalId(tx: Tx, workspaceId: string, externalIds: string[]) {
  if (!externalIds.length) return [];
  return tx
    .selectFrom('customer_events')
    .select(['id', 'external_id', 'customer_id'])
    .where('workspace_id', '=', workspaceId)
    .where('external_id', 'in', externalIds)
    .execute();
}

/** Inserts the events, skipping those whose external id exists; returns the ids written. */
export async function insertEvents(tx: Tx, rows: Insertable<CustomerEventsTable>[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const written = await tx
    .insertInto('customer_events')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'external_id']).where('external_id', 'is not', null).doNothing(),
    )
    .returning('id')
    .execute();
  return new Set(written.map((r) => r.id));
}

export function customerEvents(
  tx: Tx,
  workspaceId: string,
  customerId: string,
  from: TimelinePosition | null,
  limit: number,
) {
  let q = tx
    .selectFrom('customer_events')
    .select(['id', 'kind', 'location_id', 'channel', 'properties'])
    .select(exactAt('occurred_at').as('at'))
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', '=', customerId);
  if (from) q = q.where(before('occurred_at', 'id', from));
  return q.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

// Merges (written by the merge use case; shown on the surviving customer's timeline)

export function customerMergesInto(
  tx: Tx,
  workspaceId: string,
  customerId: string,
  from: TimelinePosition | null,
  limit: number,
) {
  let q = tx
    .selectFrom('customer_merges')
    .select(['id', 'source_name', 'moved'])
    .select(exactAt('merged_at').as('at'))
    .where('workspace_id', '=', workspaceId)
    .where('target_id', '=', customerId);
  if (from) q = q.where(before('merged_at', 'id', from));
  return q.orderBy('merged_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
