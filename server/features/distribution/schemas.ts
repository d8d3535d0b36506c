// Route shapes of distributions. The request bodies and answers are in common/distribution.
import { z } from 'zod';
import { pageQuerySchema } from '../../../common/pagination';

export const surveyDistributionsParams = z.object({ workspaceId: z.uuid(), surveyId: z.uuid() });
export const distributionParams = z.object({ workspaceId: z.uuid(), distributionId: z.uuid() });
export const distributionListQuery = pageQuerySchema.extend({
  /** Include archived distributions. */
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
