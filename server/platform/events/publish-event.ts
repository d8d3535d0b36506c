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
