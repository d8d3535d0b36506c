import { z } from 'zod';

export const auditEntrySchema = z.object({
  id: z.uuid(),
  at: z.string(),
  action: z.string(),
  actor: z.object({
    type: z.enum(['user', 'api_key', 'system']),
    id: z.string().nullable(),
    name: z.string().nullable(),
  }),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const auditQuery = z.object({
  action: z.string().max(100).optional().describe('Only this action, e.g. auth.sign_in'),
});
