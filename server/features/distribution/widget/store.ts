// SQL for the website widget: the workspace behind a site's slug, its live widgets, and the
// recontact cooldown's one row per person. No rules here: those live in the use-case files.
import { sql } from 'kysely';
import type { Db, Tx } from '../../../db/database';

/** `workspaces` is a global table (no row-level security): a slug finds its id without a scope. */
export const workspaceBySlug = (db: Db, slug: string) =>
  db.selectFrom('workspaces').select(['id', 'slug']).where('slug', '=', slug).executeTakeFirst();

/** Active widget distributions whose survey is published, oldest first, with the survey's key. */
export const liveWidgets = (tx: Tx, workspaceId: string) =>
  tx
    .selectFrom('distributions as d')
    .innerJoin('surveys as s', (join) =>
      join.onRef('s.workspace_id', '=', 'd.workspace_id').onRef('s.id', '=', 'd.survey_id'),
    )
    .select(['d.id', 'd.code', 'd.settings', 's.key'])
    .where('d.workspace_id', '=', workspaceId)
    .where('d.kind', '=', 'widget')
    .where('d.status', '=', 'active')
    .where('s.status', '=', 'published')
    .orderBy('d.id')
    .execute();

/**
 * Claims a show for `person` unless they were shown one within `cooldownDays`: the row is written
 * (and true returned) only when it is new or old enough. The upsert holds the row's lock until the
 * transaction ends, so two tabs asking at once cannot both be told yes.
 */
export async function claimWidgetContact(
  tx: Tx,
  workspaceId: string,
  person: string,
  cooldownDays: number,
): Promise<boolean> {
  const { rows } = await sql<{ person: string }>`
    INSERT INTO widget_contacts (workspace_id, person, last_shown_at)
    VALUES (${workspaceId}, ${person}, now())
    ON CONFLICT (workspace_id, person) DO UPDATE SET last_shown_at = now()
      WHERE widget_contacts.last_shown_at <= now() - make_interval(days => ${cooldownDays}::int)
    RETURNING person`.execute(tx);
  return rows.length > 0;
}
