// What a report says, read from the analytics engine (the same runMetricQuery and runCompare the
// dashboards use, so a report never disagrees with the screen): headline figures per scored
// question, the trend and the store league table of the main one, distributions, top choices.
import type { MetricResult } from '../../../../common/analytics/metrics';
import {
  compareQuerySchema,
  metricQuerySchema,
  type AnalyticsFilters,
  type MetricQueryInput,
} from '../../../../common/analytics/query';
import type { MetricAnswer } from '../../../../common/analytics/results';
import type { Tx } from '../../../db/database';
import { OTHER_ITEM } from '../../responses/facts';
import { runCompare } from '../compare/run-compare';
import { runMetricQuery } from '../query/run-metric-query';
import { loadAnalyticsSurvey, textIn, type AnalyticsQuestion } from '../scope/questions';
import { workspaceTimeZone } from '../scope/response-scope';
import { addDays, addMonths, daysBetween, firstOfMonth, localDay, mondayOf } from './calendar';
import { reportLanguage } from './report-texts';
import type {
  ReportChoice,
  ReportDistribution,
  ReportFigure,
  ReportHeadline,
  ReportLeague,
  ReportMetricKind,
  ReportModel,
  ReportTrend,
} from './report-types';

export interface BuildReportOptions {
  surveyId: string;
  filters: AnalyticsFilters;
  /** Any language tag; the report uses the nearest of en, es, zh-CN, zh-TW. Default: the survey's. */
  language?: string;
  /** "Now", for the trend window and the generated-at line. */
  now?: Date;
}

/** How each scored question type is headlined. */
const SCORED: Partial<Record<AnalyticsQuestion['type'], ReportMetricKind>> = {
  nps: 'nps',
  csat: 'csat',
  ces: 'ces',
  rating: 'mean',
};
const CHOICE_TYPES: AnalyticsQuestion['type'][] = ['single_choice', 'dropdown', 'multiple_choice'];
/** Trend points shown at most. */
const TREND_POINTS = 12;

const figure = (m: MetricResult): ReportFigure => ({ value: m.value, n: m.n, ci: m.ci, lowBase: m.lowBase });

/** Piping placeholders ({{h:store}}, {{q:nps}}) mean nothing across many responses. */
const plainTitle = (q: AnalyticsQuestion, language: string) =>
  textIn(q.title, language, q.id)
    .replace(/\{\{[^}]*\}\}/g, '…')
    .trim();

export async function buildReportModel(
  tx: Tx,
  workspaceId: string,
  opts: BuildReportOptions,
): Promise<ReportModel> {
  const survey = await loadAnalyticsSurvey(tx, workspaceId, opts.surveyId);
  const language = reportLanguage(opts.language ?? survey.defaultLanguage);
  const timeZone = await workspaceTimeZone(tx, workspaceId);
  const now = opts.now ?? new Date();
  const filters = opts.filters;
  const metric = (q: Omit<MetricQueryInput, 'surveyId' | 'language'>): Promise<MetricAnswer> =>
    runMetricQuery(tx, workspaceId, metricQuerySchema.parse({ surveyId: opts.surveyId, language, ...q }));

  const count = await metric({ metric: { kind: 'count' }, filters });
  const scored = survey.questions.filter((q) => SCORED[q.type]);
  const headlines: ReportHeadline[] = [];
  const distributions: ReportDistribution[] = [];
  for (const q of scored) {
    const kind = SCORED[q.type]!;
    const answer = await metric({ metric: { kind, questionId: q.id }, filters });
    const title = plainTitle(q, language);
    headlines.push({
      questionId: q.id,
      title,
      kind,
      figure: figure(answer.total.metric),
      parts: partsOf(kind, answer),
    });
    distributions.push({
      questionId: q.id,
      title,
      kind,
      n: answer.total.metric.n,
      points: answer.total.distribution ?? [],
    });
  }

  const main = headlines[0];
  const today = localDay(now, timeZone);
  const trend = main ? await trendOf(main, filters, today, metric) : null;
  const league = main
    ? await leagueOf(tx, workspaceId, opts.surveyId, language, main, filters, metric)
    : null;

  const choices: ReportChoice[] = [];
  for (const q of survey.questions.filter((x) => CHOICE_TYPES.includes(x.type))) {
    choices.push(await choiceOf(q, language, filters, count.total.metric.n, metric));
  }

  return {
    language,
    surveyName: survey.name,
    period: { from: filters.from ?? null, to: filters.to ?? null },
    responses: count.total.metric.n,
    headlines,
    trend,
    league,
    distributions,
    choices,
    generatedAt: now,
    timeZone,
  };
}

function partsOf(kind: ReportMetricKind, answer: MetricAnswer): ReportHeadline['parts'] {
  const p = answer.total.metric.parts;
  switch (kind) {
    case 'nps':
      return (['promoters', 'passives', 'detractors'] as const).map((key) => ({
        key,
        value: p[key] ?? null,
        percent: true,
      }));
    case 'csat':
      return [{ key: 'mean', value: p.mean ?? null, percent: false }];
    case 'ces':
      return [{ key: 'agreeing', value: p.agreeing ?? null, percent: true }];
    case 'mean':
      return [];
  }
}

