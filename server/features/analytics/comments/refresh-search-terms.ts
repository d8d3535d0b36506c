// The backfill of search terms, for `rapport analytics:rebuild`: free-text facts written before
// terms existed (or under an older segmentation) get their words again, a batch at a time so no
// statement holds thousands of rows' terms in memory at once.
import { sql } from 'kysely';
import type { Tx } from '../../../db/database';
import { searchTerms } from '../../../platform/text/segment';

export interface RefreshSearchTermsOptions {
  /** Facts per SELECT and UPDATE. */
  batchSize?: number;
}

/** Rewrites `terms` of every free-text fact of the workspace; returns how many facts it read. */
export async function refreshSearchTerms(
  tx: Tx,
  workspaceId: string,
  { batchSize = 1000 }: RefreshSearchTermsOptions = {},
): Promise<number> {
  let after: { response_id: string; question_id: string; item: string } | undefined;
  let done = 0;
  for (;;) {
    const batch = await tx
      .selectFrom('response_answers')
      .select(['response_id', 'question_id', 'item', 'value_text'])
      .where('workspace_id', '=', workspaceId)
      .where('question_type', '=', 'text')
      .$if(after !== undefined, (q) =>
        q.where((eb) =>
          eb(
            eb.refTuple('response_id', 'question_id', 'item'),
            '>',
            eb.tuple(after!.response_id, after!.question_id, after!.item),
          ),
        ),
      )
      .orderBy('response_id')
      .orderBy('question_id')
      .orderBy('item')
      .limit(batchSize)
      .execute();
    if (batch.length === 0) return done;
    // Terms never contain spaces (they are runs of letters), so a space-joined string carries them.
    const joined = batch.map((f) => searchTerms(f.value_text ?? '').join(' '));
    await sql`UPDATE response_answers ra
      SET terms = array_to_tsvector(string_to_array(nullif(v.terms, ''), ' '))
      FROM unnest(${batch.map((f) => f.response_id)}::uuid[], ${batch.map((f) => f.question_id)}::text[],
                  ${batch.map((f) => f.item)}::text[], ${joined}::text[]) AS v(response_id, question_id, item, terms)
      WHERE ra.workspace_id = ${workspaceId} AND ra.response_id = v.response_id
        AND ra.question_id = v.question_id AND ra.item = v.item`.execute(tx);
    done += batch.length;
    after = batch.at(-1);
  }
}
