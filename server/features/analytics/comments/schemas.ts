// The open-text explorer's request and answer: free-text answers with filters and search.
import { z } from 'zod';
import { pageQuerySchema } from '../../../../common/pagination';

const questionId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a question id');

/**
 * One value or several joined by commas (`?locationId=a,b`), as the console's analytics filters
 * send them: a store, or a few stores and a region.
 */
const commaList = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z
    .string()
    .max(40 * max)
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max));

export const NPS_GROUPS = ['promoter', 'passive', 'detractor'] as const;
export type NpsGroup = (typeof NPS_GROUPS)[number];

export const commentsQuery = pageQuerySchema
  .extend({
    /** Omitted: every survey of the workspace (the overview's latest comments). */
    surveyId: z.uuid().optional(),
    /** One text question; omitted: every text question. */
    questionId: questionId.optional(),
    /** Words that must all be in the comment (Chinese segmented); the last Latin word may be partial. */
    q: z.string().trim().max(200).optional(),
    /** Only comments of responses whose NPS answer is in this group. */
    npsGroup: z.enum(NPS_GROUPS).optional(),
    /** The NPS question npsGroup reads; default: the survey's first NPS question. */
    npsQuestionId: questionId.optional(),
    /** Completed on or after / on or before these days, in the workspace's time zone. */
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    /** Locations (each with every location below it), comma-separated. */
    locationId: commaList(z.uuid(), 500).optional(),
    /** Channels, comma-separated. */
    channel: commaList(z.string().min(1).max(40), 50).optional(),
    /** Response languages, comma-separated. */
    language: commaList(z.string().min(2).max(35), 20).optional(),
    /** Waves, comma-separated. */
    waveId: commaList(z.uuid(), 100).optional(),
    /** The language of question titles; default: each survey's default language. */
    uiLanguage: z.string().min(2).max(35).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: '`to` is before `from`.' });
export type CommentsQuery = z.infer<typeof commentsQuery>;

export const SCORE_TYPES = ['nps', 'csat', 'ces', 'rating'] as const;

export const commentSchema = z.object({
  responseId: z.uuid(),
  surveyId: z.uuid(),
  surveyName: z.string(),
  questionId: z.string(),
  questionTitle: z.string(),
  text: z.string(),
  language: z.string(),
  channel: z.string(),
  location: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  completedAt: z.string(),
  /** The response's headline score: its NPS answer, else CSAT, CES or rating. */
  score: z.object({ questionId: z.string(), type: z.enum(SCORE_TYPES), value: z.number() }).nullable(),
  /** The words of the text that the search matched, as written there, for highlighting. */
  matches: z.array(z.string()),
});
export type Comment = z.infer<typeof commentSchema>;

export const commentsPage = z.object({ items: z.array(commentSchema), nextCursor: z.string().nullable() });
