// Changing someone's role. Owners alone make or unmake owners, and a workspace always keeps one.
import type { Role } from '../../../common/roles';
import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { writeAudit } from '../audit/write-audit';
import { publishEvent } from '../events/publish-event';
import { conflict, forbidden, notFound } from '../errors';
import { can } from '../policies';
import { presentMember } from './present';
import { lockOwners, findMember } from './store';

export async function changeRole(tx: Tx, actor: Actor, userId: string, role: Role) {
  const member = await findMember(tx, actor.workspaceId, userId);
  if (!member) throw notFound('member');
  if ((member.role === 'owner' || role === 'owner') && !can(actor.role, 'members.manageOwners')) {
    throw forbidden('Only an owner can make or unmake an owner.');
  }
  if (member.role === role) return member;
  if (member.role === 'owner' && (await lockOwners(tx, actor.workspaceId)) <= 1) {
    throw conflict('A workspace needs at least one owner. Make someone else owner first.', 'role');
  }
  await tx
    .updateTable('memberships')
    .set({ role })
    .where('workspace_id', '=', actor.workspaceId)
    .where('user_id', '=', userId)
    .execute();
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'member.role_changed',
    targetType: 'user',
    targetId: userId,
    details: { from: member.role, to: role },
  });
  const updated = { ...member, role };
  await publishEvent(tx, actor.workspaceId, 'member.role_changed', {
    member: presentMember(updated),
    from: member.role,
  });
  return updated;
}
