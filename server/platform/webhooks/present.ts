import type { Selectable } from 'kysely';
import type { WebhookDeliveriesTable, WebhooksTable } from '../../db/schema';

/** Never the secret: that is shown once, by the use case that makes it. */
export const presentWebhook = (w: Selectable<WebhooksTable>) => ({
  id: w.id,
  url: w.url,
  description: w.description,
  eventTypes: w.event_types,
  active: w.active,
  createdAt: w.created_at.toISOString(),
});

export const presentDelivery = (d: Selectable<WebhookDeliveriesTable>) => ({
  id: d.id,
  eventId: d.event_id,
  eventType: d.event_type,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.last_status_code,
  lastError: d.last_error,
  createdAt: d.created_at.toISOString(),
  lastAttemptAt: d.last_attempt_at?.toISOString() ?? null,
  deliveredAt: d.delivered_at?.toISOString() ?? null,
});
