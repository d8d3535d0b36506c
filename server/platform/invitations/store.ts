// SQL for invitations. Tokens are stored as their SHA-256 only.
import type { Tx } from '../../db/database';

const withInviter = (tx: Tx) =>
  tx
    .selectFrom('invitations as i')
    .leftJoin('users as u', 'u.id', 'i.invited_by')
    .select([
      'i.workspace_id',
      'i.id',
      'i.email',
      'i.role',
      'i.created_at',
      'i.expires_at',
      'i.accepted_at',
      'i.revoked_at',
      'u.name as inviter_name',
    ]);

export const invitationsQuery = (tx: Tx, workspaceId: string) =>
  withInviter(tx).where('i.workspace_id', '=', workspaceId);

/** Locks the invitation row, so that two acceptances of one link cannot both succeed. */
export const findInvitationByTokenHash = (tx: Tx, tokenHash: string) =>
  withInviter(tx)
    .innerJoin('workspaces as w', 'w.id', 'i.workspace_id')
    .select('w.name as workspace_name')
    .where('i.token_hash', '=', tokenHash)
    .forUpdate('i')
    .executeTakeFirst();
