// The public intake's shapes: what a survey page (or any client) sends for one save.
import { z } from 'zod';

/** Chosen by the client when the attempt begins (a UUID or any random string): its idempotency key. */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,128}$/, '16–128 letters, digits, - or _');

export const intakeParams = z.object({ key: z.string().max(40) });

/** Where the respondent came from: link, qr, email, widget, kiosk… */
export const channelSchema = z.string().regex(/^[a-z][a-z0-9_-]{0,29}$/, 'a channel such as link or qr');

/** The survey link's own parameters, which the page passes on: used when the body does not say. */
export const intakeQuery = z.object({
  ch: channelSchema.optional().catch(undefined),
  loc: z.string().max(40).optional(),
  t: z.string().max(200).optional(),
  /** The distribution's public code (links, QR codes, embeds, the widget, kiosks). */
  d: z.string().max(16).optional(),
});

export const intakeBody = z.object({
  idempotencyKey: idempotencyKeySchema,
  answers: z.record(z.string().max(100), z.unknown()).default({}),
  hidden: z.record(z.string().max(100), z.unknown()).optional(),
  language: z.string().max(35),
  /** false: a partial save as the respondent goes; true: the final submit. */
  complete: z.boolean(),
  currentPage: z.string().max(40).nullable().optional(),
  pageSeconds: z.record(z.string().max(40), z.number().min(0).max(86_400)).optional(),
  channel: channelSchema.optional(),
  /** The short code of the store or channel (from a QR code's ?loc=). */
  location: z.string().max(40).optional(),
  /** The personal token of an invitation link (?t=). */
  token: z.string().max(200).optional(),
  /** The distribution's public code (?d=). */
  distribution: z.string().max(16).optional(),
  /**
   * The published version the device showed, when it answered offline (a kiosk): a new attempt is
   * checked against that version, not the newest. Ignored for an attempt already begun.
   */
  version: z.number().int().positive().optional(),
  /** When an offline device recorded the answer; kept as the completion time if within 30 days. */
  answeredAt: z.iso.datetime({ offset: true }).optional(),
  /** Left empty by people; bots fill it in. */
  website: z.string().max(2000).optional(),
});
export type IntakeBody = z.infer<typeof intakeBody>;

export const intakeReply = z.object({
  responseId: z.uuid(),
  status: z.enum(['partial', 'complete']),
  ending: z.string().nullable(),
});
