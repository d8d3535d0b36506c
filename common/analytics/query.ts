// The analytics API's request shapes, shared by the server (validation) and the console (types):
// which metric, over which responses (filters), broken down by what (dimensions).
import { z } from 'zod';

export const METRIC_KINDS = [
  'nps',
  'csat',
  'ces',
  'mean',
  'top_box',
  'bottom_box',
  'distribution',
  'count',
  'index',
] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

const questionIdSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a question id');
/** A part of a composite answer: a matrix row, `importance` or `performance`; '' for plain questions. */
const itemSchema = z.string().max(100).default('');

export const indexItemSchema = z.object({
  questionId: questionIdSchema,
  item: itemSchema,
  weight: z.number().min(0).max(1).optional(),
});

export const metricSpecSchema = z
  .object({
    kind: z.enum(METRIC_KINDS),
    /** The question measured; not used by `count` (responses) and `index` (see items). */
    questionId: questionIdSchema.optional(),
    item: itemSchema,
    /** top_box / bottom_box: how many scale points count (2 = top-2-box). */
    box: z.int().min(1).max(10).default(2),
    /** index: the items and their weights (equal when none is given; when given they sum to 1). */
    items: z.array(indexItemSchema).min(1).max(50).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.kind === 'index') {
      if (!m.items) ctx.addIssue({ code: 'custom', path: ['items'], message: 'An index needs its items.' });
      else if (m.items.some((i) => i.weight !== undefined)) {
        const sum = m.items.reduce((s, i) => s + (i.weight ?? 0), 0);
        if (Math.abs(sum - 1) > 1e-6)
          ctx.addIssue({
            code: 'custom',
            path: ['items'],
            message: `Weights must sum to 1 (they sum to ${sum}).`,
          });
      }
    } else if (m.kind !== 'count' && !m.questionId) {
      ctx.addIssue({ code: 'custom', path: ['questionId'], message: 'This metric needs a question.' });
    }
  });
export type MetricSpec = z.infer<typeof metricSpecSchema>;
export type MetricSpecInput = z.input<typeof metricSpecSchema>;

const isoDay = z.iso.date();

/** Which responses count. Days are calendar days in the workspace's time zone, both ends included. */
export const analyticsFiltersSchema = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    /** Each location counts with every location below it (a region means its stores). */
    locationIds: z.array(z.uuid()).max(500).optional(),
    channels: z.array(z.string().min(1).max(40)).max(50).optional(),
    waveIds: z.array(z.uuid()).max(100).optional(),
    languages: z.array(z.string().min(2).max(35)).max(20).optional(),
    /** Only responses linked to a customer of this segment (read from the facts, not rollups). */
    segmentId: z.uuid().optional(),
    /** Only responses NOT linked to a customer of this segment, anonymous ones included ("the rest"). */
    excludeSegmentId: z.uuid().optional(),
    /** Only responses that picked one of these options of a choice question (facts, not rollups). */
    answers: z
      .array(
        z.object({
          questionId: questionIdSchema,
          optionIds: z.array(z.string().min(1).max(100)).min(1).max(200),
        }),
      )
      .max(10)
      .optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: '`to` is before `from`.' });
export type AnalyticsFilters = z.infer<typeof analyticsFiltersSchema>;

export const PERIOD_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export const LOCATION_LEVELS = ['store', 'region', 'brand'] as const;

/**
 * A breakdown dimension: `period:week`, `location` (the response's own location),
 * `location:region` (rolled up the tree to that level), `channel`, `wave`, `language`,
 * `answer:<questionId>` (the option picked in a choice question).
 */
export const dimensionSchema = z.union([
  z.templateLiteral(['period:', z.enum(PERIOD_UNITS)]),
  z.literal('location'),
  z.templateLiteral(['location:', z.enum(LOCATION_LEVELS)]),
  z.literal('channel'),
  z.literal('wave'),
  z.literal('language'),
  z.templateLiteral(['answer:', questionIdSchema]),
]);
export type Dimension = z.infer<typeof dimensionSchema>;

export const metricQuerySchema = z.object({
  surveyId: z.uuid(),
  metric: metricSpecSchema,
  filters: analyticsFiltersSchema.default({}),
  groupBy: z.array(dimensionSchema).max(2).default([]),
  /** Labels (options, waves) in this language when the survey has it. */
  language: z.string().min(2).max(35).optional(),
});
export type MetricQuery = z.infer<typeof metricQuerySchema>;
export type MetricQueryInput = z.input<typeof metricQuerySchema>;

/** Two groups to compare: two waves, a period and the one before it, a segment and the rest. */
export const comparisonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('wave'), a: z.uuid(), b: z.uuid() }),
  /** `current` (default: the last whole `unit` up to today) against the period of equal length before it. */
  z.object({
    kind: z.literal('period'),
    unit: z.enum(['week', 'month', 'quarter', 'year', 'custom']),
    current: z.object({ from: isoDay, to: isoDay }).optional(),
  }),
  z.object({ kind: z.literal('segment'), segmentId: z.uuid() }),
]);
export type Comparison = z.infer<typeof comparisonSchema>;

export const compareQuerySchema = z.object({
  surveyId: z.uuid(),
  metric: metricSpecSchema,
  filters: analyticsFiltersSchema.default({}),
  compare: comparisonSchema,
  /** One optional dimension: compare within each store, channel, … (the league table's arrows). */
  groupBy: z.array(dimensionSchema).max(1).default([]),
  language: z.string().min(2).max(35).optional(),
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;
