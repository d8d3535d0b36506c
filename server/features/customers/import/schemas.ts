// Request and answer shapes of the customer import routes (M4).
import { z } from 'zod';
import { identityKindSchema } from '../../../../common/customers/identities';
import { pageQuerySchema } from '../../../../common/pagination';
import { DELIMITERS } from './detect-delimiter';
import { ENCODINGS } from './detect-encoding';

export const importParams = z.object({ workspaceId: z.string(), importId: z.string() });

export const encodingSchema = z.enum(ENCODINGS);
export const delimiterSchema = z.enum(DELIMITERS);

/** Re-read the headers and preview with another encoding or delimiter (only while `uploaded`). */
export const updateImportBody = z.object({
  encoding: encodingSchema.optional(),
  delimiter: delimiterSchema.optional(),
});
export type UpdateImportBody = z.infer<typeof updateImportBody>;

export const startImportBody = z.object({
  /** Column name → target (see targets.ts); a column left out is ignored. */
  mapping: z.record(z.string().max(500), z.string().max(60)),
  /** The identity that finds an existing customer; its column must be mapped. */
  matchBy: identityKindSchema,
  /** Validate and count only: no customer is written. */
  dryRun: z.boolean().default(false),
});
export type StartImportBody = z.infer<typeof startImportBody>;

export const importListQuery = pageQuerySchema;

export const importSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  fileSize: z.number(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  headers: z.array(z.string()),
  preview: z.array(z.array(z.string())),
  suggestedMapping: z.record(z.string(), z.string()),
  status: z.enum(['uploaded', 'queued', 'running', 'done', 'failed', 'cancelled']),
  /** Counted before the rows are read (CSV) or when the import ends (XLSX); null until then. */
  totalRows: z.number().nullable(),
  processedRows: z.number(),
  inserted: z.number(),
  updated: z.number(),
  rejected: z.number(),
  dryRun: z.boolean(),
  matchBy: identityKindSchema.nullable(),
  mapping: z.record(z.string(), z.string()).nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
