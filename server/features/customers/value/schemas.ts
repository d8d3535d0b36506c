// Answer shapes of the value routes.
import { z } from 'zod';
import { consumerTypeSchema, rfmSegmentSchema } from '../../../../common/customers/value';

export const recomputeSchema = z.object({ queued: z.literal(true) });

export const valueSummarySchema = z.object({
  /** When the values were last computed; null before the first computation. */
  computedAt: z.string().nullable(),
  customers: z.number(),
  /** Customers with a purchase in the last 365 days: those with RFM scores and a segment. */
  withOrders: z.number(),
  rfmSegments: z.array(z.object({ segment: rfmSegmentSchema, count: z.number() })),
  consumerTypes: z.array(z.object({ type: consumerTypeSchema, count: z.number() })),
});
