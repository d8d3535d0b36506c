import { z } from 'zod';
import { languageSchema } from '../../../common/roles';
import { workspaceSchema } from '../workspaces/schemas';

export const signInBody = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(1000),
});

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  locale: languageSchema.nullable(),
});

export const meSchema = z.object({
  user: userSchema,
  /** Send back as the X-CSRF-Token header on every write made with the session cookie. */
  csrfToken: z.string(),
  workspaces: z.array(workspaceSchema),
});

export const updateMeBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  locale: languageSchema.nullable().optional(),
});
