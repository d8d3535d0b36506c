// Cancel a distribution's invitations that have not gone out yet (a scheduled send called off).
// Destructive, so the caller confirms with the distribution's id; audited.
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { badRequest } from '../../../platform/errors';
import { messageDistribution } from './create-invitations';
import { cancelScheduled } from './store';

export async function cancelInvitations(
  tx: Tx,
  actor: Actor,
  distributionId: string,
  confirm: string,
): Promise<{ cancelled: number }> {
  const d = await messageDistribution(tx, actor.workspaceId, distributionId);
  if (confirm !== d.id) throw badRequest("Confirm with the distribution's id.", 'confirm');
  const cancelled = await cancelScheduled(tx, actor.workspaceId, d.id);
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'invitations.cancelled',
    targetType: 'distribution',
    targetId: d.id,
    details: { cancelled },
  });
  return { cancelled };
}
