// The catalogue of event types: what the server publishes to its outbox (server/platform/events)
// and what a webhook can subscribe to. Add a type here when a feature starts publishing it.
import { z } from 'zod';

export const EVENT_TYPES = [
  'location.created',
  'location.updated',
  'location.deleted',
  'member.joined',
  'member.role_changed',
  'member.removed',
  'survey.published',
  'survey.closed',
  /** A response was completed (partial saves publish nothing). */
  'response.submitted',
  'customer.created',
  /** A customer was merged into another: `sourceId` is gone, `targetId` holds everything. */
  'customer.merged',
  /** A customer's personal data was erased on request. */
  'customer.erased',
  'order.created',
  /** A customer import job finished (or failed): its counts. */
  'customer_import.finished',
  /** Sent by "ping" to one webhook only, whatever it subscribes to. */
  'webhook.ping',
] as const;
export const eventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof eventTypeSchema>;

/** In a webhook's eventTypes: every event type, including ones added later. */
export const ALL_EVENT_TYPES = '*';
