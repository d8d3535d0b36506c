// SQL for memberships joined with the people they name.
import type { Tx } from '../../db/database';

export const membersQuery = (tx: Tx, workspaceId: string) =>
  tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.name', 'm.role', 'm.created_at'])
    .where('m.workspace_id', '=', workspaceId);

export const findMember = (tx: Tx, workspaceId: string, userId: string) =>
  membersQuery(tx, workspaceId).where('m.user_id', '=', userId).executeTakeFirst();

/** Counts the owners and locks their rows, so two demotions at once cannot leave a workspace ownerless. */
export const lockOwners = async (tx: Tx, workspaceId: string) =>
  (
    await tx
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'owner')
      .forUpdate()
      .execute()
  ).length;
