// SQL for invitations as the console sees them: insert in batches, list, cancel. The send side's
// SQL (claiming due rows, recording outcomes) is in send-store.ts.
import { sql, type Insertable, type Selectable } from 'kysely';
import type { MessageChannel } from '../../../../common/distribution/distributions';
import type { Tx } from '../../../db/database';
import type { InvitationStatus, SurveyInvitationsTable } from '../../../db/schema';

export type InvitationRow = Selectable<SurveyInvitationsTable>;
export type NewInvitation = Insertable<SurveyInvitationsTable>;

/** 1,000 rows of 13 values stay far below PostgreSQL's 65,535 parameters per statement. */
const INSERT_BATCH = 1000;

/**
 * Inserts invitations a batch per statement. Rows whose (distribution, source_ref) exists already
 * are left out (an order invites once). Returns how many were inserted.
 */
export async function insertInvitations(tx: Tx, rows: NewInvitation[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const result = await tx
      .insertInto('survey_invitations')
      .values(rows.slice(i, i + INSERT_BATCH))
      .onConflict((oc) => oc.columns(['workspace_id', 'distribution_id', 'source_ref']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/**
 * Of these addresses, those the distribution has invited: by an invitation waiting, sent or bounced.
 * One cancelled, skipped by the contact rules or failed never reached them: they may be invited again.
 */
export async function invitedAddresses(
  tx: Tx,
  workspaceId: string,
  distribution: { id: string; kind: MessageChannel },
  addresses: string[],
): Promise<Set<string>> {
  if (!addresses.length) return new Set();
  const rows = await tx
    .selectFrom('survey_invitations')
    .select('address')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('channel', '=', distribution.kind)
    .where('address', '=', sql<string>`any(${addresses}::text[])`)
    .where('distribution_id', '=', distribution.id)
    .where('status', 'in', ['scheduled', 'sent', 'bounced'])
    .execute();
  return new Set(rows.map((r) => r.address));
}

export const invitationsQuery = (
  tx: Tx,
  workspaceId: string,
  distributionId: string,
  status: InvitationStatus | undefined,
) => {
  let q = tx
    .selectFrom('survey_invitations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('distribution_id', '=', distributionId);
  if (status) q = q.where('status', '=', status);
  return q;
};

/**
 * Cancels what is still waiting. One being sent right now (its send began: sent_at is set) is
 * left to finish: the message is already on its way.
 */
export async function cancelScheduled(tx: Tx, workspaceId: string, distributionId: string): Promise<number> {
  const result = await tx
    .updateTable('survey_invitations')
    .set({ status: 'cancelled' })
    .where('workspace_id', '=', workspaceId)
    .where('distribution_id', '=', distributionId)
    .where('status', '=', 'scheduled')
    .where('sent_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
