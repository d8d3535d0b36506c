// A dashboard's widgets, shared by the server (validation of a saved layout) and the console (types,
// the "Add widget" choices). A dashboard is an ordered list of widgets; each has a type, a size on
// the grid and a config. Widgets of the workspace overview name their survey in `config.surveyId`;
// those of a survey's dashboard measure that survey (surveyId absent or equal to it).
import { z } from 'zod';
import { METRIC_KINDS, metricSpecSchema, type MetricKind } from './query';

export const WIDGET_TYPES = [
  'metric_tile',
  'trend',
  'league_table',
  'distribution',
  'breakdown',
  'comments',
] as const;
export type WidgetType = (typeof WIDGET_TYPES)[number];

/** Columns of a 4-column grid on a wide screen: 1, 2, 3, 4 (every widget takes the full width on a phone). */
export const WIDGET_SIZES = ['small', 'medium', 'large', 'full'] as const;
export type WidgetSize = (typeof WIDGET_SIZES)[number];

export const MAX_WIDGETS = 30;

export const TREND_UNITS = ['week', 'month'] as const;
export const LEAGUE_LEVELS = ['store', 'region'] as const;
/** The league table's period when the dashboard shows all time (no date range to compare). */
export const LEAGUE_UNITS = ['week', 'month', 'quarter'] as const;
export const NPS_GROUPS = ['promoter', 'passive', 'detractor'] as const;
export type NpsGroup = (typeof NPS_GROUPS)[number];

const questionId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a question id');
const surveyId = z.uuid().optional();

/** What a breakdown widget splits by: a response's channel, wave, language or a choice answer. */
export const breakdownDimensionSchema = z.union([
  z.literal('channel'),
  z.literal('wave'),
  z.literal('language'),
  z.templateLiteral(['answer:', questionId]),
]);
export type BreakdownDimension = z.infer<typeof breakdownDimensionSchema>;

const base = {
  /** Made by the console; unique within the dashboard (React keys, drag and drop). */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ (at most 40)'),
  size: z.enum(WIDGET_SIZES),
  /** Shown instead of the title made from the metric and question. */
  title: z.string().trim().min(1).max(120).optional(),
};

export const widgetSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('metric_tile'),
    config: z.object({
      surveyId,
      metric: metricSpecSchema,
      /** Show the change against the period of equal length before the dashboard's date range. */
      comparePrevious: z.boolean().default(true),
    }),
  }),
  z.object({
    ...base,
    type: z.literal('trend'),
    config: z.object({
      surveyId,
      metric: metricSpecSchema,
      unit: z.enum(TREND_UNITS).default('week'),
      /** One line per location at this level instead of one line with its 95% band. */
      byLocation: z.enum(LEAGUE_LEVELS).optional(),
    }),
  }),
  z.object({
    ...base,
    type: z.literal('league_table'),
    config: z.object({
      surveyId,
      metric: metricSpecSchema,
      level: z.enum(LEAGUE_LEVELS).default('store'),
      unit: z.enum(LEAGUE_UNITS).default('month'),
    }),
  }),
  z.object({
    ...base,
    type: z.literal('distribution'),
    config: z.object({ surveyId, questionId, item: z.string().max(100).default('') }),
  }),
  z.object({
    ...base,
    type: z.literal('breakdown'),
    config: z.object({ surveyId, metric: metricSpecSchema, by: breakdownDimensionSchema }),
  }),
  z.object({
    ...base,
    type: z.literal('comments'),
    config: z.object({
      surveyId,
      /** Only comments of promoters, passives or detractors (by the survey's NPS question). */
      npsGroup: z.enum(NPS_GROUPS).optional(),
      limit: z.int().min(1).max(20).default(5),
    }),
  }),
]);
export type Widget = z.infer<typeof widgetSchema>;
export type WidgetInput = z.input<typeof widgetSchema>;
export type WidgetOf<T extends WidgetType> = Extract<Widget, { type: T }>;

export const widgetListSchema = z.array(widgetSchema).max(MAX_WIDGETS);

/** A dashboard as the API answers it: the saved one, or the default made from the questions. */
export interface DashboardAnswer {
  id: string | null;
  surveyId: string | null;
  widgets: Widget[];
  updatedAt: string | null;
  /** Nothing is saved: these are the default widgets. */
  isDefault: boolean;
}

/** Question types a distribution widget pictures option by option (the others point by point). */
export const CHOICE_TYPES = ['single_choice', 'multiple_choice', 'dropdown'] as const;

/** What the "Add widget" picker needs to know of a question. */
export interface MeasurableQuestion {
  type: string;
  scale: { min: number; max: number } | null;
}

/**
 * Whether a metric can measure a question — the rules the metric API applies
 * (server/features/analytics/query/measured.ts), for the console's pickers: NPS on NPS questions,
 * CSAT on CSAT (or 5-point ratings), CES on CES (or 7-point ratings), means on any scale or number,
 * boxes, distributions and index items on any scale.
 */
export function metricFits(kind: MetricKind, q: MeasurableQuestion): boolean {
  switch (kind) {
    case 'nps':
      return q.type === 'nps';
    case 'csat':
      return q.type === 'csat' || (q.type === 'rating' && q.scale?.max === 5);
    case 'ces':
      return q.type === 'ces' || (q.type === 'rating' && q.scale?.max === 7);
    case 'mean':
      return q.scale !== null || q.type === 'number';
    case 'top_box':
    case 'bottom_box':
    case 'distribution':
    case 'index':
      return q.scale !== null;
    case 'count':
      return true;
  }
}

/** The single-figure metrics of a question (a dashboard tile, trend, league table or breakdown), best first. */
export function figureKindsFor(q: MeasurableQuestion): MetricKind[] {
  return METRIC_KINDS.filter(
    (k) => k !== 'count' && k !== 'index' && k !== 'distribution' && metricFits(k, q),
  );
}

/** Widget types whose config carries a MetricSpec. */
export const METRIC_WIDGETS = ['metric_tile', 'trend', 'league_table', 'breakdown'] as const;
