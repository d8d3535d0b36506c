import { z } from 'zod';
import { roleSchema } from '../../../common/roles';
import { MIN_PASSWORD_LENGTH } from '../users/create-user';

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: roleSchema,
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** The inviter's name, when they still exist. */
  invitedBy: z.string().nullable(),
});

export const createInvitationBody = z.object({
  email: z.email().max(320),
  role: roleSchema,
});

export const createdInvitationSchema = z.object({
  invitation: invitationSchema,
  /** The link to hand to the invitee. */
  link: z.string(),
  /** Whether it was also emailed (only when SMTP is configured). */
  emailed: z.boolean(),
});

export const invitationParams = z.object({ workspaceId: z.string(), invitationId: z.uuid() });
export const tokenParams = z.object({ token: z.string().min(10).max(200) });

export const invitationPreviewSchema = z.object({
  workspaceId: z.uuid(),
  workspaceName: z.string(),
  email: z.string(),
  role: roleSchema,
  inviterName: z.string().nullable(),
  /** When true, the invitee signs in with their password; otherwise they choose a name and one. */
  accountExists: z.boolean(),
});

export const acceptInvitationBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(1).max(1000),
});

export const NEW_PASSWORD = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters.`);
