// A metric on two sides (waves, periods, a segment and the rest), optionally within each group of
// one dimension, with the difference and its significance test (common/analytics/significance.ts).
import { computeMetric } from '../../../../common/analytics/compute';
import type { CompareQuery } from '../../../../common/analytics/query';
import type { CompareAnswer, CompareRow, MetricRow } from '../../../../common/analytics/results';
import { testMetricDifference } from '../../../../common/analytics/significance';
import { emptyTally, type Tally } from '../../../../common/analytics/tally';
import type { Tx } from '../../../db/database';
import { sourceFor, type GroupTallies } from '../query/grouped-tallies';
import { labelOf, loadLabelLookups, orderOf } from '../query/labels';
import type { Measured } from '../query/measured';
import { measureGroups, prepareMetric } from '../query/run-metric-query';
import { comparisonSides, todayIn } from './comparison-sides';

export async function runCompare(
  tx: Tx,
  workspaceId: string,
  query: CompareQuery,
  now = new Date(),
): Promise<CompareAnswer> {
  const { survey, measured, dims } = await prepareMetric(tx, workspaceId, query);
  const today = await todayIn(tx, workspaceId, now);
  const sides = await comparisonSides(tx, workspaceId, query.surveyId, query.filters, query.compare, today);

  const measure = (filters: typeof query.filters) =>
    measureGroups(tx, workspaceId, query.surveyId, measured, filters, dims, sourceFor(filters, dims));
  const a = await measure(sides.a.filters);
  const b = await measure(sides.b.filters);

  const lookups = await loadLabelLookups(
    tx,
    workspaceId,
    query.surveyId,
    survey.questions,
    query.language ?? survey.defaultLanguage,
  );
  const byKey = (groups: GroupTallies[]) => new Map(groups.map((g) => [JSON.stringify(g.keys), g]));
  const aGroups = byKey(a.groups);
  const bGroups = byKey(b.groups);
  const keys = [...new Set([...aGroups.keys(), ...bGroups.keys()])].map(
    (k) => JSON.parse(k) as (string | null)[],
  );

  const rowFor = (
    keyList: (string | null)[],
    ga: GroupTallies | undefined,
    gb: GroupTallies | undefined,
  ): CompareRow => {
    const group: MetricRow['group'] = {};
    const labels: MetricRow['labels'] = {};
    for (const [i, d] of dims.entries()) {
      group[query.groupBy[i]!] = keyList[i] ?? null;
      labels[query.groupBy[i]!] = labelOf(d, keyList[i] ?? null, lookups);
    }
    return { group, labels, ...compareTallies(query, measured, ga, gb) };
  };
  const rows = keys.map((k) => rowFor(k, aGroups.get(JSON.stringify(k)), bGroups.get(JSON.stringify(k))));
  const d0 = dims[0];
  if (d0) {
    const name = query.groupBy[0]!;
    rows.sort((x, y) => {
      const ox = orderOf(d0, x.group[name] ?? null, lookups);
      const oy = orderOf(d0, y.group[name] ?? null, lookups);
      return ox < oy ? -1 : ox > oy ? 1 : 0;
    });
  }
  return {
    metric: query.metric,
    a: sides.a.side,
    b: sides.b.side,
    rows,
    total: rowFor([], a.total, b.total),
  };
}

function compareTallies(
  query: CompareQuery,
  measured: readonly Measured[],
  ga: GroupTallies | undefined,
  gb: GroupTallies | undefined,
): Pick<CompareRow, 'a' | 'b' | 'difference' | 'test'> {
  const items = (g: GroupTallies | undefined) =>
    measured.map((m, i) => ({
      tally: g?.tallies[i] ?? emptyTally(),
      scale: m.scale,
      ...(m.weight === undefined ? {} : { weight: m.weight }),
    }));
  const a = computeMetric(query.metric, items(ga));
  const b = computeMetric(query.metric, items(gb));
  const difference = a.value !== null && b.value !== null ? a.value - b.value : null;
  const single = measured.length === 1 ? measured[0]! : null;
  const tally = (g: GroupTallies | undefined): Tally => g?.tallies[0] ?? emptyTally();
  const test = single ? testMetricDifference(query.metric, single.scale, tally(ga), tally(gb)) : null;
  return { a, b, difference, test };
}
