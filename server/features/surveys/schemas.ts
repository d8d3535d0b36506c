// The surveys API's shapes: surveys with their draft, versions, waves, templates and responses.
// The console (web/src/features/surveys) reads the same types.
import { z } from 'zod';
import { pageQuerySchema } from '../../../common/pagination';
import { surveyDefinitionSchema } from '../../../common/survey/definition';
import { surveyShapeSchema } from '../../../common/survey/survey-shape';

export const surveyStatusSchema = z.enum(['draft', 'published', 'closed']);

export const surveySettingsSchema = z.object({
  /** Accept one response per personal token (?t=…) or per device; null accepts any number. */
  oncePer: z.enum(['token', 'device']).nullable().default(null),
});

export const surveySummarySchema = z.object({
  id: z.uuid(),
  /** The public id in the survey's address /s/:key. */
  key: z.string(),
  name: z.string(),
  status: surveyStatusSchema,
  /** The newest published version, null before the first publish. */
  latestVersion: z.int().nullable(),
  /** The draft differs from the newest published version (or nothing is published yet). */
  draftChanged: z.boolean(),
  defaultLanguage: z.string(),
  languages: z.array(z.string()),
  questionCount: z.int(),
  completeCount: z.int(),
  partialCount: z.int(),
  /** Where respondents answer: PUBLIC_URL + /s/:key. */
  url: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SurveySummary = z.infer<typeof surveySummarySchema>;

export const surveySchema = surveySummarySchema.extend({
  draft: surveyDefinitionSchema,
  settings: surveySettingsSchema,
});
export type Survey = z.infer<typeof surveySchema>;

export const surveyListQuery = pageQuerySchema.extend({
  status: surveyStatusSchema.optional(),
  /** Part of the name, case-insensitive. */
  q: z.string().trim().max(200).optional(),
});

/** Start from nothing (a one-question NPS survey), a built-in template, a workspace template or a definition. */
export const surveySourceSchema = z.union([
  z.strictObject({ template: z.string().max(100) }),
  z.strictObject({ workspaceTemplate: z.uuid() }),
  z.strictObject({ definition: surveyDefinitionSchema }),
]);

export const createSurveyBody = z.object({
  name: z.string().trim().min(1).max(200),
  from: surveySourceSchema.optional(),
  /** For a built-in template: the language the survey starts in (default: the workspace's). */
  language: z.string().max(35).optional(),
});

export const updateSurveyBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    /** The whole draft; it must be a valid definition (400 names the first field at fault). */
    draft: surveyDefinitionSchema,
    settings: surveySettingsSchema,
  })
  .partial();

export const duplicateSurveyBody = z.object({ name: z.string().trim().min(1).max(200).optional() });

export const saveAsTemplateBody = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).default(''),
});

export const surveyParams = z.object({ workspaceId: z.string(), surveyId: z.uuid() });
export const versionParams = surveyParams.extend({ version: z.coerce.number().int().min(1) });

export const versionSummarySchema = z.object({
  version: z.int(),
  publishedAt: z.string(),
  publishedBy: z.uuid().nullable(),
  questionCount: z.int(),
  responseCount: z.int(),
});
export const versionSchema = versionSummarySchema.extend({ definition: surveyDefinitionSchema });

export const waveSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  /** 1, 2, 3… in the order the waves were made. */
  number: z.int(),
  name: z.string(),
  opensAt: z.string(),
  closesAt: z.string().nullable(),
  /** open now, not yet open, or over. */
  state: z.enum(['upcoming', 'open', 'over']),
  responseCount: z.int(),
  createdAt: z.string(),
});
export type Wave = z.infer<typeof waveSchema>;

const instant = z.iso.datetime({ offset: true });
export const createWaveBody = z.object({
  name: z.string().trim().max(200).default(''),
  opensAt: instant,
  closesAt: instant.nullable().default(null),
});
export const updateWaveBody = createWaveBody.partial();
export const waveParams = surveyParams.extend({ waveId: z.uuid() });

export const builtInTemplateSchema = z.object({
  key: z.string(),
  category: z.string(),
  /** The template's name in each console language. */
  name: z.record(z.string(), z.string()),
  description: z.record(z.string(), z.string()),
  languages: z.array(z.string()),
  questionCount: z.int(),
});
export const workspaceTemplateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  languages: z.array(z.string()),
  questionCount: z.int(),
  createdAt: z.string(),
});
export const templateListSchema = z.object({
  builtIn: z.array(builtInTemplateSchema),
  workspace: z.array(workspaceTemplateSchema),
});
export const builtInTemplateParams = z.object({ workspaceId: z.string(), key: z.string().max(100) });
export const workspaceTemplateParams = z.object({ workspaceId: z.string(), templateId: z.uuid() });
export const templateDefinitionSchema = z.object({ definition: surveyDefinitionSchema });

export const responseStatusSchema = z.enum(['partial', 'complete']);
export const deviceClassSchema = z.enum(['mobile', 'tablet', 'desktop', 'unknown']);

export const responseSummarySchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  status: responseStatusSchema,
  version: z.int(),
  waveId: z.uuid().nullable(),
  language: z.string(),
  channel: z.string(),
  locationId: z.uuid().nullable(),
  deviceClass: deviceClassSchema,
  ending: z.string().nullable(),
  answerCount: z.int(),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
});
export const responseDetailSchema = responseSummarySchema.extend({
  /** Answers keyed by question id, as the version's question types define them. */
  answers: z.record(z.string(), z.unknown()),
  hidden: z.record(z.string(), z.string()),
  pageSeconds: z.record(z.string(), z.number()),
  currentPage: z.string().nullable(),
  /** The customer the response came from (by its link's identity fields), if known. */
  customerId: z.uuid().nullable(),
});

export const responseListQuery = pageQuerySchema.extend({
  status: responseStatusSchema.optional(),
  version: z.coerce.number().int().min(1).optional(),
  waveId: z.uuid().optional(),
  locationId: z.uuid().optional(),
  channel: z.string().max(50).optional(),
  language: z.string().max(35).optional(),
  /** Started at or after / before these instants. */
  from: instant.optional(),
  to: instant.optional(),
});
export const responseParams = surveyParams.extend({ responseId: z.uuid() });

// Added with the routes (routes.ts, waves-routes.ts, templates-routes.ts).

/**
 * What PATCH …/waves/:waveId reads: updateWaveBody's fields, but a field left out stays as it is.
 * (updateWaveBody is createWaveBody.partial(), which keeps the defaults: {opensAt} alone would also
 * reset name to '' and closesAt to null.)
 */
export const patchWaveBody = z.object({
  name: z.string().trim().max(200).optional(),
  opensAt: instant.optional(),
  closesAt: instant.nullable().optional(),
});

/**
 * The answers that carry a definition. surveyDefinitionSchema begins with a preprocess (the nesting
 * guard), and zod cannot encode through a preprocess, which is what the response serializer does;
 * a stored definition was validated when it was written, so an answer only needs its shape. The
 * types are the same as surveySchema, versionSchema and templateDefinitionSchema.
 */
export const surveyAnswerSchema = surveySummarySchema.extend({
  draft: surveyShapeSchema,
  settings: surveySettingsSchema,
});
export const versionAnswerSchema = versionSummarySchema.extend({ definition: surveyShapeSchema });
export const templateDefinitionAnswerSchema = z.object({ definition: surveyShapeSchema });

export const versionListSchema = z.object({ items: z.array(versionSummarySchema) });
export const waveListSchema = z.object({ items: z.array(waveSchema) });
