// Request and answer shapes of the segment routes. The definition schema is shared with the
// console (common/customers/segments.ts).
import { z } from 'zod';
import { segmentDefinitionSchema } from '../../../../common/customers/segments';
import { pageQuerySchema } from '../../../../common/pagination';
import { customerSummarySchema } from '../schemas';

export const segmentParams = z.object({ workspaceId: z.string(), segmentId: z.string() });

const name = z.string().trim().min(1).max(200);

export const createSegmentBody = z.object({ name, definition: segmentDefinitionSchema });
export type CreateSegmentBody = z.infer<typeof createSegmentBody>;

export const updateSegmentBody = z.object({
  name: name.optional(),
  definition: segmentDefinitionSchema.optional(),
});
export type UpdateSegmentBody = z.infer<typeof updateSegmentBody>;

export const previewSegmentBody = z.object({ definition: segmentDefinitionSchema });

export const segmentListQuery = pageQuerySchema;

export const segmentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  definition: segmentDefinitionSchema,
  /** Customers matching now (computed on every read). */
  count: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const segmentPreviewSchema = z.object({
  count: z.number(),
  /** Up to 10 matching customers, newest first. */
  sample: z.array(customerSummarySchema),
});
