// SQL for saved dashboards and the surveys the workspace overview draws from. No rules here.
import type { Selectable } from 'kysely';
import type { Tx } from '../../../db/database';
import type { DashboardsTable } from '../../../db/schema';

export type DashboardRow = Selectable<DashboardsTable>;

/** The saved dashboard of a survey, or of the workspace overview (surveyId null). */
export async function findDashboard(
  tx: Tx,
  workspaceId: string,
  surveyId: string | null,
): Promise<DashboardRow | undefined> {
  return tx
    .selectFrom('dashboards')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) => (surveyId === null ? eb('survey_id', 'is', null) : eb('survey_id', '=', surveyId)))
    .executeTakeFirst();
}

/** Saves the widgets, replacing those saved before (one dashboard per survey and one overview). */
export async function upsertDashboard(
  tx: Tx,
  row: {
    workspaceId: string;
    id: string;
    surveyId: string | null;
    widgets: unknown[];
    updatedBy: string | null;
  },
): Promise<DashboardRow> {
  return (
    tx
      .insertInto('dashboards')
      .values({
        workspace_id: row.workspaceId,
        id: row.id,
        survey_id: row.surveyId,
        widgets: JSON.stringify(row.widgets),
        updated_by: row.updatedBy,
        updated_at: new Date(),
      })
      // The unique index dashboards_scope treats NULL survey ids as equal: one overview per workspace.
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'survey_id']).doUpdateSet((eb) => ({
          widgets: eb.ref('excluded.widgets'),
          updated_by: eb.ref('excluded.updated_by'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .returningAll()
      .executeTakeFirstOrThrow()
  );
}

/** Forgets the saved dashboard; true when there was one. */
export async function deleteDashboard(
  tx: Tx,
  workspaceId: string,
  surveyId: string | null,
): Promise<boolean> {
  const result = await tx
    .deleteFrom('dashboards')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => (surveyId === null ? eb('survey_id', 'is', null) : eb('survey_id', '=', surveyId)))
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Published surveys, the most recently published first. */
export async function recentPublishedSurveyIds(
  tx: Tx,
  workspaceId: string,
  limit: number,
): Promise<string[]> {
  const rows = await tx
    .selectFrom('surveys as s')
    .innerJoin('survey_versions as v', (j) =>
      j
        .onRef('v.workspace_id', '=', 's.workspace_id')
        .onRef('v.survey_id', '=', 's.id')
        .onRef('v.version', '=', 's.latest_version'),
    )
    .select('s.id')
    .where('s.workspace_id', '=', workspaceId)
    .where('s.status', '=', 'published')
    .orderBy('v.published_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Which of these ids are surveys of the workspace. */
export async function existingSurveyIds(
  tx: Tx,
  workspaceId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .selectFrom('surveys')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}
