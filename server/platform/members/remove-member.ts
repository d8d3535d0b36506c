// Removing someone from a workspace ends their access to it (their sessions stay, for other workspaces).
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { writeAudit } from '../audit/write-audit';
import { publishEvent } from '../events/publish-event';
import { conflict, forbidden, notFound } from '../errors';
import { can } from '../policies';
import { presentMember } from './present';
import { lockOwners, findMember } from './store';

export async function removeMember(tx: Tx, actor: Actor, userId: string): Promise<void> {
  const member = await findMember(tx, actor.workspaceId, userId);
  if (!member) throw notFound('member');
  if (member.role === 'owner') {
    if (!can(actor.role, 'members.manageOwners')) throw forbidden('Only an owner can remove an owner.');
    if ((await lockOwners(tx, actor.workspaceId)) <= 1) {
      throw conflict('A workspace needs at least one owner. Make someone else owner first.');
    }
  }
  await tx
    .deleteFrom('memberships')
    .where('workspace_id', '=', actor.workspaceId)
    .where('user_id', '=', userId)
    .execute();
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'member.removed',
    targetType: 'user',
    targetId: userId,
  });
  await publishEvent(tx, actor.workspaceId, 'member.removed', { member: presentMember(member) });
}
