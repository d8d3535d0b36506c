// Route shapes of invitations and contact rules. Bodies and answers are in common/distribution.
import { z } from 'zod';
import { INVITATION_STATUSES } from '../../../../common/distribution/outreach';
import { pageQuerySchema } from '../../../../common/pagination';

export const workspaceParams = z.object({ workspaceId: z.uuid() });
export const invitationListQuery = pageQuerySchema.extend({ status: z.enum(INVITATION_STATUSES).optional() });
export const cancelInvitationsBody = z.object({
  confirm: z.string().max(100).describe("The distribution's id, to confirm"),
});
export const cancelInvitationsReply = z.object({ cancelled: z.number().int() });
