// Request and answer shapes of the analysis routes: crosstab, SERVQUAL gap, importance–performance
// and key drivers. Definitions of the statistics: docs/ANALYTICS.md.
import { z } from 'zod';
import { analyticsFiltersSchema, LOCATION_LEVELS } from '../../../../common/analytics/query';
import { QUADRANTS } from '../../../../common/analytics/gap';
import { testResultSchema } from '../query/schemas';

const questionId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a question id');
const language = z.string().min(2).max(35).optional();
const filters = analyticsFiltersSchema.default({});

/**
 * A categorical variable: the option picked in a choice question (`answer:<id>`; a multiple
 * choice counts a response under every option it picked), the NPS group of an NPS question
 * (`nps_group:<id>`), or a property of the response.
 */
export const variableSchema = z.union([
  z.literal('channel'),
  z.literal('language'),
  z.literal('wave'),
  z.literal('location'),
  z.templateLiteral(['location:', z.enum(LOCATION_LEVELS)]),
  z.templateLiteral(['answer:', questionId]),
  z.templateLiteral(['nps_group:', questionId]),
]);
export type Variable = z.infer<typeof variableSchema>;

/** A numeric answer: a scored question, or one row of a matrix (`item`), or `importance`/`performance`. */
export const measureSchema = z.object({ questionId, item: z.string().max(100).default('') });
export type MeasureInput = z.infer<typeof measureSchema>;

export const crosstabBody = z.object({
  surveyId: z.uuid(),
  rows: variableSchema,
  columns: variableSchema,
  filters,
  language,
});
export type CrosstabBody = z.infer<typeof crosstabBody>;

export const gapBody = z.object({
  surveyId: z.uuid(),
  filters,
  language,
  /** Default: every matrix pair `exp_<dimension>` / `perc_<dimension>` of the survey. */
  pairs: z
    .array(
      z.object({
        expectation: questionId,
        perception: questionId,
        /** Defaults to the perception question's id. */
        dimension: z.string().min(1).max(60).optional(),
      }),
    )
    .min(1)
    .max(50)
    .optional(),
});
export type GapBody = z.infer<typeof gapBody>;

export const importancePerformanceBody = z
  .object({
    surveyId: z.uuid(),
    filters,
    language,
    /** stated: the importance item of each importance–performance question; derived: correlation with the outcome. */
    importance: z.enum(['stated', 'derived']),
    outcome: measureSchema.optional(),
    /** derived: the attributes (2–30); stated: optionally, which importance–performance questions to show. */
    attributes: z.array(measureSchema).min(1).max(30).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.importance !== 'derived') return;
    if (!b.outcome)
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Derived importance needs the outcome.' });
    if (!b.attributes || b.attributes.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['attributes'],
        message: 'Derived importance needs at least two attributes.',
      });
  });
export type ImportancePerformanceBody = z.infer<typeof importancePerformanceBody>;

export const driversBody = z.object({
  surveyId: z.uuid(),
  filters,
  language,
  outcome: measureSchema,
  attributes: z.array(measureSchema).min(2).max(30),
});
export type DriversBody = z.infer<typeof driversBody>;

const num = z.number().nullable();
const labelled = z.object({ key: z.string(), label: z.string() });

export const crosstabAnswerSchema = z.object({
  rows: z.array(labelled),
  columns: z.array(labelled),
  counts: z.array(z.array(z.number())),
  /** % of the row's total (null for an empty row). */
  rowPercents: z.array(z.array(num)),
  /** % of the column's total (null for an empty column). */
  columnPercents: z.array(z.array(num)),
  rowTotals: z.array(z.number()),
  columnTotals: z.array(z.number()),
  /** Responses in the table, each once (with a multiple choice, the cells can add up to more). */
  total: z.number(),
  /** Pearson's chi-square; null when fewer than 2×2 non-empty cells remain or a variable is a multiple choice. */
  test: testResultSchema
    .extend({ expected: z.array(z.array(z.number())), lowExpected: z.boolean() })
    .nullable(),
  /** A variable lets one response count in several cells, so no chi-square test is made. */
  multipleResponse: z.boolean(),
});
export type CrosstabAnswer = z.infer<typeof crosstabAnswerSchema>;

const sideSchema = z.object({ mean: num, n: z.number() });

export const gapAnswerSchema = z.object({
  items: z.array(
    z.object({
      dimension: z.string(),
      item: z.string(),
      label: z.string(),
      expectation: sideSchema,
      perception: sideSchema,
      gap: num,
    }),
  ),
  dimensions: z.array(z.object({ dimension: z.string(), label: z.string(), gap: num, items: z.number() })),
  overall: num,
});
export type GapAnswer = z.infer<typeof gapAnswerSchema>;

export const importancePerformanceAnswerSchema = z.object({
  importance: z.enum(['stated', 'derived']),
  points: z.array(
    z.object({
      questionId: z.string(),
      item: z.string(),
      label: z.string(),
      importance: num,
      performance: num,
      quadrant: z.enum(QUADRANTS).nullable(),
      /** stated: answers of the importance item; derived: responses with the attribute and the outcome. */
      n: z.number(),
    }),
  ),
  crosshair: z.object({ importance: z.number(), performance: z.number() }).nullable(),
});
export type ImportancePerformanceAnswer = z.infer<typeof importancePerformanceAnswerSchema>;

export const driversAnswerSchema = z.object({
  /** Responses that answered the outcome and every attribute. */
  n: z.number(),
  r2: z.number(),
  lowBase: z.boolean(),
  outcome: z.object({ questionId: z.string(), item: z.string(), label: z.string(), mean: num }),
  drivers: z.array(
    z.object({
      questionId: z.string(),
      item: z.string(),
      label: z.string(),
      correlation: z.number(),
      beta: z.number(),
      relativeWeight: z.number(),
      share: num,
      mean: num,
    }),
  ),
});
export type DriversAnswer = z.infer<typeof driversAnswerSchema>;
