// "Ping": a webhook.ping event that goes to this webhook only, whatever it subscribes to, so that
// its owner can check the URL and the signature without waiting for a real event.
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { conflict, notFound } from '../errors';
import { publishEvent } from '../events/publish-event';
import { findWebhook } from './store';

/** The payload of a webhook.ping event; dispatch reads webhookId to pick its one recipient. */
export interface PingPayload {
  webhookId: string;
}

export async function pingWebhook(tx: Tx, actor: Actor, id: string): Promise<{ eventId: string }> {
  const webhook = await findWebhook(tx, actor.workspaceId, id);
  if (!webhook) throw notFound('webhook');
  if (!webhook.active) throw conflict('This webhook is turned off. Turn it on to ping it.', 'active');
  const payload: PingPayload = { webhookId: webhook.id };
  const event = await publishEvent(tx, actor.workspaceId, 'webhook.ping', { ...payload });
  return { eventId: event.id };
}
