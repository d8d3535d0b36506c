// Route shapes of the QR files: which store, staff member or table a code is for, its size, and the
// card's language. Empty text counts as absent, so a form that sends `staff=` adds nothing.
import { z } from 'zod';
import { languageSchema } from '../../../../common/roles';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

const target = {
  /** A location's short code: the store the answers are counted under. */
  loc: optionalText(32).describe("a location's short code"),
  /** The staff member a code is for (printed on the card). */
  staff: optionalText(60).describe('the staff member a code is for'),
  /** The table a code is for (printed on the card). */
  table: optionalText(20).describe('the table a code is for'),
};

export const qrImageQuery = z.object({
  ...target,
  /** The image's width and height in pixels, quiet zone included. */
  size: z.coerce.number().int().min(128).max(2048).default(512).describe('pixels, 128–2048'),
});
export type QrImageQuery = z.infer<typeof qrImageQuery>;

export const qrCardQuery = z.object({
  ...target,
  /** The card's language; default the workspace's. */
  lang: languageSchema.optional(),
  /** `stores`: one card per store of the workspace, each code carrying that store. */
  all: z.enum(['stores']).optional().describe('stores: one page per store location'),
});
export type QrCardQuery = z.infer<typeof qrCardQuery>;
