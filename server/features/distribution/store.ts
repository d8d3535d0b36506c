// SQL for distributions. No rules here: those live in the use-case files.
import type { Insertable, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import type { DistributionsTable } from '../../db/schema';

export type DistributionRow = Selectable<DistributionsTable>;

export const distributionsQuery = (
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  includeArchived = false,
) => {
  let q = tx
    .selectFrom('distributions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId);
  if (!includeArchived) q = q.where('status', '<>', 'archived');
  return q;
};

export const findDistribution = (tx: Tx, workspaceId: string, id: string) =>
  tx
    .selectFrom('distributions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();

export const findDistributionByCode = (tx: Tx, workspaceId: string, code: string) =>
  tx
    .selectFrom('distributions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('code', '=', code)
    .executeTakeFirst();

/** A distribution (by id or public code) with its survey's key, name and status. */
export const findDistributionWithSurvey = (
  tx: Tx,
  workspaceId: string,
  by: { id: string } | { code: string },
) =>
  tx
    .selectFrom('distributions as d')
    .innerJoin('surveys as s', (j) =>
      j.onRef('s.workspace_id', '=', 'd.workspace_id').onRef('s.id', '=', 'd.survey_id'),
    )
    .selectAll('d')
    .select(['s.key as survey_key', 's.name as survey_name', 's.status as survey_status'])
    .where('d.workspace_id', '=', workspaceId)
    .where('id' in by ? 'd.id' : 'd.code', '=', 'id' in by ? by.id : by.code)
    .executeTakeFirst();

export const insertDistribution = (tx: Tx, row: Insertable<DistributionsTable>) =>
  tx.insertInto('distributions').values(row).returningAll().executeTakeFirstOrThrow();

export const updateDistributionRow = (
  tx: Tx,
  workspaceId: string,
  id: string,
  changes: Updateable<DistributionsTable>,
) =>
  tx
    .updateTable('distributions')
    .set({ ...changes, updated_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

/** The workspace and id behind a public code (/d/:code, /k/:code, ?d=), or null. */
export async function distributionCodeOwner(
  db: Db,
  code: string,
): Promise<{ workspaceId: string; distributionId: string } | null> {
  if (!/^[a-z0-9]{4,16}$/.test(code)) return null;
  const { rows } = await sql<{ workspace_id: string; id: string }>`
    SELECT * FROM rapport_distribution_code(${code})`.execute(db);
  const row = rows[0];
  return row ? { workspaceId: row.workspace_id, distributionId: row.id } : null;
}

/** Counts one page view (opened) or widget show (shown) for today, in the workspace's time zone. */
export async function countDaily(
  tx: Tx,
  workspaceId: string,
  distributionId: string,
  what: 'opened' | 'shown',
) {
  const column = sql.ref(what);
  await sql`
    INSERT INTO distribution_daily (workspace_id, distribution_id, day, ${column})
    SELECT ${workspaceId}, ${distributionId}, (now() AT TIME ZONE w.time_zone)::date, 1
      FROM workspaces w WHERE w.id = ${workspaceId}
    ON CONFLICT (workspace_id, distribution_id, day)
      DO UPDATE SET ${column} = distribution_daily.${column} + 1`.execute(tx);
}
