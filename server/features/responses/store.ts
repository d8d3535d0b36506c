// SQL for responses and their answer facts.
import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { DeviceClass } from '../../db/schema';
import { termsVector } from '../../platform/text/search-sql';
import type { AnswerFact } from './facts';

export const findBySession = (tx: Tx, workspaceId: string, surveyId: string, sessionHash: string) =>
  tx
    .selectFrom('responses')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .where('session_hash', '=', sessionHash)
    .executeTakeFirst();

export const findByOnceKey = (tx: Tx, workspaceId: string, surveyId: string, onceKey: string) =>
  tx
    .selectFrom('responses')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .where('once_key', '=', onceKey)
    .executeTakeFirst();

export async function locationIdByCode(tx: Tx, workspaceId: string, code: string): Promise<string | null> {
  const row = await tx
    .selectFrom('locations')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.id ?? null;
}

export interface ResponseWrite {
  workspaceId: string;
  id: string;
  surveyId: string;
  version: number;
  waveId: string | null;
  sessionHash: string;
  onceKey: string | null;
  status: 'partial' | 'complete';
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  language: string;
  channel: string;
  locationId: string | null;
  deviceClass: DeviceClass;
  pageSeconds: Record<string, number>;
  currentPage: string | null;
  ending: string | null;
  /** The customer the hidden identity fields (or the invitation) point to, if any. */
  customerId: string | null;
  distributionId: string | null;
  invitationId: string | null;
  /** When an offline device recorded this complete response: its start and completion time. */
  answeredAt?: Date | null;
}

/**
 * Inserts the response, or updates the same attempt's row while it is still partial. Returns
 * nothing when the attempt was already complete: a retried submit changes nothing. Concurrent
 * retries serialize on the unique (survey, session) key, so exactly one of them completes it.
 */
export async function upsertResponse(tx: Tx, r: ResponseWrite) {
  const now = sql<Date>`now()`;
  return tx
    .insertInto('responses')
    .values({
      workspace_id: r.workspaceId,
      id: r.id,
      survey_id: r.surveyId,
      version: r.version,
      wave_id: r.waveId,
      session_hash: r.sessionHash,
      once_key: r.onceKey,
      status: r.status,
      answers: JSON.stringify(r.answers),
      hidden: JSON.stringify(r.hidden),
      language: r.language,
      channel: r.channel,
      location_id: r.locationId,
      device_class: r.deviceClass,
      page_seconds: JSON.stringify(r.pageSeconds),
      current_page: r.currentPage,
      ending: r.ending,
      customer_id: r.customerId,
      distribution_id: r.distributionId,
      invitation_id: r.invitationId,
      completed_at: r.status === 'complete' ? (r.answeredAt ?? now) : null,
      ...(r.answeredAt ? { started_at: r.answeredAt } : {}),
    })
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'survey_id', 'session_hash'])
        .doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          once_key: eb.ref('excluded.once_key'),
          answers: eb.ref('excluded.answers'),
          hidden: eb.ref('excluded.hidden'),
          language: eb.ref('excluded.language'),
          // The page reports each page's total so far; pages it does not mention keep theirs.
          page_seconds: sql`responses.page_seconds || excluded.page_seconds`,
          current_page: eb.ref('excluded.current_page'),
          ending: eb.ref('excluded.ending'),
          completed_at: eb.ref('excluded.completed_at'),
          customer_id: sql`coalesce(excluded.customer_id, responses.customer_id)`,
          updated_at: now,
        }))
        .where('responses.status', '=', 'partial'),
    )
    .returning(['id', 'status', 'ending', sql<boolean>`xmax = 0`.as('inserted')])
    .executeTakeFirst();
}

export async function replaceFacts(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  responseId: string,
  facts: AnswerFact[],
  complete: boolean,
  /** The response was just inserted: it has no facts to remove. */
  opts: { fresh: boolean },
): Promise<void> {
  if (!opts.fresh) {
    await tx
      .deleteFrom('response_answers')
      .where('workspace_id', '=', workspaceId)
      .where('response_id', '=', responseId)
      .execute();
  }
  if (facts.length === 0) return;
  await tx
    .insertInto('response_answers')
    .values(factRows(workspaceId, surveyId, responseId, facts, complete))
    .execute();
}

/** The rows of a response's facts, for one insert (or many responses' in one, as the demo does). */
export function factRows(
  workspaceId: string,
  surveyId: string,
  responseId: string,
  facts: AnswerFact[],
  complete: boolean,
) {
  return facts.map((f) => ({
    workspace_id: workspaceId,
    response_id: responseId,
    question_id: f.questionId,
    item: f.item,
    survey_id: surveyId,
    question_type: f.questionType,
    value_num: f.valueNum,
    value_text: f.valueText,
    complete,
    answered_at: sql<Date>`now()`,
    // Free-text answers are searchable (analytics/comments): their words, Chinese segmented.
    terms: f.questionType === 'text' ? termsVector(f.valueText) : null,
  }));
}
