import { z } from 'zod';
import { roleSchema } from '../../../common/roles';

export const memberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  joinedAt: z.string(),
});

export const memberParams = z.object({ workspaceId: z.string(), userId: z.uuid() });
export const changeRoleBody = z.object({ role: roleSchema });
