// The one error shape of the API, shared with the console: {"error":{"code","message","field"}}.
import { z } from 'zod';

export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'csrf_failed',
  'forbidden',
  'not_found',
  'conflict',
  'locked',
  'rate_limited',
  'invalid_credentials',
  'invitation_invalid',
  'unsupported_media_type',
  'payload_too_large',
  'survey_has_responses',
  'survey_not_published',
  'nothing_to_publish',
  'wave_has_responses',
  'waves_overlap',
  'internal',
  /** A survey submission: `details` lists every answer at fault, field `answers.<question id>`. */
  'invalid_answers',
  'survey_closed',
  'survey_not_open',
  'already_responded',
  'token_required',
  /** The identity already belongs to another customer (`details` names it). */
  'identity_taken',
  /** The two customers hold different external ids: they are not merged. */
  'merge_refused',
  /** The uploaded file is not a CSV or XLSX file Rapport can read. */
  'unsupported_file',
  /** An import that is not in the state the request needs (mapped, running…). */
  'import_state',
  /** An analytics export's file is asked for before the export is done. */
  'export_not_ready',
  /** An analysis the data cannot support (no SERVQUAL pairs, a constant or collinear variable, too few cases). */
  'analysis_not_possible',
  /** A link, QR code, embed, widget or kiosk that is paused or archived. */
  'distribution_paused',
  /** The request does not fit the distribution's kind (invitations to a QR code, a QR code of a kiosk…). */
  'wrong_distribution_kind',
  /** SMS or WeChat sends without a configured provider. */
  'provider_missing',
  /** The provider answered with an error (its message is passed on). */
  'provider_failed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    field: z.string().optional(),
    /** Several faults at once (a survey page's answers), the first one repeated in code/field. */
    details: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
