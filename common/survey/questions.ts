// The building blocks of a survey definition: ids, localized text, conditions and question types.
// The whole-survey rules (references, ordering, ops per type) live in definition-checks.ts.
import { z } from 'zod';

/** Question, page, option, ending and hidden-field ids: short, lowercase, safe in URLs and piping. */
export const idSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lowercase letters, digits and _');

/** A BCP-47 tag, simplified: en, es, zh-CN, zh-TW, pt-BR, zh-Hant-TW. */
export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/, 'a language tag such as en or zh-CN');

/** Text in several languages; the survey's default language must be present (checked per survey). */
export const localizedTextSchema = z.record(languageTagSchema, z.string().max(5000));
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const CONDITION_OPS = [
  'answered',
  'not_answered',
  'eq',
  'neq',
  'lt',
  'lte',
  'gt',
  'gte',
  'includes',
  'excludes',
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];
export type ConditionValue = number | string | boolean;

/** Display, jump and ending logic. Leaves compare one answer or one hidden field with a value. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { question: string; op: ConditionOp; value?: ConditionValue }
  | { hidden: string; op: ConditionOp; value?: ConditionValue };

const conditionValueSchema = z.union([z.number(), z.string().max(500), z.boolean()]);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ question: idSchema, op: z.enum(CONDITION_OPS), value: conditionValueSchema.optional() }),
    z.strictObject({ hidden: idSchema, op: z.enum(CONDITION_OPS), value: conditionValueSchema.optional() }),
  ]),
);

const optionSchema = z.object({ id: idSchema, label: localizedTextSchema });
const optionsSchema = z.array(optionSchema).min(1).max(200);
export type ChoiceOption = z.infer<typeof optionSchema>;

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const common = {
  id: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  required: z.boolean().default(false),
  displayIf: conditionSchema.optional(),
};

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('nps') }),
  z.object({
    ...common,
    type: z.literal('rating'),
    points: z.literal([5, 7, 10]),
    display: z.enum(['numbers', 'stars', 'smileys']).default('numbers'),
  }),
  z.object({ ...common, type: z.literal('csat') }),
  z.object({ ...common, type: z.literal('ces') }),
  z.object({
    ...common,
    type: z.literal('single_choice'),
    options: optionsSchema,
    other: z.boolean().default(false),
  }),
  z.object({
    ...common,
    type: z.literal('multiple_choice'),
    options: optionsSchema,
    other: z.boolean().default(false),
    minPicks: z.int().min(0).max(200).optional(),
    maxPicks: z.int().min(1).max(200).optional(),
  }),
  z.object({ ...common, type: z.literal('dropdown'), options: optionsSchema }),
  z.object({ ...common, type: z.literal('ranking'), options: optionsSchema }),
  z.object({
    ...common,
    type: z.literal('matrix'),
    rows: optionsSchema,
    scale: z
      .array(z.object({ value: z.int().min(-1000).max(1000), label: localizedTextSchema }))
      .min(2)
      .max(20),
  }),
  z.object({
    ...common,
    type: z.literal('importance_performance'),
    points: z.literal([5, 7]),
    importanceLabel: localizedTextSchema.optional(),
    performanceLabel: localizedTextSchema.optional(),
  }),
  z.object({
    ...common,
    type: z.literal('text'),
    multiline: z.boolean().default(false),
    maxLength: z.int().min(1).max(10000).default(1000),
  }),
  z.object({
    ...common,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(false),
  }),
  z.object({
    ...common,
    type: z.literal('date'),
    min: isoDateSchema.optional(),
    max: isoDateSchema.optional(),
  }),
  z.object({
    ...common,
    type: z.literal('contact'),
    email: z.boolean().default(false),
    phone: z.boolean().default(false),
  }),
  z.object({ ...common, type: z.literal('consent') }),
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

// Pure helpers live in scales.ts (no zod), so the survey page's browser script can import them.
export { isIsoDate, placeholderPattern, scaleOf } from './scales';
