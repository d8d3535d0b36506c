// The kinds of identity a customer can be known by. Each (kind, normalised value) belongs to at
// most one customer per workspace; see server/features/customers/identity.ts for normalisation.
import { z } from 'zod';

export const IDENTITY_KINDS = [
  'email',
  'phone',
  'wechat_openid',
  'wechat_unionid',
  'member_id',
  'external_id',
] as const;
export const identityKindSchema = z.enum(IDENTITY_KINDS);
export type IdentityKind = z.infer<typeof identityKindSchema>;

export const identityInputSchema = z.object({
  kind: identityKindSchema,
  value: z.string().trim().min(1).max(200),
});
export type IdentityInput = z.infer<typeof identityInputSchema>;

/** The channels a customer can consent (or not) to be contacted on. */
export const CONSENT_CHANNELS = ['email', 'sms', 'wechat', 'phone'] as const;
export const consentChannelSchema = z.enum(CONSENT_CHANNELS);
export type ConsentChannel = z.infer<typeof consentChannelSchema>;

/** The channels a customer can prefer; the same words as consent. */
export const preferredChannelSchema = consentChannelSchema;
