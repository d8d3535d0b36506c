// Orders in by API, one or a batch, all or nothing and idempotent by the shop's order id: an order
// whose external id exists (already stored, earlier in the same batch, or stored by a concurrent
// request) is answered with the stored order and created: false, and nothing is written for it.
// Each new order finds or makes its customer (resolveCustomer) and publishes `order.created`.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { publishEvents } from '../../../platform/events/publish-event';
import { newId } from '../../../platform/ids';
import {
  byExternalId,
  normaliseCustomers,
  resolveCustomers,
  resolveLocations,
  type FieldOf,
} from './ingest-batch';
import type { OrderInput } from './schemas';
import { insertOrders, ordersByExternalId, workspaceDefaults } from './store';

export interface RecordOrdersOptions {
  orders: OrderInput[];
  /** How a fault in item i is named: `orders.<i>.<field>` in a batch, `<field>` alone. */
  fieldOf: FieldOf;
  /** Recorded on identities the orders add to customers: api, console, demo… */
  source: string;
}

export interface RecordedOrder {
  id: string;
  externalId: string;
  customerId: string | null;
  created: boolean;
}

export async function recordOrders(
  tx: Tx,
  actor: Actor,
  opts: RecordOrdersOptions,
): Promise<RecordedOrder[]> {
  const ws = actor.workspaceId;
  const { orders, fieldOf } = opts;
  // Everything that can fail on the request's content fails here, before the first write.
  const defaults = await workspaceDefaults(tx, ws);
  const identities = normaliseCustomers(orders, defaults.phone_country, fieldOf);
  const locationIds = await resolveLocations(tx, ws, orders, fieldOf);

  const known = new Map<string, { id: string; customerId: string | null }>();
  const remember = (rows: { id: string; external_id: string; customer_id: string | null }[]) =>
    rows.forEach((r) => known.set(r.external_id, { id: r.id, customerId: r.customer_id }));
  remember(await ordersByExternalId(tx, ws, [...new Set(orders.map((o) => o.externalId))]));

  // The first of each new external id is written; repeats within the batch answer with it.
  const fresh = new Map<string, number>();
  orders.forEach((o, i) => {
    if (!known.has(o.externalId) && !fresh.has(o.externalId)) fresh.set(o.externalId, i);
  });
  const toWrite = [...fresh.values()];
  const customerIds = await resolveCustomers(
    tx,
    ws,
    toWrite.map((i) => ({ identities: identities[i]!, name: orders[i]!.customer.name })),
    opts.source,
  );
  const rows = toWrite.map((i, n) => {
    const o = orders[i]!;
    return {
      workspace_id: ws,
      id: newId(),
      external_id: o.externalId,
      customer_id: customerIds[n]!,
      amount: o.amount.toFixed(2),
      currency: o.currency ?? defaults.currency,
      items: JSON.stringify(o.items),
      location_id: locationIds[i]!,
      channel: o.channel ?? null,
      ordered_at: o.orderedAt,
    };
  });
  rows.sort(byExternalId);
  const written = await insertOrders(tx, rows);
  const created = new Set<string>();
  const newRows = rows.filter((row) => written.has(row.id));
  for (const row of newRows) {
    created.add(row.external_id);
    known.set(row.external_id, { id: row.id, customerId: row.customer_id });
  }
  await publishEvents(
    tx,
    ws,
    'order.created',
    newRows.map((row) => ({
      orderId: row.id,
      externalId: row.external_id,
      customerId: row.customer_id,
      amount: Number(row.amount),
      currency: row.currency,
    })),
  );
  // Rows skipped on conflict were committed by a concurrent request meanwhile: answer with those.
  const raced = rows.filter((r) => !written.has(r.id)).map((r) => r.external_id);
  remember(await ordersByExternalId(tx, ws, raced));

  return orders.map((o, i) => {
    const stored = known.get(o.externalId)!;
    return {
      id: stored.id,
      externalId: o.externalId,
      customerId: stored.customerId,
      created: created.has(o.externalId) && fresh.get(o.externalId) === i,
    };
  });
}