/**
 * The main metric over time: by week for reports of up to two weeks (the last 12 weeks), by month
 * otherwise (the last 12 months, or the whole period when it is longer).
 */
async function trendOf(
  main: ReportHeadline,
  filters: AnalyticsFilters,
  today: string,
  metric: (q: Omit<MetricQueryInput, 'surveyId' | 'language'>) => Promise<MetricAnswer>,
): Promise<ReportTrend> {
  const to = filters.to ?? today;
  const days = filters.from ? daysBetween(filters.from, to) + 1 : Infinity;
  const unit = days <= 14 ? 'week' : 'month';
  const windowStart =
    unit === 'week'
      ? mondayOf(addDays(to, -7 * (TREND_POINTS - 1)))
      : firstOfMonth(addMonths(firstOfMonth(to), -(TREND_POINTS - 1)));
  const from = filters.from && filters.from < windowStart ? filters.from : windowStart;
  const answer = await metric({
    metric: { kind: main.kind, questionId: main.questionId },
    filters: { ...filters, from, to },
    groupBy: [`period:${unit}`],
  });
  const dim = `period:${unit}`;
  return {
    kind: main.kind,
    title: main.title,
    unit,
    points: answer.rows
      .filter((r) => r.group[dim] !== null)
      .map((r) => ({ label: r.labels[dim] ?? '', figure: figure(r.metric) })),
  };
}

/**
 * Stores on the main metric. With a report period, against the period of equal length before it,
 * with runCompare's significance test per store; without one, the stores alone.
 */
async function leagueOf(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  language: string,
  main: ReportHeadline,
  filters: AnalyticsFilters,
  metric: (q: Omit<MetricQueryInput, 'surveyId' | 'language'>) => Promise<MetricAnswer>,
): Promise<ReportLeague> {
  const dim = 'location:store';
  const spec = { kind: main.kind, questionId: main.questionId };
  if (filters.from && filters.to) {
    const { from, to, ...rest } = filters;
    const query = compareQuerySchema.parse({
      surveyId,
      language,
      metric: spec,
      filters: rest,
      compare: { kind: 'period', unit: 'custom', current: { from, to } },
      groupBy: [dim],
    });
    const answer = await runCompare(tx, workspaceId, query);
    return {
      kind: main.kind,
      title: main.title,
      previousPeriod: answer.b.from && answer.b.to ? { from: answer.b.from, to: answer.b.to } : null,
      rows: answer.rows
        .filter((r) => r.group[dim] !== null && r.a.n > 0)
        .map((r) => ({
          store: r.labels[dim] ?? '',
          current: figure(r.a),
          previous: figure(r.b),
          change: r.difference,
          marker: r.test?.significant && r.difference ? (r.difference > 0 ? 'up' : 'down') : null,
        })),
    };
  }
  const answer = await metric({ metric: spec, filters, groupBy: [dim] });
  return {
    kind: main.kind,
    title: main.title,
    previousPeriod: null,
    rows: answer.rows
      .filter((r) => r.group[dim] !== null && r.metric.n > 0)
      .map((r) => ({
        store: r.labels[dim] ?? '',
        current: figure(r.metric),
        previous: null,
        change: null,
        marker: null,
      })),
  };
}

/** The two options picked most, as shares of the responses that answered the question. */
async function choiceOf(
  q: AnalyticsQuestion,
  language: string,
  filters: AnalyticsFilters,
  responses: number,
  metric: (q: Omit<MetricQueryInput, 'surveyId' | 'language'>) => Promise<MetricAnswer>,
): Promise<ReportChoice> {
  const dim = `answer:${q.id}` as const;
  const picks = await metric({ metric: { kind: 'count' }, filters, groupBy: [dim] });
  // The base: responses that picked anything (a multiple choice counts once however many picks).
  // The filter takes 10 answer conditions; with the user's 10 already there, all responses stand in.
  const given = filters.answers ?? [];
  const answered =
    given.length < 10
      ? (
          await metric({
            metric: { kind: 'count' },
            filters: {
              ...filters,
              answers: [
                ...given,
                { questionId: q.id, optionIds: [...q.options.map((o) => o.id), OTHER_ITEM] },
              ],
            },
          })
        ).total.metric.n
      : responses;
  const top = picks.rows
    .filter((r) => r.group[dim] !== null && r.metric.n > 0)
    .sort((a, b) => b.metric.n - a.metric.n)
    .slice(0, 2)
    .map((r) => ({
      label: r.labels[dim] ?? '',
      n: r.metric.n,
      share: answered > 0 ? (r.metric.n / answered) * 100 : null,
    }));
  return { questionId: q.id, title: plainTitle(q, language), n: answered, top };
}
