// A survey page opened from a distribution: a personal link marks its invitation opened; a public
// code counts one open for today. Best effort — a page is never refused for its tracking.
import { sql } from 'kysely';
import { inWorkspace, type Db } from '../../db/database';
import { countDaily, findDistributionByCode } from './store';
import { tokenHash } from './tokens';

export async function trackPageOpen(
  db: Db,
  workspaceId: string,
  surveyId: string,
  link: { d?: string | undefined; t?: string | undefined },
): Promise<void> {
  if (!link.d && !link.t) return;
  await inWorkspace(db, workspaceId, async (tx) => {
    if (link.t) {
      await tx
        .updateTable('survey_invitations')
        .set({ opened_at: sql<Date>`coalesce(opened_at, now())` })
        .where('workspace_id', '=', workspaceId)
        .where('token_hash', '=', tokenHash(link.t))
        .where('survey_id', '=', surveyId)
        .execute();
      return;
    }
    const d = await findDistributionByCode(tx, workspaceId, link.d!);
    if (d && d.survey_id === surveyId) await countDaily(tx, workspaceId, d.id, 'opened');
  });
}
