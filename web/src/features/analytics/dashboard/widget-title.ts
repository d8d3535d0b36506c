// A widget's title when the user gave none, made from what it measures: "NPS", "Mean · Waiting
// time", "NPS by store", "Distribution · How likely…". On the overview the survey's name leads.
import type { TFunction } from 'i18next';
import type { AnalyticsQuestion, MetricSpec, Widget } from '../../../api/analytics';

/** Short: a question's title cut to a readable length. */
const short = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The metric named for people: "NPS", "CSAT", "Top 2 box · Speed", "Responses". */
export function metricLabel(
  t: TFunction,
  metric: MetricSpec,
  questions: readonly AnalyticsQuestion[],
): string {
  const q = metric.questionId ? questions.find((x) => x.id === metric.questionId) : undefined;
  const item = q?.items.find((i) => i.id === metric.item)?.label;
  const subject = q ? short(item ? `${q.title} · ${item}` : q.title) : '';
  switch (metric.kind) {
    case 'nps':
    case 'csat':
    case 'ces':
      return t(`analytics.metrics.${metric.kind}`);
    case 'count':
      return t('analytics.metrics.count');
    case 'index':
      return t('analytics.metrics.index');
    case 'top_box':
    case 'bottom_box':
      return `${t(`analytics.metrics.${metric.kind}`, { n: metric.box })} · ${subject}`;
    default:
      return `${t(`analytics.metrics.${metric.kind}`)} · ${subject}`;
  }
}

export function widgetTitle(
  t: TFunction,
  w: Widget,
  questions: readonly AnalyticsQuestion[],
  surveyName?: string,
): string {
  if (w.title) return w.title;
  const own = ((): string => {
    switch (w.type) {
      case 'metric_tile':
        return metricLabel(t, w.config.metric, questions);
      case 'trend':
        return t(`analytics.widgetTitles.trend.${w.config.unit}`, {
          metric: metricLabel(t, w.config.metric, questions),
        });
      case 'league_table':
        return t(`analytics.widgetTitles.league.${w.config.level}`, {
          metric: metricLabel(t, w.config.metric, questions),
        });
      case 'distribution': {
        const q = questions.find((x) => x.id === w.config.questionId);
        const item = q?.items.find((i) => i.id === w.config.item)?.label;
        const subject = q ? short(item ? `${q.title} · ${item}` : q.title) : w.config.questionId;
        return t('analytics.widgetTitles.distribution', { question: subject });
      }
      case 'breakdown':
        return t('analytics.widgetTitles.breakdown', {
          metric: metricLabel(t, w.config.metric, questions),
          by: dimensionLabel(t, w.config.by, questions),
        });
      case 'comments':
        return w.config.npsGroup
          ? t(`analytics.widgetTitles.comments.${w.config.npsGroup}`)
          : t('analytics.widgetTitles.comments.all');
    }
  })();
  return surveyName ? `${surveyName} — ${own}` : own;
}

/** "channel", "wave", "language" or "answer:<qid>" for people. */
export function dimensionLabel(t: TFunction, by: string, questions: readonly AnalyticsQuestion[]): string {
  if (by.startsWith('answer:')) {
    const q = questions.find((x) => x.id === by.slice('answer:'.length));
    return q ? short(q.title, 32) : by;
  }
  return t(`analytics.dimensions.${by as 'channel' | 'wave' | 'language'}`);
}
