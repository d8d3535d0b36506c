import { z } from 'zod';
import { roleSchema } from '../../../common/roles';

export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: roleSchema,
  /** The first characters of the key, to tell keys apart; the rest is never shown again. */
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const createApiKeyBody = z.object({
  name: z.string().trim().min(1).max(100),
  role: roleSchema,
});

export const createdApiKeySchema = z.object({
  key: apiKeySchema,
  /** The key itself, shown this once: send it as "Authorization: Bearer <secret>". */
  secret: z.string(),
});

export const apiKeyParams = z.object({ workspaceId: z.string(), apiKeyId: z.uuid() });
