import { z } from 'zod';
import { ALL_EVENT_TYPES, EVENT_TYPES } from '../../../common/events';

const url = z
  .url({ protocol: /^https?$/, error: 'An http:// or https:// address.' })
  .max(2000, 'At most 2,000 characters.');

const eventTypes = z
  .array(z.enum([ALL_EVENT_TYPES, ...EVENT_TYPES]))
  .min(1, 'Pick at least one event type, or "*" for all of them.')
  .max(100)
  .refine((types) => !types.includes(ALL_EVENT_TYPES) || types.length === 1, {
    error: '"*" already means every event type: list it alone.',
  });

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  /** Event types this webhook receives, or ["*"] for all. */
  eventTypes: z.array(z.string()),
  active: z.boolean(),
  createdAt: z.string(),
});
export type WebhookView = z.infer<typeof webhookSchema>;

export const createWebhookBody = z.object({
  url,
  description: z.string().trim().max(500).optional(),
  eventTypes,
});

export const updateWebhookBody = z.object({
  url: url.optional(),
  description: z.string().trim().max(500).optional(),
  eventTypes: eventTypes.optional(),
  active: z.boolean().optional(),
});

export const webhookWithSecretSchema = z.object({
  webhook: webhookSchema,
  /** The signing secret (whsec_…), shown in this response only. */
  secret: z.string(),
});

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;

export const deliverySchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  eventType: z.string(),
  /** pending while attempts remain; failed after the last one. */
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});

export const eventTypeListSchema = z.object({ items: z.array(z.string()) });
export const pingResultSchema = z.object({ eventId: z.uuid() });

export const webhookParams = z.object({ workspaceId: z.string(), webhookId: z.uuid() });
export const deliveryParams = webhookParams.extend({ deliveryId: z.uuid() });
