// The "Add widget" form's values and the widget they make. Kept apart from the dialog so that the
// mapping (which fields each type takes, and their defaults) is plain code with a test.
import type { MetricKind } from '../../../../../common/analytics/query';
import type { NpsGroup, WidgetSize, WidgetType } from '../../../../../common/analytics/widgets';
import type { MetricSpec, Widget } from '../../../api/analytics';

export interface WidgetFormValues {
  /** The overview's widgets name their survey. */
  surveyId?: string;
  type: WidgetType;
  /** '' measures the responses themselves (a count). */
  questionId?: string;
  kind?: MetricKind;
  item?: string;
  box?: number;
  trendUnit?: 'week' | 'month';
  byLocation?: 'none' | 'store' | 'region';
  level?: 'store' | 'region';
  leagueUnit?: 'week' | 'month' | 'quarter';
  by?: string;
  npsGroup?: 'all' | NpsGroup;
  limit?: number;
  comparePrevious?: boolean;
  size: WidgetSize;
  title?: string;
}

export const DEFAULT_SIZE: Record<WidgetType, WidgetSize> = {
  metric_tile: 'small',
  trend: 'medium',
  league_table: 'medium',
  distribution: 'medium',
  breakdown: 'medium',
  comments: 'medium',
};

function metricOf(v: WidgetFormValues): MetricSpec {
  if (!v.questionId || !v.kind) return { kind: 'count', item: '', box: 2 };
  return { kind: v.kind, questionId: v.questionId, item: v.item ?? '', box: v.box ?? 2 };
}

export function widgetFromForm(v: WidgetFormValues, id: string): Widget {
  const base = { id, size: v.size, ...(v.title?.trim() ? { title: v.title.trim() } : {}) };
  const survey = v.surveyId ? { surveyId: v.surveyId } : {};
  switch (v.type) {
    case 'metric_tile':
      return {
        ...base,
        type: 'metric_tile',
        config: { ...survey, metric: metricOf(v), comparePrevious: v.comparePrevious ?? true },
      };
    case 'trend':
      return {
        ...base,
        type: 'trend',
        config: {
          ...survey,
          metric: metricOf(v),
          unit: v.trendUnit ?? 'week',
          ...(v.byLocation && v.byLocation !== 'none' ? { byLocation: v.byLocation } : {}),
        },
      };
    case 'league_table':
      return {
        ...base,
        type: 'league_table',
        config: { ...survey, metric: metricOf(v), level: v.level ?? 'store', unit: v.leagueUnit ?? 'month' },
      };
    case 'distribution':
      return {
        ...base,
        type: 'distribution',
        config: { ...survey, questionId: v.questionId ?? '', item: v.item ?? '' },
      };
    case 'breakdown':
      return {
        ...base,
        type: 'breakdown',
        config: { ...survey, metric: metricOf(v), by: (v.by ?? 'channel') as 'channel' },
      };
    case 'comments':
      return {
        ...base,
        type: 'comments',
        config: {
          ...survey,
          limit: v.limit ?? 5,
          ...(v.npsGroup && v.npsGroup !== 'all' ? { npsGroup: v.npsGroup } : {}),
        },
      };
  }
}
