// The one grouped query behind every metric: per group of the breakdown and per measured
// question/item, the answers per scale point (or their count, sum and sum of squares). From the
// rollups when the filters and dimensions are ones the rollups hold; from the facts otherwise.
import { sql, type RawBuilder } from 'kysely';
import type { AnalyticsFilters } from '../../../../common/analytics/query';
import { addMoments, addPoint, emptyTally, type Tally } from '../../../../common/analytics/tally';
import type { Tx } from '../../../db/database';
import { locationsWithDescendants } from '../scope/locations';
import { dayIn, responseScope, workspaceTimeZone } from '../scope/response-scope';
import { dimensionSql, type DimensionColumns, type ParsedDimension } from './dimensions';
import type { Measured } from './measured';

export type Source = 'rollups' | 'facts';

export interface GroupTallies {
  keys: (string | null)[];
  /** One tally per measured item, in the order given. */
  tallies: Tally[];
}

/** Segments, picked answers and languages are not in the rollups: those queries read the facts. */
export function sourceFor(filters: AnalyticsFilters, dims: readonly ParsedDimension[]): Source {
  const needsFacts =
    !!filters.segmentId ||
    !!filters.excludeSegmentId ||
    !!filters.answers?.length ||
    !!filters.languages?.length ||
    dims.some((d) => d.kind === 'answer' || d.kind === 'language');
  return needsFacts ? 'facts' : 'rollups';
}

interface Row {
  k0: string | null;
  k1: string | null;
  question_id: string;
  item: string;
  /** Facts: the scale point of these answers (null: only moments). Rollups: absent. */
  value?: number | null;
  n: number;
  sum: number;
  sum_sq: number;
  /** Rollups: answers of value `points.min + i` in column `p<i>`. */
  [point: `p${number}`]: number | null;
}

/** The scale points the rollup query sums one by one (a range wider than this keeps moments only). */
const MAX_POINTS = 101;

/** The range of points covering every measured item's scale, or null when none has one. */
function pointRange(measured: readonly Measured[]): { min: number; max: number } | null {
  const scales = measured.flatMap((m) => (m.scale ? [m.scale] : []));
  if (!scales.length) return null;
  const min = Math.min(...scales.map((x) => x.min));
  const max = Math.max(...scales.map((x) => x.max));
  return max - min < MAX_POINTS ? { min, max } : null;
}

export async function groupedTallies(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  measured: readonly Measured[],
  filters: AnalyticsFilters,
  dims: readonly ParsedDimension[],
  source: Source,
): Promise<GroupTallies[]> {
  const query =
    source === 'rollups'
      ? await rollupQuery(tx, workspaceId, surveyId, measured, filters, dims)
      : await factQuery(tx, workspaceId, surveyId, measured, filters, dims);
  // A breakdown by week × store groups thousands of keys: let the hash aggregate stay in memory.
  await sql`SET LOCAL work_mem = '64MB'`.execute(tx);
  const { rows } = await query.execute(tx);
  return collect(rows as Row[], measured, dims.length, source === 'rollups' ? pointRange(measured) : null);
}

function keyColumns(dims: readonly ParsedDimension[], cols: DimensionColumns, workspaceId: string) {
  const parts = dims.map((d, i) => dimensionSql(d, i, cols, workspaceId));
  const keys = [0, 1].map((i) =>
    parts[i] ? sql`${parts[i].key} AS ${sql.raw(`k${i}`)}` : sql`NULL::text AS ${sql.raw(`k${i}`)}`,
  );
  const joins = parts.flatMap((p) => (p.join ? [p.join] : []));
  return {
    keys: sql.join(keys),
    joins: joins.length ? sql.join(joins, sql` `) : sql``,
    groupCount: parts.length,
  };
}

function measuredCondition(alias: 'ru' | 'a', item: RawBuilder<unknown>, measured: readonly Measured[]) {
  const a = sql.raw(alias);
  return sql`(${sql.join(
    measured.map((m) => sql`(${a}.question_id = ${m.questionId} AND ${item} = ${m.item})`),
    sql` OR `,
  )})`;
}

