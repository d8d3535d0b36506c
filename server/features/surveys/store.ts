// SQL for surveys, their versions, waves and saved templates. No rules here: those live in the
// use-case files. Every statement names the workspace, row-level security being the second lock.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Tx } from '../../db/database';
import type {
  SurveyTemplatesTable,
  SurveyVersionsTable,
  SurveyWavesTable,
  SurveysTable,
} from '../../db/schema';

export type SurveyRow = Selectable<SurveysTable>;
export type WaveRow = Selectable<SurveyWavesTable>;
export type TemplateRow = Selectable<SurveyTemplatesTable>;

export interface ResponseCounts {
  complete: number;
  partial: number;
}
export const NO_RESPONSES: ResponseCounts = { complete: 0, partial: 0 };

export const workspaceLanguage = async (tx: Tx, workspaceId: string): Promise<string> =>
  (
    await tx
      .selectFrom('workspaces')
      .select('default_language')
      .where('id', '=', workspaceId)
      .executeTakeFirstOrThrow()
  ).default_language;

// Surveys

/** The survey list, for paginate(): status filter and a case-insensitive part of the name. */
export function surveysQuery(
  tx: Tx,
  workspaceId: string,
  filter: { status?: SurveyRow['status']; q?: string },
) {
  let q = tx.selectFrom('surveys').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.status) q = q.where('status', '=', filter.status);
  // strpos, not ILIKE: the text is matched as given, % and _ included.
  if (filter.q) q = q.where(sql<boolean>`strpos(lower(name), lower(${filter.q})) > 0`);
  return q;
}

export const findSurvey = (tx: Tx, workspaceId: string, id: string) =>
  tx
    .selectFrom('surveys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();

/** The survey, locked until the transaction ends: publishes, closes and wave changes queue here. */
export const lockSurvey = (tx: Tx, workspaceId: string, id: string) =>
  tx
    .selectFrom('surveys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const insertSurvey = (tx: Tx, row: Insertable<SurveysTable>) =>
  tx.insertInto('surveys').values(row).returningAll().executeTakeFirstOrThrow();

export const updateSurveyRow = (tx: Tx, workspaceId: string, id: string, changes: Updateable<SurveysTable>) =>
  tx
    .updateTable('surveys')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

/** Also removes its versions, waves and responses (ON DELETE CASCADE). */
export const deleteSurveyRow = (tx: Tx, workspaceId: string, id: string) =>
  tx.deleteFrom('surveys').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();

/** Complete and partial responses per survey, in one grouped query. */
export async function responseCounts(
  tx: Tx,
  workspaceId: string,
  surveyIds: string[],
): Promise<Map<string, ResponseCounts>> {
  const counts = new Map<string, ResponseCounts>();
  if (surveyIds.length === 0) return counts;
  const rows = await tx
    .selectFrom('responses')
    .select((eb) => ['survey_id', 'status', eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', 'in', surveyIds)
    .groupBy(['survey_id', 'status'])
    .execute();
  for (const row of rows) {
    const c = counts.get(row.survey_id) ?? { ...NO_RESPONSES };
    c[row.status] = Number(row.n);
    counts.set(row.survey_id, c);
  }
  return counts;
}

export const hasResponses = async (
  tx: Tx,
  workspaceId: string,
  where: { surveyId: string } | { waveId: string },
): Promise<boolean> => {
  let q = tx.selectFrom('responses').select('id').where('workspace_id', '=', workspaceId);
  q = 'surveyId' in where ? q.where('survey_id', '=', where.surveyId) : q.where('wave_id', '=', where.waveId);
  return Boolean(await q.limit(1).executeTakeFirst());
};

// Versions

/**
 * Locks a survey's versions. A response being saved holds a key-share lock on its version until
 * it commits, so this waits for it: after this, a count of the survey's responses is final.
 */
export const lockVersions = (tx: Tx, workspaceId: string, surveyId: string) =>
  tx
    .selectFrom('survey_versions')
    .select('version')
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .forUpdate()
    .execute();

export const insertVersion = (tx: Tx, row: Insertable<SurveyVersionsTable>) =>
  tx.insertInto('survey_versions').values(row).returningAll().executeTakeFirstOrThrow();

/** A survey's versions with their response counts, newest first (one version when given). */
export function versionsQuery(tx: Tx, workspaceId: string, surveyId: string) {
  return tx
    .selectFrom('survey_versions as v')
    .select(['v.version', 'v.definition', 'v.published_by', 'v.published_at'])
    .select((eb) =>
      eb
        .selectFrom('responses as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.workspace_id', '=', 'v.workspace_id')
        .whereRef('r.survey_id', '=', 'v.survey_id')
        .whereRef('r.version', '=', 'v.version')
        .as('response_count'),
    )
    .where('v.workspace_id', '=', workspaceId)
    .where('v.survey_id', '=', surveyId)
    .orderBy('v.version', 'desc');
}
export type VersionRow = Awaited<ReturnType<ReturnType<typeof versionsQuery>['executeTakeFirstOrThrow']>>;

// Waves

/** A survey's waves with their response counts, by number (one wave when waveId is given). */
export function wavesQuery(tx: Tx, workspaceId: string, surveyId: string) {
  return tx
    .selectFrom('survey_waves as w')
    .selectAll('w')
    .select((eb) =>
      eb
        .selectFrom('responses as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.workspace_id', '=', 'w.workspace_id')
        .whereRef('r.wave_id', '=', 'w.id')
        .as('response_count'),
    )
    .where('w.workspace_id', '=', workspaceId)
    .where('w.survey_id', '=', surveyId)
    .orderBy('w.number');
}
export type WaveWithCount = WaveRow & { response_count: number | null };

export const findWave = (tx: Tx, workspaceId: string, surveyId: string, id: string) =>
  tx
    .selectFrom('survey_waves')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Locks the wave: a response being saved into it holds a key-share lock until it commits. */
export const lockWave = (tx: Tx, workspaceId: string, surveyId: string, id: string) =>
  tx
    .selectFrom('survey_waves')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const surveyWaves = (tx: Tx, workspaceId: string, surveyId: string) =>
  tx
    .selectFrom('survey_waves')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .orderBy('number')
    .execute();

export const insertWave = (tx: Tx, row: Insertable<SurveyWavesTable>) =>
  tx.insertInto('survey_waves').values(row).returningAll().executeTakeFirstOrThrow();

export const updateWaveRow = (
  tx: Tx,
  workspaceId: string,
  id: string,
  changes: Updateable<SurveyWavesTable>,
) =>
  tx
    .updateTable('survey_waves')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const deleteWaveRow = (tx: Tx, workspaceId: string, id: string) =>
  tx.deleteFrom('survey_waves').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();

// Saved templates

export const insertTemplate = (tx: Tx, row: Insertable<SurveyTemplatesTable>) =>
  tx.insertInto('survey_templates').values(row).returningAll().executeTakeFirstOrThrow();

/** Newest first. */
export const listTemplates = (tx: Tx, workspaceId: string) =>
  tx
    .selectFrom('survey_templates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .execute();

export const findTemplate = (tx: Tx, workspaceId: string, id: string) =>
  tx
    .selectFrom('survey_templates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();

export const deleteTemplateRow = (tx: Tx, workspaceId: string, id: string) =>
  tx.deleteFrom('survey_templates').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
