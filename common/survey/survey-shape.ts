// The shape of a whole survey, before the cross-reference rules of definition-checks.ts.
import { z } from 'zod';
import {
  conditionSchema,
  idSchema,
  languageTagSchema,
  localizedTextSchema,
  questionSchema,
} from './questions';

export const jumpSchema = z.object({
  if: conditionSchema,
  to: z.union([z.strictObject({ page: idSchema }), z.strictObject({ end: idSchema })]),
});
export type Jump = z.infer<typeof jumpSchema>;

export const pageSchema = z.object({
  id: idSchema,
  title: localizedTextSchema.optional(),
  questions: z.array(questionSchema).min(1).max(100),
  jumps: z.array(jumpSchema).max(50).optional(),
});
export type Page = z.infer<typeof pageSchema>;

export const endingSchema = z.object({
  id: idSchema,
  if: conditionSchema.optional(),
  title: localizedTextSchema,
  message: localizedTextSchema.optional(),
});
export type Ending = z.infer<typeof endingSchema>;

export const themeSchema = z.object({
  logoUrl: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .optional(),
  accent: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb')
    .default('#0f766e'),
});

export const surveyShapeSchema = z.object({
  defaultLanguage: languageTagSchema,
  languages: z.array(languageTagSchema).min(1).max(50),
  pages: z.array(pageSchema).min(1).max(100),
  hiddenFields: z
    .array(z.object({ name: idSchema }))
    .max(50)
    .default([]),
  endings: z.array(endingSchema).min(1).max(20),
  theme: themeSchema.default({ accent: '#0f766e' }),
});
export type SurveyShape = z.infer<typeof surveyShapeSchema>;
