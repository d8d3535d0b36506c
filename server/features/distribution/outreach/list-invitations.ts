// A distribution's invitations, newest first, optionally of one status.
import type { Invitation } from '../../../../common/distribution/outreach';
import type { PageQuery } from '../../../../common/pagination';
import type { Tx } from '../../../db/database';
import type { InvitationStatus } from '../../../db/schema';
import { paginate } from '../../../platform/http/pagination';
import { messageDistribution } from './create-invitations';
import { presentInvitation } from './present';
import { invitationsQuery } from './store';

export async function listInvitations(
  tx: Tx,
  workspaceId: string,
  distributionId: string,
  query: PageQuery & { status?: InvitationStatus },
): Promise<{ items: Invitation[]; nextCursor: string | null }> {
  await messageDistribution(tx, workspaceId, distributionId);
  const page = await paginate(invitationsQuery(tx, workspaceId, distributionId, query.status), 'id', query);
  return { items: page.items.map(presentInvitation), nextCursor: page.nextCursor };
}
