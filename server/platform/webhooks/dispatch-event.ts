// Fan an event out to the webhooks that want it: one delivery row and one webhooks.deliver job per
// webhook, in one transaction. Running it twice for the same event makes nothing new (see
// insertFirstDeliveries), which is what makes the events.dispatch job safe to retry.
import type { Selectable } from 'kysely';
import { inWorkspace, type Db, type Tx } from '../../db/database';
import type { EventsTable } from '../../db/schema';
import { newId } from '../ids';
import type { PingPayload } from './ping-webhook';
import { enqueueDelivery } from './queue';
import { findEvent } from '../events/store';
import { findWebhook, insertFirstDeliveries, subscribedWebhooks } from './store';

export interface EventRef {
  workspaceId: string;
  eventId: string;
}

/** Returns how many deliveries it made. */
export function dispatchEvent(db: Db, ref: EventRef): Promise<number> {
  return inWorkspace(db, ref.workspaceId, async (tx) => {
    const event = await findEvent(tx, ref.workspaceId, ref.eventId);
    if (!event) return 0; // gone with its workspace
    const recipients = await recipientsOf(tx, event);
    const made = await insertFirstDeliveries(
      tx,
      recipients.map((webhookId) => ({
        workspace_id: event.workspace_id,
        id: newId(),
        webhook_id: webhookId,
        event_id: event.id,
        event_type: event.type,
        status: 'pending' as const,
      })),
    );
    for (const delivery of made) await enqueueDelivery(tx, event.workspace_id, delivery.id);
    return made.length;
  });
}

/** A ping goes to the webhook it names; every other event to the active webhooks subscribed to it. */
async function recipientsOf(tx: Tx, event: Selectable<EventsTable>): Promise<string[]> {
  if (event.type === 'webhook.ping') {
    const { webhookId } = event.payload as unknown as PingPayload;
    const webhook = await findWebhook(tx, event.workspace_id, webhookId);
    return webhook?.active ? [webhook.id] : [];
  }
  return (await subscribedWebhooks(tx, event.workspace_id, event.type)).map((w) => w.id);
}
