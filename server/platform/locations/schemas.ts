import { z } from 'zod';

export const LOCATION_KINDS = ['brand', 'region', 'store', 'online'] as const;
export const locationKindSchema = z.enum(LOCATION_KINDS);
export type LocationKind = z.infer<typeof locationKindSchema>;

const code = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, '2–32 lowercase letters, digits or dashes, used in URLs and QR codes.');

export const locationSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  kind: locationKindSchema,
  name: z.string(),
  code: z.string(),
  position: z.number().int(),
  createdAt: z.string(),
});

export const createLocationBody = z.object({
  parentId: z.uuid().nullable().default(null),
  kind: locationKindSchema,
  name: z.string().trim().min(1).max(200),
  /** Made up when missing. */
  code: code.optional(),
  position: z.number().int().min(0).max(1_000_000).optional(),
});

export const updateLocationBody = z.object({
  parentId: z.uuid().nullable().optional(),
  name: z.string().trim().min(1).max(200).optional(),
  code: code.optional(),
  position: z.number().int().min(0).max(1_000_000).optional(),
});

export const locationParams = z.object({ workspaceId: z.string(), locationId: z.uuid() });
export const locationListSchema = z.object({ items: z.array(locationSchema) });
