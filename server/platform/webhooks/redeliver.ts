// "Send again": a new delivery of the same event to the same webhook, with its own id (so its own
// Rapport-Delivery header) and its own attempts; the original stays in the log as it was. A delivery
// still being retried cannot be sent again: there would be two deliveries racing for one event.
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { conflict, notFound } from '../errors';
import { newId } from '../ids';
import { enqueueDelivery } from './queue';
import { findDelivery, findWebhook, insertDelivery } from './store';

export async function redeliver(tx: Tx, actor: Actor, webhookId: string, deliveryId: string) {
  const webhook = await findWebhook(tx, actor.workspaceId, webhookId);
  const original = webhook && (await findDelivery(tx, actor.workspaceId, webhookId, deliveryId));
  if (!webhook || !original) throw notFound('delivery');
  if (!webhook.active) throw conflict('This webhook is turned off. Turn it on to send again.', 'active');
  if (original.status === 'pending') {
    throw conflict('This delivery is still being attempted. Send it again once it has succeeded or failed.');
  }
  const delivery = await insertDelivery(tx, {
    workspace_id: actor.workspaceId,
    id: newId(),
    webhook_id: webhookId,
    event_id: original.event_id,
    event_type: original.event_type,
    status: 'pending',
    redelivery_of: original.id,
  });
  await enqueueDelivery(tx, actor.workspaceId, delivery.id);
  return delivery;
}
