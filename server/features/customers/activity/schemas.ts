// Request and answer shapes of orders and events in (one, or a batch of up to 1,000) and of a
// customer's timeline. Everything that can be checked without the database is checked here, so a
// batch fails on its first bad field before anything is read or written.
import { z } from 'zod';
import { identityInputSchema } from '../../../../common/customers/identities';
import { pageQuerySchema } from '../../../../common/pagination';
import { channelSchema } from '../../responses/intake-schemas';

export const MAX_BATCH = 1000;
/** A JSON body of 1,000 orders with their items is well over Fastify's 1 MB default. */
export const INGEST_BODY_LIMIT = 16 * 1024 * 1024;
const MAX_PROPERTIES_BYTES = 8 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

/** numeric(14,2): never negative, at most two decimals (written as 12.5 or 12.50, not 12.505). */
const money = z
  .number()
  .min(0)
  .max(999_999_999_999.99)
  .refine((v) => /^\d+(\.\d{1,2})?$/.test(String(v)), 'At most two decimals.');

/** Clocks drift and time zones confuse: a day ahead is tolerated, more is a mistake. */
const pastDatetime = z.iso
  .datetime({ offset: true })
  .refine((v) => Date.parse(v) <= Date.now() + DAY_MS, 'More than a day in the future.');

const customerRef = z.object({
  /** Who this is: the strongest identity known decides (external id first, email last). */
  identities: z.array(identityInputSchema).min(1).max(10),
  /** Used only when the customer is new. */
  name: z.string().trim().max(200).optional(),
});

const itemSchema = z.object({
  sku: z.string().trim().min(1).max(100).optional(),
  name: z.string().trim().min(1).max(200),
  quantity: z.number().positive().max(1_000_000),
  price: money,
});

export const orderInput = z.object({
  /** The shop's own order id: sending it again changes nothing. */
  externalId: z.string().trim().min(1).max(100),
  customer: customerRef,
  amount: money,
  /** ISO 4217; the workspace's currency when left out. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'An ISO 4217 code such as CNY, USD, EUR.')
    .optional(),
  items: z.array(itemSchema).max(500).default([]),
  /** The code of the store or online shop (Locations). */
  locationCode: z.string().trim().min(1).max(100).optional(),
  channel: channelSchema.optional(),
  orderedAt: pastDatetime,
});
export type OrderInput = z.infer<typeof orderInput>;

export const ordersBatch = z.object({ orders: z.array(orderInput).min(1).max(MAX_BATCH) });
/** Checked with checkedBody (ingest-body.ts), which names the field at fault in either shape. */
export const ordersBody = z.union([ordersBatch, orderInput]);

export const eventInput = z.object({
  /** A touchpoint other than an order: store_visit, page_view, message, call, … */
  kind: z
    .string()
    .regex(/^[a-z][a-z0-9_.]{0,39}$/, 'Lower-case words joined by _ or ., such as store_visit.'),
  customer: customerRef,
  occurredAt: pastDatetime,
  /** The sender's own id, when it has one: sending it again changes nothing. */
  externalId: z.string().trim().min(1).max(100).optional(),
  locationCode: z.string().trim().min(1).max(100).optional(),
  channel: channelSchema.optional(),
  properties: z
    .record(z.string().max(100), z.unknown())
    .refine((p) => Buffer.byteLength(JSON.stringify(p)) <= MAX_PROPERTIES_BYTES, 'Larger than 8 KB as JSON.')
    .default({}),
});
export type EventInput = z.infer<typeof eventInput>;

export const eventsBatch = z.object({ events: z.array(eventInput).min(1).max(MAX_BATCH) });
/** Checked with checkedBody (ingest-body.ts), which names the field at fault in either shape. */
export const eventsBody = z.union([eventsBatch, eventInput]);

export const orderResultSchema = z.object({
  id: z.uuid(),
  externalId: z.string(),
  /** Null once the customer has been erased. */
  customerId: z.uuid().nullable(),
  /** False when the external id was known already: nothing was written. */
  created: z.boolean(),
});
export const eventResultSchema = orderResultSchema.extend({ externalId: z.string().nullable() });

export const orderBatchResultSchema = z.object({ results: z.array(orderResultSchema) });
export const eventBatchResultSchema = z.object({ results: z.array(eventResultSchema) });

// Timeline

/** What a timeline can show. A new source (cases, points) adds its kind here and in sources.ts. */
export const TIMELINE_KINDS = ['order', 'event', 'response', 'merge'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const timelineQuery = pageQuerySchema.extend({
  /** A comma-separated list of kinds; all of them when left out. */
  kinds: z
    .string()
    .regex(
      new RegExp(`^(${TIMELINE_KINDS.join('|')})(,(${TIMELINE_KINDS.join('|')}))*$`),
      `A comma-separated list of: ${TIMELINE_KINDS.join(', ')}.`,
    )
    .optional(),
});
export type TimelineQuery = z.infer<typeof timelineQuery>;

export const timelineItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(TIMELINE_KINDS),
  at: z.string(),
  order: z
    .object({
      externalId: z.string(),
      amount: z.number(),
      currency: z.string(),
      items: z.array(z.unknown()),
      locationId: z.uuid().nullable(),
      channel: z.string().nullable(),
    })
    .optional(),
  event: z
    .object({
      kind: z.string(),
      channel: z.string().nullable(),
      locationId: z.uuid().nullable(),
      properties: z.record(z.string(), z.unknown()),
    })
    .optional(),
  response: z
    .object({
      surveyId: z.uuid(),
      surveyName: z.string(),
      status: z.enum(['partial', 'complete']),
      channel: z.string(),
      locationId: z.uuid().nullable(),
      score: z.number().nullable(),
      scoreType: z.enum(['nps', 'csat', 'ces', 'rating']).nullable(),
    })
    .optional(),
  merge: z
    .object({
      /** The merged customer's name at the time. */
      sourceName: z.string(),
      /** How many identities, orders, events, responses… moved. */
      moved: z.record(z.string(), z.number()),
    })
    .optional(),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;
