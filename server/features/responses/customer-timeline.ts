// What the customer timeline (features/customers/activity) may know of one customer's responses:
// the survey's name, the response's state and where it came from, and its headline score. The
// timeline reads responses only through this function, never the responses tables themselves.
import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import { surveysQuery } from '../surveys/store';

/** Question types whose answer is a score worth showing on a timeline, the headline one first. */
const SCORE_TYPES = ['nps', 'csat', 'ces', 'rating'] as const;
export type ScoreType = (typeof SCORE_TYPES)[number];

export interface CustomerResponse {
  id: string;
  /** When it was completed (or begun, while partial), as UTC text to the microsecond. */
  at: string;
  surveyId: string;
  surveyName: string;
  status: 'partial' | 'complete';
  channel: string;
  locationId: string | null;
  /** The response's first score by type (NPS before CSAT before CES before rating), if any. */
  score: number | null;
  scoreType: ScoreType | null;
}

/**
 * A customer's responses, newest first, strictly before `before` (an `at` as this function gives
 * it and a response id) when given, at most `limit`.
 */
export async function listCustomerResponses(
  tx: Tx,
  workspaceId: string,
  customerId: string,
  opts: { before: { at: string; id: string } | null; limit: number },
): Promise<CustomerResponse[]> {
  const at = sql<Date>`coalesce(responses.completed_at, responses.started_at)`;
  let q = tx
    .selectFrom('responses')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('response_answers')
          .select(['response_answers.value_num', 'response_answers.question_type'])
          .whereRef('response_answers.workspace_id', '=', 'responses.workspace_id')
          .whereRef('response_answers.response_id', '=', 'responses.id')
          .where('response_answers.question_type', 'in', SCORE_TYPES)
          .where('response_answers.value_num', 'is not', null)
          .orderBy(sql`array_position(${sql.val(SCORE_TYPES)}::text[], response_answers.question_type)`)
          .orderBy('response_answers.question_id')
          .limit(1)
          .as('score'),
      (join) => join.onTrue(),
    )
    .select([
      'responses.id',
      'responses.survey_id',
      'responses.status',
      'responses.channel',
      'responses.location_id',
      'score.value_num',
      'score.question_type',
      sql<string>`to_char(${at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('at'),
    ])
    .where('responses.workspace_id', '=', workspaceId)
    .where('responses.customer_id', '=', customerId);
  if (opts.before) {
    q = q.where(
      sql<boolean>`(${at}, responses.id) < (${opts.before.at}::timestamptz, ${opts.before.id}::uuid)`,
    );
  }
  const rows = await q.orderBy(at, 'desc').orderBy('responses.id', 'desc').limit(opts.limit).execute();
  const names = await surveyNames(tx, workspaceId, [...new Set(rows.map((r) => r.survey_id))]);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    surveyId: r.survey_id,
    surveyName: names.get(r.survey_id) ?? '',
    status: r.status,
    channel: r.channel,
    locationId: r.location_id,
    score: r.value_num ?? null,
    scoreType: (r.question_type as ScoreType | null) ?? null,
  }));
}

/** Survey names through the surveys feature's own query (drafts are not loaded). */
async function surveyNames(tx: Tx, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await surveysQuery(tx, workspaceId, {})
    .clearSelect()
    .select(['id', 'name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
