// Personal invitations and the rules for contacting people (M2): the API's shapes.
import { z } from 'zod';
import { messageChannelSchema } from './distributions';

/** HH:MM on a 24-hour clock. */
export const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 21:00');
export const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
export const clockOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export const contactRulesSchema = z.object({
  /** At most one invitation per this many days per person, across every survey; null: no cap. */
  frequencyCapDays: z.number().int().min(1).max(365).nullable(),
  /** No sends between start and end in the customer's time zone (else the workspace's). */
  quietHours: z.object({ enabled: z.boolean(), start: clockSchema, end: clockSchema }),
  /** Emails sent per minute at most (the SMTP relay's limit). */
  emailsPerMinute: z.number().int().min(1).max(100_000),
});
export type ContactRules = z.infer<typeof contactRulesSchema>;

export const DEFAULT_CONTACT_RULES: ContactRules = {
  frequencyCapDays: 30,
  quietHours: { enabled: true, start: '21:00', end: '09:00' },
  emailsPerMinute: 120,
};

export const recipientSchema = z.object({
  /** An email address, a phone number (E.164 or local) or a WeChat openid, by the channel. */
  address: z.string().trim().min(3).max(200),
  name: z.string().trim().max(200).optional(),
  language: z.string().min(2).max(35).optional(),
});
export type Recipient = z.infer<typeof recipientSchema>;

/** Invite a segment's customers or a pasted list, now or at a time. */
export const createInvitationsBody = z
  .object({
    segmentId: z.uuid().optional(),
    recipients: z.array(recipientSchema).min(1).max(10_000).optional(),
    /** ISO time; now when absent. Quiet hours may move each send later. */
    sendAt: z.iso.datetime({ offset: true }).optional(),
    /**
     * Invite again those this distribution has invited before (an invitation waiting, sent or
     * bounced). Off: sending to a segment again reaches only who joined it since.
     */
    reinvite: z.boolean().default(false),
  })
  .refine((b) => (b.segmentId ? !b.recipients : !!b.recipients), {
    message: 'Give a segmentId or recipients, not both.',
    path: ['recipients'],
  });
export type CreateInvitationsBody = z.infer<typeof createInvitationsBody>;

export const INVITATION_STATUSES = [
  'scheduled',
  'sent',
  'failed',
  'bounced',
  'skipped',
  'cancelled',
] as const;
export const SKIP_REASONS = ['unsubscribed', 'no_consent', 'frequency_cap', 'no_provider'] as const;

export const invitationSchema = z.object({
  id: z.uuid(),
  distributionId: z.uuid(),
  customerId: z.uuid().nullable(),
  channel: messageChannelSchema,
  address: z.string(),
  name: z.string(),
  language: z.string(),
  source: z.string(),
  status: z.enum(INVITATION_STATUSES),
  skipReason: z.string().nullable(),
  error: z.string().nullable(),
  sendAfter: z.string(),
  sentAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  openedAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  bouncedAt: z.string().nullable(),
  unsubscribedAt: z.string().nullable(),
  remindersSent: z.number().int(),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const createInvitationsReply = z.object({
  /** Invitations made (each waits for its send time). */
  queued: z.number().int(),
  /**
   * Left out at once: already unsubscribed, duplicates in the list, no address for the channel, and
   * (unless reinvite) already invited through this distribution.
   */
  excluded: z.number().int(),
  /** Of those left out, the ones already invited through this distribution. */
  alreadyInvited: z.number().int(),
});
