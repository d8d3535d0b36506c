import { z } from 'zod';
import { languageSchema, roleSchema } from '../../../common/roles';

/** The IANA time zone names Rapport takes: the runtime's, and UTC (which Intl does not list). */
export const IANA_TIME_ZONES: ReadonlySet<string> = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);

/** An IANA time zone name, e.g. Asia/Shanghai (workspaces, and customers for quiet hours). */
export const timeZone = z.string().refine((tz) => IANA_TIME_ZONES.has(tz), 'Not an IANA time zone.');

export const workspaceSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  defaultLanguage: languageSchema,
  timeZone: z.string(),
  currency: z.string(),
  /** The country of phone numbers written without a +country code (ISO 3166-1 alpha-2). */
  phoneCountry: z.string().nullable(),
  createdAt: z.string(),
  /** Your role here. */
  role: roleSchema,
});

export const createWorkspaceBody = z.object({
  name: z.string().trim().min(1).max(200),
  slug: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, 'Lowercase letters, digits and dashes.')
    .optional(),
  defaultLanguage: languageSchema.default('en'),
  timeZone: timeZone.default('UTC'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'An ISO 4217 code such as CNY, USD, EUR.')
    .default('USD'),
  phoneCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 code such as CN, TW, US, ES.')
    .nullable()
    .optional(),
});

export const updateWorkspaceBody = createWorkspaceBody.partial().omit({ slug: true });

export const workspaceParams = z.object({ workspaceId: z.string() });
