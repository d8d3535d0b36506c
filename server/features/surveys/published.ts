// What the survey page and the intake may know of a survey: found by its public key, the version
// respondents answer now, and the wave open at this moment. Exported for features/responses and
// features/survey-page, which never read the surveys tables themselves.
import { sql } from 'kysely';
import type { SurveyDefinition } from '../../../common/survey/definition';
import type { Db, Tx } from '../../db/database';
import type { SurveySettingsRow } from '../../db/schema';

export interface PublishedSurvey {
  workspaceId: string;
  surveyId: string;
  key: string;
  name: string;
  status: 'draft' | 'published' | 'closed';
  /** The newest published version, or null when the survey was never published. */
  version: number | null;
  definition: SurveyDefinition | null;
  settings: SurveySettingsRow;
  /** The workspace's default language: the last fallback for the page's chrome. */
  workspaceLanguage: string;
  /** Waves exist, and which one is open now (null when none is). */
  hasWaves: boolean;
  openWaveId: string | null;
}

/** The workspace a public key belongs to, in one system-scoped statement (no transaction needed). */
export async function surveyKeyOwner(
  db: Db,
  key: string,
): Promise<{ workspaceId: string; surveyId: string } | null> {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(key)) return null;
  const { rows } = await sql<{ workspace_id: string; id: string }>`
    SELECT * FROM rapport_survey_key(${key})`.execute(db);
  const row = rows[0];
  return row ? { workspaceId: row.workspace_id, surveyId: row.id } : null;
}

/**
 * The survey as respondents see it, read inside the workspace's transaction: the survey, its
 * newest version and its waves in one statement, since every answer of every respondent asks.
 */
export async function loadPublishedSurvey(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
): Promise<PublishedSurvey | null> {
  const survey = await tx
    .selectFrom('surveys')
    .innerJoin('workspaces', 'workspaces.id', 'surveys.workspace_id')
    .leftJoin('survey_versions', (join) =>
      join
        .onRef('survey_versions.workspace_id', '=', 'surveys.workspace_id')
        .onRef('survey_versions.survey_id', '=', 'surveys.id')
        .onRef('survey_versions.version', '=', 'surveys.latest_version'),
    )
    .select((eb) => [
      'surveys.key',
      'surveys.name',
      'surveys.status',
      'surveys.latest_version',
      'surveys.settings',
      'workspaces.default_language',
      'survey_versions.definition',
      eb
        .exists(
          eb
            .selectFrom('survey_waves')
            .select('survey_waves.id')
            .whereRef('survey_waves.workspace_id', '=', 'surveys.workspace_id')
            .whereRef('survey_waves.survey_id', '=', 'surveys.id'),
        )
        .$castTo<boolean>()
        .as('has_waves'),
      eb
        .selectFrom('survey_waves')
        .select('survey_waves.id')
        .whereRef('survey_waves.workspace_id', '=', 'surveys.workspace_id')
        .whereRef('survey_waves.survey_id', '=', 'surveys.id')
        .where(sql<boolean>`survey_waves.opens_at <= now()`)
        .where((w) =>
          w.or([w('survey_waves.closes_at', 'is', null), w('survey_waves.closes_at', '>', sql<Date>`now()`)]),
        )
        .orderBy('survey_waves.number', 'desc')
        .limit(1)
        .as('open_wave_id'),
    ])
    .where('surveys.workspace_id', '=', workspaceId)
    .where('surveys.id', '=', surveyId)
    .executeTakeFirst();
  if (!survey) return null;
  return {
    workspaceId,
    surveyId,
    key: survey.key,
    name: survey.name,
    status: survey.status,
    version: survey.latest_version,
    definition: (survey.definition as SurveyDefinition | null) ?? null,
    settings: survey.settings,
    workspaceLanguage: survey.default_language,
    hasWaves: survey.has_waves,
    openWaveId: survey.open_wave_id ?? null,
  };
}

/** A published version's definition, as stored at publish time (already validated then). */
export async function loadVersionDefinition(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  version: number,
): Promise<SurveyDefinition | null> {
  const row = await tx
    .selectFrom('survey_versions')
    .select('definition')
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? (row.definition as SurveyDefinition) : null;
}

/** The definition being edited, for the console's live preview. */
export async function loadDraftDefinition(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
): Promise<{ key: string; definition: SurveyDefinition } | null> {
  const row = await tx
    .selectFrom('surveys')
    .select(['key', 'draft'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return row ? { key: row.key, definition: row.draft as SurveyDefinition } : null;
}

/** Whether the survey belongs to the workspace: other features' survey routes 404 otherwise. */
export async function surveyExists(tx: Tx, workspaceId: string, surveyId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('surveys')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return row !== undefined;
}
