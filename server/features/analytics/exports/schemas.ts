// Request and answer shapes of the analytics export routes (M3).
import { z } from 'zod';
import { analyticsFiltersSchema } from '../../../../common/analytics/query';
import { pageQuerySchema } from '../../../../common/pagination';
import { languageTagSchema } from '../../../../common/survey/definition';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'sav', 'pdf', 'docx'] as const;
export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const exportParams = z.object({ workspaceId: z.string(), exportId: z.string() });

export const createExportBody = z.object({
  surveyId: z.uuid(),
  format: z.enum(EXPORT_FORMATS),
  /** Which responses, as everywhere in analytics; none: every complete response. */
  filters: analyticsFiltersSchema.default({}),
  /** Labels (options, question texts, headings) in this language; default: the survey's. */
  language: languageTagSchema.optional(),
});
export type CreateExportBody = z.infer<typeof createExportBody>;

export const exportListQuery = pageQuerySchema.extend({ surveyId: z.uuid().optional() });
export type ExportListQuery = z.infer<typeof exportListQuery>;

/** What the job needs to know, kept with the export (params jsonb). */
export const exportJobParams = z.object({
  filters: analyticsFiltersSchema.default({}),
  language: z.string(),
  /** Decided when the export was asked for, by the role of who asked (see columns.ts). */
  includeContacts: z.boolean().default(false),
});
export type ExportJobParams = z.infer<typeof exportJobParams>;

export const exportSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  format: z.enum(EXPORT_FORMATS),
  status: z.enum(EXPORT_STATUSES),
  /** Responses written so far (a report: 0, then 1 when rendered). */
  processed: z.number(),
  /** Responses to write, known once the job has started. */
  total: z.number().nullable(),
  fileName: z.string().nullable(),
  byteSize: z.number().nullable(),
  error: z.string().nullable(),
  filters: analyticsFiltersSchema,
  language: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The file is removed then (7 days after it was made). */
  expiresAt: z.string().nullable(),
  /** GET it for the file, once done. */
  downloadUrl: z.string().nullable(),
});
