// Touchpoints other than orders in by API (store visits, page views, messages, calls…), one or a
// batch, all or nothing. An event with an external id is idempotent like an order: sent again (or
// twice in one batch, or by two requests at once) it answers with the stored event, created: false.
// Events without one are always new: the sender has no way to say two are the same.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { newId } from '../../../platform/ids';
import {
  byExternalId,
  normaliseCustomers,
  resolveCustomers,
  resolveLocations,
  type FieldOf,
} from './ingest-batch';
import type { EventInput } from './schemas';
import { eventsByExternalId, insertEvents, workspaceDefaults } from './store';

export interface RecordEventsOptions {
  events: EventInput[];
  /** How a fault in item i is named: `events.<i>.<field>` in a batch, `<field>` alone. */
  fieldOf: FieldOf;
  /** Recorded on identities the events add to customers: api, console, demo… */
  source: string;
}

export interface RecordedEvent {
  id: string;
  externalId: string | null;
  customerId: string;
  created: boolean;
}

export async function recordEvents(
  tx: Tx,
  actor: Actor,
  opts: RecordEventsOptions,
): Promise<RecordedEvent[]> {
  const ws = actor.workspaceId;
  const { events, fieldOf } = opts;
  const defaults = await workspaceDefaults(tx, ws);
  const identities = normaliseCustomers(events, defaults.phone_country, fieldOf);
  const locationIds = await resolveLocations(tx, ws, events, fieldOf);

  const known = new Map<string, { id: string; customerId: string }>();
  const remember = (rows: { id: string; external_id: string | null; customer_id: string }[]) =>
    rows.forEach((r) => known.set(r.external_id!, { id: r.id, customerId: r.customer_id }));
  const externalIds = [...new Set(events.flatMap((e) => (e.externalId ? [e.externalId] : [])))];
  remember(await eventsByExternalId(tx, ws, externalIds));

  // Written: every event without an external id, and the first of each new external id.
  const firstOf = new Map<string, number>();
  const toWrite = events.flatMap((e, i) => {
    if (!e.externalId) return [i];
    if (known.has(e.externalId) || firstOf.has(e.externalId)) return [];
    firstOf.set(e.externalId, i);
    return [i];
  });
  const customerIds = await resolveCustomers(
    tx,
    ws,
    toWrite.map((i) => ({ identities: identities[i]!, name: events[i]!.customer.name })),
    opts.source,
  );
  const rowOf = new Map(
    toWrite.map((i, n) => {
      const e = events[i]!;
      const row = {
        workspace_id: ws,
        id: newId(),
        customer_id: customerIds[n]!,
        kind: e.kind,
        external_id: e.externalId ?? null,
        occurred_at: e.occurredAt,
        location_id: locationIds[i]!,
        channel: e.channel ?? null,
        properties: JSON.stringify(e.properties),
      };
      return [i, row] as const;
    }),
  );
  const rows = [...rowOf.values()].sort(byExternalId);
  const written = await insertEvents(tx, rows);
  remember(rows.filter((r) => r.external_id && written.has(r.id)));
  // Rows skipped on conflict were committed by a concurrent request meanwhile: answer with those.
  const raced = rows.filter((r) => !written.has(r.id)).map((r) => r.external_id!);
  remember(await eventsByExternalId(tx, ws, raced));

  return events.map((e, i) => {
    const row = rowOf.get(i);
    if (row && written.has(row.id)) {
      return { id: row.id, externalId: row.external_id, customerId: row.customer_id, created: true };
    }
    const stored = known.get(e.externalId!)!;
    return { id: stored.id, externalId: e.externalId!, customerId: stored.customerId, created: false };
  });
}
