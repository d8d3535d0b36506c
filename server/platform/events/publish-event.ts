// The outbox. publishEvent writes the event row and enqueues its dispatch job in the caller's
// transaction (graphile-worker's add_job is plain SQL), so an event exists exactly when its change does.
import { sql } from 'kysely';
import type { EventType } from '../../../common/events';
import type { Tx } from '../../db/database';
import { newId } from '../ids';

export interface PublishedEvent {
  id: string;
  type: string;
}

export async function publishEvent(
  tx: Tx,
  workspaceId: string,
  type: EventType,
  payload: Record<string, unknown>,
): Promise<PublishedEvent> {
  const id = newId();
  await tx
    .insertInto('events')
    .values({ workspace_id: workspaceId, id, type, payload: JSON.stringify(payload) })
    .execute();
  await sql`SELECT graphile_worker.add_job('events.dispatch', ${JSON.stringify({ workspaceId, eventId: id })}::json)`.execute(
    tx,
  );
  return { id, type };
}

/**
 * Many events of one type in two statements (one multi-row insert, one `add_jobs`), for batch
 * writes such as 1,000 orders in one request, where one round trip pair per event would dominate.
 */
export async function publishEvents(
  tx: Tx,
  workspaceId: string,
  type: EventType,
  payloads: Record<string, unknown>[],
): Promise<PublishedEvent[]> {
  if (!payloads.length) return [];
  const events = payloads.map((payload) => ({ id: newId(), payload }));
  await tx
    .insertInto('events')
    .values(
      events.map((e) => ({ workspace_id: workspaceId, id: e.id, type, payload: JSON.stringify(e.payload) })),
    )
    .execute();
  const specs = events.map((e) => ({
    identifier: 'events.dispatch',
    payload: { workspaceId, eventId: e.id },
  }));
  await sql`SELECT graphile_worker.add_jobs(
    array(SELECT json_populate_recordset(null::graphile_worker.job_spec, ${JSON.stringify(specs)}::json)))`.execute(
    tx,
  );
  return events.map((e) => ({ id: e.id, type }));
}
