// Request and answer shapes of the customer profile routes (M4). Identity kinds and consent
// channels are shared with the console in common/customers/identities.ts.
import { z } from 'zod';
import {
  consentChannelSchema,
  identityInputSchema,
  identityKindSchema,
  preferredChannelSchema,
} from '../../../common/customers/identities';
import { pageQuerySchema } from '../../../common/pagination';
import { consumerTypeSchema, rfmSegmentSchema } from '../../../common/customers/value';
import { languageSchema } from '../../../common/roles';
import { timeZone } from '../../platform/workspaces/schemas';

export const customerParams = z.object({ workspaceId: z.string(), customerId: z.string() });
export const identityParams = customerParams.extend({ kind: identityKindSchema, value: z.string().max(200) });

const attributeValue = z.union([z.string().max(1000), z.number(), z.boolean()]);
/** A null value removes the attribute. */
export const attributesInput = z.record(z.string().max(40), attributeValue.nullable());
const tag = z.string().trim().min(1).max(50);
const consentInput = z.object({
  status: z.enum(['granted', 'withdrawn']),
  /** Where the consent was given: a form, the till, an import… */
  source: z.string().trim().min(1).max(100).default('console'),
});

export const createCustomerBody = z.object({
  name: z.string().trim().max(200).default(''),
  identities: z.array(identityInputSchema).max(20).default([]),
  attributes: attributesInput.default({}),
  tags: z.array(tag).max(50).default([]),
  language: languageSchema.nullable().default(null),
  preferredChannel: preferredChannelSchema.nullable().default(null),
  /** Where the customer lives, for quiet hours; the workspace's time zone when null. */
  timeZone: timeZone.nullable().default(null),
  consent: z.partialRecord(consentChannelSchema, consentInput).default({}),
});
export type CreateCustomerBody = z.infer<typeof createCustomerBody>;

export const updateCustomerBody = z.object({
  name: z.string().trim().max(200).optional(),
  attributes: attributesInput.optional(),
  tags: z.array(tag).max(50).optional(),
  language: languageSchema.nullable().optional(),
  preferredChannel: preferredChannelSchema.nullable().optional(),
  timeZone: timeZone.nullable().optional(),
  consent: z.partialRecord(consentChannelSchema, consentInput).optional(),
});
export type UpdateCustomerBody = z.infer<typeof updateCustomerBody>;

export const customerListQuery = pageQuerySchema.extend({
  /** Part of the name, or an email or phone (normalised before the search). */
  q: z.string().trim().max(200).optional(),
  tag: tag.optional(),
  segmentId: z.uuid().optional(),
  rfmSegment: rfmSegmentSchema.optional(),
  consumerType: consumerTypeSchema.optional(),
});
export type CustomerListQuery = z.infer<typeof customerListQuery>;

export const identitySchema = z.object({
  kind: identityKindSchema,
  value: z.string(),
  source: z.string(),
  createdAt: z.string(),
});

export const consentSchema = z.object({
  status: z.enum(['granted', 'withdrawn']),
  at: z.string(),
  source: z.string(),
});

export const customerValueSchema = z.object({
  recencyDays: z.number().nullable(),
  frequency: z.number(),
  monetary: z.number(),
  r: z.number().nullable(),
  f: z.number().nullable(),
  m: z.number().nullable(),
  rfmSegment: z.string().nullable(),
  clv: z.number(),
  consumerType: consumerTypeSchema.nullable(),
  /** The rule that placed the customer in its consumer type, in words. */
  consumerRule: z.string().nullable(),
  computedAt: z.string(),
});

export const customerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  tags: z.array(z.string()),
  language: z.string().nullable(),
  preferredChannel: z.string().nullable(),
  timeZone: z.string().nullable(),
  consent: z.record(z.string(), consentSchema),
  identities: z.array(identitySchema),
  value: customerValueSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const customerSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  tags: z.array(z.string()),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  rfmSegment: z.string().nullable(),
  consumerType: z.string().nullable(),
  createdAt: z.string(),
});
