// The SQL of the analyses. Each reads the answer facts of the responses `scope` lets through
// (analytics/scope/response-scope.ts) and returns sums, never rows per response: key drivers over
// a million responses come back as one row of sums of products.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DriverMoments } from '../../../../common/analytics/drivers';
import type { Tx } from '../../../db/database';

export interface AnswerRef {
  questionId: string;
  item: string;
}

export interface ItemMeanRow {
  question_id: string;
  item: string;
  n: number;
  mean: number | null;
}

/** Count and mean of every item of the given questions. */
export async function itemMeans(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  scope: RawBuilder<SqlBool>,
  questionIds: readonly string[],
): Promise<ItemMeanRow[]> {
  const { rows } = await sql<ItemMeanRow>`
    SELECT a.question_id, a.item, count(*)::int AS n, avg(a.value_num) AS mean
    FROM responses r
    JOIN response_answers a ON a.workspace_id = r.workspace_id AND a.response_id = r.id
    WHERE ${scope} AND a.workspace_id = ${workspaceId} AND a.survey_id = ${surveyId}
      AND a.question_id = ANY(${questionIds}::text[]) AND a.value_num IS NOT NULL
    GROUP BY a.question_id, a.item`.execute(tx);
  return rows;
}

const v = (i: number) => sql.raw(`v${i}`);

/**
 * One row per response in scope with columns v0..vk: its answer to each of `refs` (NULL when it
 * did not answer). The facts hold one row per (response, question, item), so max() just picks it.
 */
function pivot(
  workspaceId: string,
  surveyId: string,
  scope: RawBuilder<SqlBool>,
  refs: readonly AnswerRef[],
) {
  const columns = refs.map(
    (ref, i) =>
      sql`max(a.value_num) FILTER (WHERE a.question_id = ${ref.questionId} AND a.item = ${ref.item}) AS ${v(i)}`,
  );
  const questionIds = [...new Set(refs.map((r) => r.questionId))];
  return sql`
    SELECT a.response_id, ${sql.join(columns)}
    FROM responses r
    JOIN response_answers a ON a.workspace_id = r.workspace_id AND a.response_id = r.id
    WHERE ${scope} AND a.workspace_id = ${workspaceId} AND a.survey_id = ${surveyId}
      AND a.question_id = ANY(${questionIds}::text[])
    GROUP BY a.response_id`;
}

/**
 * The sufficient statistics of key drivers over the responses that answered every one of `refs`
 * (the outcome first): their count, Σvᵢ and Σvᵢvⱼ (i ≤ j), in one query.
 */
export async function driverMoments(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  scope: RawBuilder<SqlBool>,
  refs: readonly AnswerRef[],
): Promise<DriverMoments> {
  const p = refs.length;
  const sums = refs.map((_, i) => sql`coalesce(sum(${v(i)}), 0) AS ${sql.raw(`s${i}`)}`);
  const products: RawBuilder<unknown>[] = [];
  for (let i = 0; i < p; i++)
    for (let j = i; j < p; j++)
      products.push(sql`coalesce(sum(${v(i)} * ${v(j)}), 0) AS ${sql.raw(`p${i}_${j}`)}`);
  const complete = refs.map((_, i) => sql`${v(i)} IS NOT NULL`);
  const { rows } = await sql<Record<string, number>>`
    WITH pivot AS (${pivot(workspaceId, surveyId, scope, refs)})
    SELECT count(*)::int AS n, ${sql.join(sums)}, ${sql.join(products)}
    FROM pivot WHERE ${sql.join(complete, sql` AND `)}`.execute(tx);
  const row = rows[0]!;
  const matrix = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => Number(row[i <= j ? `p${i}_${j}` : `p${j}_${i}`])),
  );
  return { n: Number(row.n), sums: refs.map((_, i) => Number(row[`s${i}`])), products: matrix };
}

export interface PairSums {
  /** Responses that answered both the attribute (x) and the outcome (y). */
  n: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
  /** Every answer of the attribute, with or without the outcome: its performance. */
  answered: number;
  mean: number | null;
}

/** For each attribute: the sums its correlation with the outcome needs (pairwise), and its mean. */
export async function pairSums(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  scope: RawBuilder<SqlBool>,
  outcome: AnswerRef,
  attributes: readonly AnswerRef[],
): Promise<PairSums[]> {
  const y = v(0);
  const columns = attributes.map((_, k) => {
    const x = v(k + 1);
    const both = sql`${x} IS NOT NULL AND ${y} IS NOT NULL`;
    const name = (s: string) => sql.raw(`${s}${k}`);
    return sql`count(*) FILTER (WHERE ${both})::int AS ${name('n')},
      coalesce(sum(${x}) FILTER (WHERE ${both}), 0) AS ${name('sx')},
      coalesce(sum(${y}) FILTER (WHERE ${both}), 0) AS ${name('sy')},
      coalesce(sum(${x} * ${x}) FILTER (WHERE ${both}), 0) AS ${name('sxx')},
      coalesce(sum(${y} * ${y}) FILTER (WHERE ${both}), 0) AS ${name('syy')},
      coalesce(sum(${x} * ${y}) FILTER (WHERE ${both}), 0) AS ${name('sxy')},
      count(${x})::int AS ${name('answered')}, avg(${x}) AS ${name('mean')}`;
  });
  const { rows } = await sql<Record<string, number | null>>`
    WITH pivot AS (${pivot(workspaceId, surveyId, scope, [outcome, ...attributes])})
    SELECT ${sql.join(columns)} FROM pivot`.execute(tx);
  const row = rows[0]!;
  return attributes.map((_, k) => ({
    n: Number(row[`n${k}`]),
    sumX: Number(row[`sx${k}`]),
    sumY: Number(row[`sy${k}`]),
    sumXX: Number(row[`sxx${k}`]),
    sumYY: Number(row[`syy${k}`]),
    sumXY: Number(row[`sxy${k}`]),
    answered: Number(row[`answered${k}`]),
    mean: row[`mean${k}`] === null ? null : Number(row[`mean${k}`]),
  }));
}

export interface CellRow {
  k0: string;
  k1: string;
  n: number;
}

/**
 * Responses per pair of keys of two variables (their key expressions and the joins they need),
 * leaving out responses without a key on either, and how many distinct responses that is.
 */
export async function crosstabCounts(
  tx: Tx,
  scope: RawBuilder<SqlBool>,
  keys: readonly [RawBuilder<unknown>, RawBuilder<unknown>],
  joins: readonly RawBuilder<unknown>[],
): Promise<{ cells: CellRow[]; responses: number }> {
  // The empty grouping set adds the grand total row (grouped = 1), counting each response once
  // even when a multiple choice puts it in several cells.
  const { rows } = await sql<CellRow & { grouped: number }>`
    WITH keyed AS (
      SELECT ${keys[0]} AS k0, ${keys[1]} AS k1, r.id
      FROM responses r ${joins.length ? sql.join(joins, sql` `) : sql``}
      WHERE ${scope}
    )
    SELECT k0, k1, count(DISTINCT id)::int AS n, GROUPING(k0, k1) AS grouped
    FROM keyed WHERE k0 IS NOT NULL AND k1 IS NOT NULL
    GROUP BY GROUPING SETS ((k0, k1), ())`.execute(tx);
  return {
    cells: rows.filter((row) => row.grouped === 0),
    responses: rows.find((row) => row.grouped !== 0)?.n ?? 0,
  };
}
