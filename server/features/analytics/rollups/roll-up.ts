// Keeping the rollups current. A complete response is added to the rollups exactly once: a batch
// of responses not yet counted is locked, added (an upsert that increments the counters) and
// flagged in ONE transaction, so a crash counts nothing twice and a retry picks up what is left.
// One workspace's batches run one at a time (an advisory lock): upserts of the same rollup rows
// from two batches would otherwise wait on each other, or deadlock.
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../../db/database';
import { workspaceTimeZone } from '../scope/response-scope';

const BATCH = 5000;

/** Question types whose answers are not scale points: only their count, sum and sum of squares are kept. */
const POINTLESS_TYPES = ['number', 'single_choice', 'dropdown', 'multiple_choice'];
/** Free text, dates and contacts are read from the facts, never rolled up. */
const UNROLLED_TYPES = ['text', 'date', 'contact'];

/** Adds every complete response not yet counted; returns how many it added. */
export async function rollUpWorkspace(tx: Tx, workspaceId: string): Promise<number> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`rollups:${workspaceId}`}, 0))`.execute(tx);
  const timeZone = await workspaceTimeZone(tx, workspaceId);
  let total = 0;
  for (;;) {
    const { rows } = await sql<{ n: number }>`
      WITH batch AS (
        UPDATE responses SET rolled_up = true
        WHERE workspace_id = ${workspaceId} AND id IN (
          SELECT id FROM responses
          WHERE workspace_id = ${workspaceId} AND status = 'complete' AND NOT rolled_up
          ORDER BY id LIMIT ${BATCH} FOR UPDATE)
        RETURNING workspace_id, id, survey_id, completed_at, location_id, channel, wave_id
      ),
      added AS (${upsertRollups(sql`batch`, timeZone)})
      SELECT count(*)::int AS n FROM batch`.execute(tx);
    const n = rows[0]?.n ?? 0;
    total += n;
    if (n < BATCH) return total;
  }
}

/**
 * Drops the workspace's rollups and counts every complete response again from the facts, in one
 * transaction: readers see the old rollups until it commits. Used by `rapport analytics:rebuild`
 * and after a change of the workspace's time zone (days move).
 */
export async function rebuildRollups(tx: Tx, workspaceId: string): Promise<number> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`rollups:${workspaceId}`}, 0))`.execute(tx);
  await tx.deleteFrom('response_rollups').where('workspace_id', '=', workspaceId).execute();
  const timeZone = await workspaceTimeZone(tx, workspaceId);
  const { rows } = await sql<{ n: number }>`
    WITH batch AS (
      UPDATE responses SET rolled_up = (status = 'complete')
      WHERE workspace_id = ${workspaceId}
      RETURNING workspace_id, id, survey_id, status, completed_at, location_id, channel, wave_id
    ),
    complete AS (SELECT * FROM batch WHERE status = 'complete'),
    added AS (${upsertRollups(sql`complete`, timeZone)})
    SELECT count(*)::int AS n FROM complete`.execute(tx);
  return rows[0]?.n ?? 0;
}

/**
 * The upsert adding the responses of relation `batch` to the rollups: their answers per question,
 * item, day and dimensions (with counts per scale point), and (question '') the responses themselves.
 */
function upsertRollups(batch: RawBuilder<unknown>, timeZone: string): RawBuilder<unknown> {
  const day = sql`(b.completed_at AT TIME ZONE ${timeZone})::date`;
  return sql`
    INSERT INTO response_rollups AS ru
      (workspace_id, survey_id, question_id, item, day, location_id, channel, wave_id, counts, n, sum, sum_sq)
    SELECT workspace_id, survey_id, question_id, item, day, location_id, channel, wave_id,
      rapport_counts(point, c), sum(c), sum(s), sum(ss)
    FROM (
      SELECT b.workspace_id, b.survey_id, a.question_id,
        CASE WHEN a.question_type IN ('single_choice', 'dropdown') THEN a.value_text ELSE a.item END AS item,
        ${day} AS day, b.location_id, b.channel, b.wave_id,
        CASE WHEN a.question_type = ANY(${POINTLESS_TYPES}::text[]) THEN NULL ELSE a.value_num END AS point,
        count(*) AS c, coalesce(sum(a.value_num), 0) AS s, coalesce(sum(a.value_num * a.value_num), 0) AS ss
      FROM ${batch} b
      JOIN response_answers a ON a.workspace_id = b.workspace_id AND a.response_id = b.id
      WHERE NOT (a.question_type = ANY(${UNROLLED_TYPES}::text[]))
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ) per_point
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    UNION ALL
    SELECT b.workspace_id, b.survey_id, ''::text, ''::text, ${day}, b.location_id, b.channel, b.wave_id,
      NULL::bigint[], count(*), 0::float8, 0::float8
    FROM ${batch} b
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT (workspace_id, survey_id, question_id, item, day, location_id, channel, wave_id)
    DO UPDATE SET counts = rapport_counts_add(ru.counts, excluded.counts), n = ru.n + excluded.n,
      sum = ru.sum + excluded.sum, sum_sq = ru.sum_sq + excluded.sum_sq
    RETURNING 1`;
}
