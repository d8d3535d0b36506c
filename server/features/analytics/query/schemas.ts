// Answer shapes of the metric and compare routes (serialised by these schemas).
import { z } from 'zod';

const num = z.number().nullable();

export const metricResultSchema = z.object({
  value: num,
  n: z.number(),
  se: num,
  ci: z.tuple([z.number(), z.number()]).nullable(),
  lowBase: z.boolean(),
  parts: z.record(z.string(), num),
});

const groupKeySchema = {
  group: z.record(z.string(), z.string().nullable()),
  labels: z.record(z.string(), z.string()),
};

export const metricRowSchema = z.object({
  ...groupKeySchema,
  metric: metricResultSchema,
  distribution: z.array(z.object({ value: z.number(), n: z.number(), share: num })).nullable(),
});

export const scaleSchema = z.object({ min: z.number(), max: z.number() }).nullable();

export const metricAnswerSchema = z.object({
  metric: z.record(z.string(), z.unknown()),
  scale: scaleSchema,
  rows: z.array(metricRowSchema),
  total: metricRowSchema,
  source: z.enum(['rollups', 'facts']),
});

export const testResultSchema = z.object({
  method: z.enum(['nps_z', 'two_proportion_z', 'welch_t', 'chi_square']),
  statistic: z.number(),
  df: num,
  p: z.number(),
  significant: z.boolean(),
  lowBase: z.boolean(),
});

const compareRowSchema = z.object({
  ...groupKeySchema,
  a: metricResultSchema,
  b: metricResultSchema,
  difference: num,
  test: testResultSchema.nullable(),
});

const sideSchema = z.object({ label: z.string(), from: z.string().optional(), to: z.string().optional() });

export const compareAnswerSchema = z.object({
  metric: z.record(z.string(), z.unknown()),
  a: sideSchema,
  b: sideSchema,
  rows: z.array(compareRowSchema),
  total: compareRowSchema,
});

export const surveyQuestionsParams = z.object({ workspaceId: z.string(), surveyId: z.string() });
export const questionsQuery = z.object({ language: z.string().min(2).max(35).optional() });

const labelled = z.object({ id: z.string(), label: z.string() });
export const analyticsQuestionsSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      title: z.string(),
      scale: scaleSchema,
      items: z.array(labelled),
      options: z.array(labelled),
    }),
  ),
});
