// A metric over a survey's responses, optionally broken down by up to two dimensions: resolve
// what is measured, run one grouped query (rollups or facts), apply the formula per group.
import { computeMetric } from '../../../../common/analytics/compute';
import { distribution } from '../../../../common/analytics/metrics';
import type { AnalyticsFilters, MetricQuery } from '../../../../common/analytics/query';
import type { MetricAnswer, MetricRow } from '../../../../common/analytics/results';
import { mergeTallies } from '../../../../common/analytics/tally';
import type { Tx } from '../../../db/database';
import { AppError } from '../../../platform/errors';
import { loadAnalyticsSurvey, type AnalyticsSurvey } from '../scope/questions';
import { parseDimension, type ParsedDimension } from './dimensions';
import { groupedTallies, sourceFor, type GroupTallies, type Source } from './grouped-tallies';
import { labelOf, loadLabelLookups, orderOf, type LabelLookups } from './labels';
import { resolveMeasured, type Measured } from './measured';

export async function runMetricQuery(tx: Tx, workspaceId: string, query: MetricQuery): Promise<MetricAnswer> {
  const { survey, measured, dims } = await prepareMetric(tx, workspaceId, query);
  const source = sourceFor(query.filters, dims);
  const language = query.language ?? survey.defaultLanguage;

  const { groups, total } = await measureGroups(
    tx,
    workspaceId,
    query.surveyId,
    measured,
    query.filters,
    dims,
    source,
  );
  const lookups = await loadLabelLookups(tx, workspaceId, query.surveyId, survey.questions, language);
  const rows = groups.map((g) => rowOf(query, measured, dims, g, lookups));
  sortRows(rows, dims, lookups);
  return {
    metric: query.metric,
    scale: measured.length === 1 ? measured[0]!.scale : null,
    rows: dims.length ? rows : [],
    total: rowOf(
      query,
      measured,
      [],
      total ?? { keys: [], tallies: measured.map(() => mergeTallies([])) },
      lookups,
    ),
    source,
  };
}

/** The groups' tallies and the total's. */
export async function measureGroups(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  measured: readonly Measured[],
  filters: AnalyticsFilters,
  dims: readonly ParsedDimension[],
  source: Source,
): Promise<{ groups: GroupTallies[]; total: GroupTallies }> {
  const groups = await groupedTallies(tx, workspaceId, surveyId, measured, filters, dims, source);
  // A response is in exactly one group of every dimension but answers (a multiple choice can put
  // it in several), so the total is the groups' sum except then.
  const total = dims.some((d) => d.kind === 'answer')
    ? (await groupedTallies(tx, workspaceId, surveyId, measured, filters, [], source))[0]
    : { keys: [], tallies: measured.map((_, i) => mergeTallies(groups.map((g) => g.tallies[i]!))) };
  return { groups, total: total ?? { keys: [], tallies: measured.map(() => mergeTallies([])) } };
}

/** The survey, what the metric measures and the parsed dimensions, each checked (400 naming the field). */
export async function prepareMetric(
  tx: Tx,
  workspaceId: string,
  query: Pick<MetricQuery, 'surveyId' | 'metric' | 'groupBy'>,
): Promise<{ survey: AnalyticsSurvey; measured: Measured[]; dims: ParsedDimension[] }> {
  const survey = await loadAnalyticsSurvey(tx, workspaceId, query.surveyId);
  const measured = resolveMeasured(query.metric, survey.questions);
  const dims = query.groupBy.map(parseDimension);
  checkDimensions(
    dims,
    survey.questions.map((q) => q.id),
  );
  return { survey, measured, dims };
}

function checkDimensions(dims: readonly ParsedDimension[], questionIds: readonly string[]): void {
  for (const [i, d] of dims.entries()) {
    if (d.kind === 'answer' && !questionIds.includes(d.questionId)) {
      throw new AppError(
        400,
        'validation_failed',
        `The survey has no question "${d.questionId}".`,
        `groupBy.${i}`,
      );
    }
  }
}

export function rowOf(
  query: MetricQuery,
  measured: readonly Measured[],
  dims: readonly ParsedDimension[],
  g: GroupTallies,
  lookups: LabelLookups,
): MetricRow {
  const items = measured.map((m, i) => ({
    tally: g.tallies[i]!,
    scale: m.scale,
    ...(m.weight === undefined ? {} : { weight: m.weight }),
  }));
  const single = measured.length === 1 ? items[0]! : null;
  const group: MetricRow['group'] = {};
  const labels: MetricRow['labels'] = {};
  for (const [i, d] of dims.entries()) {
    const name = query.groupBy[i]!;
    group[name] = g.keys[i] ?? null;
    labels[name] = labelOf(d, g.keys[i] ?? null, lookups);
  }
  return {
    group,
    labels,
    metric: computeMetric(query.metric, items),
    distribution: single?.scale ? distribution(single.tally, single.scale) : null,
  };
}

export function sortRows(rows: MetricRow[], dims: readonly ParsedDimension[], lookups: LabelLookups): void {
  const names = Object.keys(rows[0]?.group ?? {});
  rows.sort((a, b) => {
    for (const [i, d] of dims.entries()) {
      const x = orderOf(d, a.group[names[i]!] ?? null, lookups);
      const y = orderOf(d, b.group[names[i]!] ?? null, lookups);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}
