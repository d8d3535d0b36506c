import type { Tx } from '../../db/database';
import type { Actor } from '../actor';
import { writeAudit } from '../audit/write-audit';
import { notFound } from '../errors';
import { invitationsQuery } from './store';

export async function revokeInvitation(tx: Tx, actor: Actor, id: string) {
  const r = await tx
    .updateTable('invitations')
    .set({ revoked_at: new Date() })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  const row = await invitationsQuery(tx, actor.workspaceId).where('i.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('invitation');
  if (Number(r.numUpdatedRows) > 0) {
    await writeAudit(tx, actor.workspaceId, actor, {
      action: 'invitation.revoked',
      targetType: 'invitation',
      targetId: id,
    });
  }
  return row;
}
