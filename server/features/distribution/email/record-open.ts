// An invitation email was opened: its 1×1 picture was fetched. Only the first open counts (a mail
// read three times, or fetched by an image proxy, is one open).
import { sql } from 'kysely';
import type { Tx } from '../../../db/database';

export async function recordEmailOpen(tx: Tx, workspaceId: string, invitationId: string): Promise<void> {
  await tx
    .updateTable('survey_invitations')
    .set({ opened_at: sql<Date>`coalesce(opened_at, now())` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', invitationId)
    .where('opened_at', 'is', null)
    .execute();
}
