// SQL for the open-text explorer: free-text facts with their response, survey and location, newest
// first; the scores shown beside them; the surveys' first NPS questions.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { SurveyDefinition } from '../../../../common/survey/definition';
import type { Tx } from '../../../db/database';

export interface CommentRow {
  response_id: string;
  survey_id: string;
  survey_name: string;
  question_id: string;
  text: string;
  language: string;
  channel: string;
  location_id: string | null;
  location_name: string | null;
  completed_at: Date;
  /** completed_at in microseconds since the epoch, exact, for the cursor. */
  completed_us: string;
}

/** Where the previous page ended: the keyset (completed_at, response, question), newest first. */
export interface CommentKey {
  completedUs: string;
  responseId: string;
  questionId: string;
}

export interface CommentFilter {
  /** The condition on `responses r` (responseScope, or its cross-survey twin). */
  scope: RawBuilder<SqlBool>;
  questionId?: string;
  /** A condition on the fact `ra` (the search). */
  search?: RawBuilder<SqlBool>;
  /** Only responses whose answer to their survey's NPS question is in [min, max]. */
  nps?: { questions: { surveyId: string; questionId: string }[]; min: number; max: number };
  after?: CommentKey;
  limit: number;
}

export async function findComments(tx: Tx, workspaceId: string, f: CommentFilter): Promise<CommentRow[]> {
  const where: RawBuilder<unknown>[] = [
    sql`ra.workspace_id = ${workspaceId}`,
    sql`ra.question_type = 'text'`,
    sql`ra.value_text <> ''`,
    f.scope,
  ];
  if (f.questionId) where.push(sql`ra.question_id = ${f.questionId}`);
  if (f.search) where.push(f.search);
  if (f.nps) {
    const surveys = f.nps.questions.map((q) => q.surveyId);
    const questions = f.nps.questions.map((q) => q.questionId);
    where.push(sql`EXISTS (SELECT 1 FROM response_answers n
      WHERE n.workspace_id = r.workspace_id AND n.response_id = r.id AND n.item = ''
        AND (r.survey_id, n.question_id) IN (SELECT * FROM unnest(${surveys}::uuid[], ${questions}::text[]))
        AND n.value_num BETWEEN ${f.nps.min} AND ${f.nps.max})`);
  }
  if (f.after) {
    where.push(sql`(r.completed_at, ra.response_id, ra.question_id) <
      (timestamptz 'epoch' + ${f.after.completedUs}::bigint * interval '1 microsecond',
       ${f.after.responseId}::uuid, ${f.after.questionId})`);
  }
  const { rows } = await sql<CommentRow>`
    SELECT ra.response_id, ra.survey_id, s.name AS survey_name, ra.question_id, ra.value_text AS text,
      r.language, r.channel, r.location_id, l.name AS location_name, r.completed_at,
      (extract(epoch FROM r.completed_at) * 1000000)::bigint::text AS completed_us
    FROM response_answers ra
    JOIN responses r ON r.workspace_id = ra.workspace_id AND r.id = ra.response_id
    JOIN surveys s ON s.workspace_id = r.workspace_id AND s.id = r.survey_id
    LEFT JOIN locations l ON l.workspace_id = r.workspace_id AND l.id = r.location_id
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY r.completed_at DESC, ra.response_id DESC, ra.question_id DESC
    LIMIT ${f.limit}`.execute(tx);
  return rows;
}

export interface ScoreFact {
  response_id: string;
  question_id: string;
  question_type: 'nps' | 'csat' | 'ces' | 'rating';
  value_num: number;
}

/** The scored answers (NPS, CSAT, CES, rating) of the given responses. */
export async function findScores(tx: Tx, workspaceId: string, responseIds: string[]): Promise<ScoreFact[]> {
  if (responseIds.length === 0) return [];
  const rows = await tx
    .selectFrom('response_answers')
    .select(['response_id', 'question_id', 'question_type', 'value_num'])
    .where('workspace_id', '=', workspaceId)
    .where('response_id', 'in', responseIds)
    .where('item', '=', '')
    .where('question_type', 'in', ['nps', 'csat', 'ces', 'rating'])
    .where('value_num', 'is not', null)
    .execute();
  return rows as ScoreFact[];
}

/** Every published survey's newest definition (only published surveys have responses). */
export async function latestDefinitions(
  tx: Tx,
  workspaceId: string,
): Promise<{ surveyId: string; definition: SurveyDefinition }[]> {
  const rows = await tx
    .selectFrom('surveys as s')
    .innerJoin('survey_versions as v', (join) =>
      join
        .onRef('v.workspace_id', '=', 's.workspace_id')
        .onRef('v.survey_id', '=', 's.id')
        .onRef('v.version', '=', 's.latest_version'),
    )
    .select(['s.id', 'v.definition'])
    .where('s.workspace_id', '=', workspaceId)
    .execute();
  return rows.map((r) => ({ surveyId: r.id, definition: r.definition as unknown as SurveyDefinition }));
}
