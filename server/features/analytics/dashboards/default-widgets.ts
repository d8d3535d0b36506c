// The dashboard shown while nothing is saved, made from the survey's questions: the headline score
// (NPS, else CSAT, CES or a rating) as a tile with its trend, its distribution, the store league
// table and the latest comments (detractors' when there is an NPS question). The workspace
// overview puts each recent survey's headline tile and trend side by side.
import type { MetricSpec } from '../../../../common/analytics/query';
import { CHOICE_TYPES, type Widget } from '../../../../common/analytics/widgets';
import type { AnalyticsQuestion } from '../scope/questions';

/** The metric that sums up a question of each headline type, most telling first. */
const HEADLINES: readonly [AnalyticsQuestion['type'], MetricSpec['kind']][] = [
  ['nps', 'nps'],
  ['csat', 'csat'],
  ['ces', 'ces'],
  ['rating', 'mean'],
];

const spec = (kind: MetricSpec['kind'], questionId?: string): MetricSpec => ({
  kind,
  ...(questionId ? { questionId } : {}),
  item: '',
  box: 2,
});

/** The headline metrics of a survey: the first question of each headline type, in HEADLINES order. */
export function headlineMetrics(
  questions: readonly AnalyticsQuestion[],
): { metric: MetricSpec; questionId: string }[] {
  return HEADLINES.flatMap(([type, kind]) => {
    const q = questions.find((x) => x.type === type);
    return q ? [{ metric: spec(kind, q.id), questionId: q.id }] : [];
  });
}

/** Deterministic ids, so a default dashboard keeps its React keys from one load to the next. */
const idMaker = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

export function defaultSurveyWidgets(questions: readonly AnalyticsQuestion[]): Widget[] {
  const next = idMaker('default-');
  const headlines = headlineMetrics(questions);
  const hasText = questions.some((q) => q.type === 'text');
  const hasNps = questions.some((q) => q.type === 'nps');
  const count = spec('count');
  const widgets: Widget[] = [];
  for (const h of headlines.slice(0, 3))
    widgets.push({
      id: next(),
      type: 'metric_tile',
      size: 'small',
      config: { metric: h.metric, comparePrevious: true },
    });
  widgets.push({
    id: next(),
    type: 'metric_tile',
    size: 'small',
    config: { metric: count, comparePrevious: true },
  });

  const primary = headlines[0];
  const metric = primary?.metric ?? count;
  widgets.push({ id: next(), type: 'trend', size: 'medium', config: { metric, unit: 'week' } });
  const pictured =
    primary?.questionId ?? questions.find((q) => (CHOICE_TYPES as readonly string[]).includes(q.type))?.id;
  if (pictured)
    widgets.push({
      id: next(),
      type: 'distribution',
      size: 'medium',
      config: { questionId: pictured, item: '' },
    });
  widgets.push({
    id: next(),
    type: 'league_table',
    size: 'medium',
    config: { metric, level: 'store', unit: 'month' },
  });
  if (hasText)
    widgets.push({
      id: next(),
      type: 'comments',
      size: 'medium',
      config: { limit: 5, ...(hasNps ? { npsGroup: 'detractor' as const } : {}) },
    });
  return widgets;
}

export interface OverviewSurvey {
  id: string;
  questions: readonly AnalyticsQuestion[];
}

/** Per survey (most recent first): its headline tile and trend; then the first one's league table and comments. */
export function defaultOverviewWidgets(surveys: readonly OverviewSurvey[]): Widget[] {
  const next = idMaker('overview-');
  const widgets: Widget[] = [];
  for (const s of surveys) {
    const metric = headlineMetrics(s.questions)[0]?.metric ?? spec('count');
    widgets.push({
      id: next(),
      type: 'metric_tile',
      size: 'small',
      config: { surveyId: s.id, metric, comparePrevious: true },
    });
    widgets.push({
      id: next(),
      type: 'trend',
      size: 'large',
      config: { surveyId: s.id, metric, unit: 'week' },
    });
  }
  const first = surveys[0];
  if (first) {
    const metric = headlineMetrics(first.questions)[0]?.metric ?? spec('count');
    widgets.push({
      id: next(),
      type: 'league_table',
      size: 'medium',
      config: { surveyId: first.id, metric, level: 'store', unit: 'month' },
    });
    if (first.questions.some((q) => q.type === 'text')) {
      const hasNps = first.questions.some((q) => q.type === 'nps');
      widgets.push({
        id: next(),
        type: 'comments',
        size: 'medium',
        config: { surveyId: first.id, limit: 5, ...(hasNps ? { npsGroup: 'detractor' as const } : {}) },
      });
    }
  }
  return widgets;
}
