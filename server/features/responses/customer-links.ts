// What the customer feature may do to a customer's responses, through the owner of the tables:
// count and move them on a merge, read them for a privacy export, anonymise them on an erase.
import { sql } from 'kysely';
import type { SurveyDefinition } from '../../../common/survey/definition';
import type { Tx } from '../../db/database';
import { loadVersionDefinition } from '../surveys/published';
import { withoutPersonalAnswers } from './personal-answers';

export async function countCustomerResponses(
  tx: Tx,
  workspaceId: string,
  customerId: string,
): Promise<number> {
  const row = await tx
    .selectFrom('responses')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', '=', customerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function moveCustomerResponses(
  tx: Tx,
  workspaceId: string,
  from: string,
  to: string,
): Promise<number> {
  const r = await tx
    .updateTable('responses')
    .set({ customer_id: to })
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Every response of the customer with its answers, for the customer's own copy of their data. */
export const customerResponsesForExport = (tx: Tx, workspaceId: string, customerId: string) =>
  tx
    .selectFrom('responses as r')
    .innerJoin('surveys as s', (j) =>
      j.onRef('s.workspace_id', '=', 'r.workspace_id').onRef('s.id', '=', 'r.survey_id'),
    )
    .select([
      'r.id',
      'r.survey_id',
      's.name as survey_name',
      'r.status',
      'r.language',
      'r.channel',
      'r.answers',
      'r.hidden',
      'r.started_at',
      'r.completed_at',
    ])
    .where('r.workspace_id', '=', workspaceId)
    .where('r.customer_id', '=', customerId)
    .orderBy('r.id')
    .execute();

/**
 * An erase keeps the customer's responses for statistics but removes the person: the link to the
 * customer, the hidden fields (which carried their identities) and the answers that can identify
 * them (personal-answers.ts), in the response and in its text facts. Scores stay.
 */
export async function anonymiseCustomerResponses(
  tx: Tx,
  workspaceId: string,
  customerId: string,
): Promise<number> {
  const rows = await tx
    .selectFrom('responses')
    .select(['id', 'survey_id', 'version', 'answers'])
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', '=', customerId)
    .execute();
  const definitions = new Map<string, SurveyDefinition | null>();
  for (const r of rows) {
    const key = `${r.survey_id}:${r.version}`;
    if (!definitions.has(key))
      definitions.set(key, await loadVersionDefinition(tx, workspaceId, r.survey_id, r.version));
    const def = definitions.get(key);
    await tx
      .updateTable('responses')
      .set({
        // A version always exists for a response (foreign key); without one, keep no answers.
        answers: JSON.stringify(def ? withoutPersonalAnswers(def, r.answers) : {}),
        hidden: '{}',
        customer_id: null,
        updated_at: sql`now()`,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', r.id)
      .execute();
  }
  if (rows.length) {
    await tx
      .deleteFrom('response_answers')
      .where('workspace_id', '=', workspaceId)
      .where(
        'response_id',
        'in',
        rows.map((r) => r.id),
      )
      .where('question_type', '=', 'text')
      .execute();
  }
  return rows.length;
}
