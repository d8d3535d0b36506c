// Request and answer shapes of the merge routes.
import { z } from 'zod';
import { customerSchema, customerSummarySchema } from '../schemas';

/** `into` is checked after authorization, so that another workspace's ids answer 404 first. */
export const mergePreviewQuery = z.object({ into: z.string().max(100).optional() });
export const mergeBody = z.object({
  into: z.uuid(),
  /** Needed when the two customers hold different external ids. */
  confirmDifferentExternalIds: z.boolean().default(false),
});
export const mergePreviewSchema = z.object({
  source: customerSchema,
  target: customerSchema,
  /** The target as it will be after the merge. */
  result: customerSchema,
  /** How many of each kind of record will move from the source to the target. */
  moves: z.record(z.string(), z.number()),
  differentExternalIds: z.boolean(),
});
export const duplicateSchema = z.object({
  a: customerSummarySchema,
  b: customerSummarySchema,
  reason: z.enum(['same_email', 'same_phone', 'same_name_phone']),
});
