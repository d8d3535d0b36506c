// Shapes of the widget's public routes (/w/…) and the embed snippet route. The loader in client/
// imports the WidgetConfig type only (erased at build): the answer it reads is this one.
import { z } from 'zod';

/** The workspace a site's <script data-workspace="…"> names: its slug. */
export const widgetWorkspaceParams = z.object({ workspace: z.string().max(60) });

/** What the loader makes for a visitor: a SHA-256 (hex) of their identity, or a random id. */
export const personSchema = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'a random or hashed visitor id');

export const shownBody = z.object({
  code: z.string().max(16),
  person: personSchema,
});

export const widgetConfigSchema = z.object({
  code: z.string(),
  /** The survey page with ?d=<code>&ch=widget&embed=1; the loader adds identity and origin. */
  surveyUrl: z.string(),
  display: z.enum(['popup', 'slidein']),
  urlPattern: z.string().nullable(),
  event: z.string().nullable(),
  delaySeconds: z.number(),
  scrollPercent: z.number().nullable(),
  exitIntent: z.boolean(),
  samplePercent: z.number(),
  cooldownDays: z.number(),
});
export type WidgetConfig = z.infer<typeof widgetConfigSchema>;

export const widgetConfigReply = z.object({ widgets: z.array(widgetConfigSchema) });

export const shownReply = z.object({
  show: z.boolean(),
  /** Why not: this person was shown a survey of this workspace within the cooldown. */
  reason: z.literal('cooldown').optional(),
});

export const embedSnippetReply = z.object({
  /** An <iframe> to paste where the survey should appear. */
  iframe: z.string(),
  /** Widget distributions: the loader's two <script> tags for the site's pages; null for embeds. */
  script: z.string().nullable(),
});