async function rollupQuery(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  measured: readonly Measured[],
  filters: AnalyticsFilters,
  dims: readonly ParsedDimension[],
) {
  const cols: DimensionColumns = {
    day: sql`ru.day`,
    location: sql`ru.location_id`,
    channel: sql`ru.channel`,
    wave: sql`ru.wave_id`,
    // Never reached: a language filter or breakdown reads the facts (sourceFor).
    language: sql`NULL::text`,
  };
  const { keys, joins } = keyColumns(dims, cols, workspaceId);
  const where: RawBuilder<unknown>[] = [
    sql`ru.workspace_id = ${workspaceId}`,
    sql`ru.survey_id = ${surveyId}`,
    measuredCondition('ru', sql`ru.item`, measured),
  ];
  if (filters.from) where.push(sql`ru.day >= ${filters.from}::date`);
  if (filters.to) where.push(sql`ru.day <= ${filters.to}::date`);
  if (filters.locationIds?.length)
    where.push(sql`ru.location_id IN ${locationsWithDescendants(workspaceId, filters.locationIds)}`);
  if (filters.channels?.length) where.push(sql`ru.channel = ANY(${filters.channels}::text[])`);
  if (filters.waveIds?.length) where.push(sql`ru.wave_id = ANY(${filters.waveIds}::uuid[])`);
  void tx;
  const range = pointRange(measured);
  const points = range
    ? Array.from(
        { length: range.max - range.min + 1 },
        (_, i) => sql`sum(ru.counts[${sql.lit(range.min + i)}])::float8 AS ${sql.ref(`p${i}`)}`,
      )
    : [];
  return sql<Row>`
    SELECT ${keys}, ru.question_id, ru.item,
      sum(ru.n)::float8 AS n, sum(ru.sum) AS sum, sum(ru.sum_sq) AS sum_sq
      ${points.length ? sql`, ${sql.join(points)}` : sql``}
    FROM response_rollups ru ${joins}
    WHERE ${sql.join(where, sql` AND `)}
    GROUP BY 1, 2, 3, 4`;
}

async function factQuery(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  measured: readonly Measured[],
  filters: AnalyticsFilters,
  dims: readonly ParsedDimension[],
) {
  const timeZone = await workspaceTimeZone(tx, workspaceId);
  const cols: DimensionColumns = {
    day: dayIn(sql.ref('r.completed_at'), timeZone),
    location: sql`r.location_id`,
    channel: sql`r.channel`,
    wave: sql`r.wave_id`,
    language: sql`r.language`,
  };
  const { keys, joins } = keyColumns(dims, cols, workspaceId);
  const scope = await responseScope(tx, workspaceId, surveyId, filters);
  if (measured.length === 1 && measured[0]!.questionId === '') {
    return sql<Row>`
      SELECT ${keys}, '' AS question_id, '' AS item, NULL::float8 AS value,
        count(*)::float8 AS n, 0::float8 AS sum, 0::float8 AS sum_sq
      FROM responses r ${joins}
      WHERE ${scope}
      GROUP BY 1, 2`;
  }
  // The same item and value rules as the rollups (rollups/roll-up.ts).
  const item = sql`CASE WHEN a.question_type IN ('single_choice', 'dropdown') THEN a.value_text ELSE a.item END`;
  const value = sql`CASE WHEN a.question_type IN ('number', 'single_choice', 'dropdown', 'multiple_choice')
    THEN NULL ELSE a.value_num END`;
  return sql<Row>`
    SELECT ${keys}, a.question_id, ${item} AS item, ${value} AS value,
      count(*)::float8 AS n, coalesce(sum(a.value_num), 0) AS sum, coalesce(sum(a.value_num * a.value_num), 0) AS sum_sq
    FROM responses r
    JOIN response_answers a ON a.workspace_id = r.workspace_id AND a.response_id = r.id
    ${joins}
    WHERE ${scope} AND ${measuredCondition('a', item, measured)}
    GROUP BY 1, 2, 3, 4, 5`;
}

function collect(
  rows: readonly Row[],
  measured: readonly Measured[],
  dimCount: number,
  range: { min: number; max: number } | null,
): GroupTallies[] {
  const groups = new Map<string, GroupTallies>();
  for (const row of rows) {
    const keys = [row.k0, row.k1].slice(0, dimCount);
    const id = JSON.stringify(keys);
    let group = groups.get(id);
    if (!group) {
      group = { keys, tallies: measured.map(() => emptyTally()) };
      groups.set(id, group);
    }
    for (const [i, m] of measured.entries()) {
      if (m.questionId !== row.question_id || m.item !== row.item) continue;
      const t = group.tallies[i]!;
      if (row.value !== undefined && row.value !== null) {
        addPoint(t, Number(row.value), Number(row.n));
        continue;
      }
      addMoments(t, Number(row.n), Number(row.sum), Number(row.sum_sq));
      if (range && m.scale)
        for (let v = m.scale.min; v <= m.scale.max; v++) {
          const n = Number(row[`p${v - range.min}`] ?? 0);
          if (n) t.counts[String(v)] = (t.counts[String(v)] ?? 0) + n;
        }
    }
  }
  return [...groups.values()];
}
