// A segment definition: conditions on customers, all or any of which must hold. Shared by the
// API (validation, then server/features/customers/segments/compile.ts turns it into SQL) and the
// console's segment builder. Stored as segments.definition.
import { z } from 'zod';
import { LANGUAGES } from '../roles';
import { consentChannelSchema, identityKindSchema } from './identities';
import { consumerTypeSchema, rfmSegmentSchema } from './value';

/** Comparisons on an attribute; which apply depends on the field's type (ATTRIBUTE_OPS). */
export const ATTRIBUTE_OPS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'set', 'not_set'] as const;
export type AttributeOp = (typeof ATTRIBUTE_OPS)[number];

/** The operators each custom field type accepts (dates compare as YYYY-MM-DD). */
export const ATTRIBUTE_OPS_BY_TYPE: Record<'text' | 'number' | 'date' | 'boolean' | 'choice', AttributeOp[]> =
  {
    text: ['eq', 'neq', 'contains', 'set', 'not_set'],
    choice: ['eq', 'neq', 'set', 'not_set'],
    number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'set', 'not_set'],
    date: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'set', 'not_set'],
    boolean: ['eq', 'neq', 'set', 'not_set'],
  };

const days = z.number().int().min(1).max(3650);

const attributeCondition = z
  .object({
    field: z.literal('attribute'),
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'A custom field key.'),
    op: z.enum(ATTRIBUTE_OPS),
    value: z.union([z.string().max(1000), z.number(), z.boolean()]).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.op !== 'set' && c.op !== 'not_set' && c.value === undefined)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `"${c.op}" needs a value.` });
  });

export const segmentConditionSchema = z.discriminatedUnion('field', [
  attributeCondition,
  z.object({
    field: z.literal('tag'),
    op: z.enum(['has', 'not_has']),
    value: z.string().trim().min(1).max(50),
  }),
  z.object({ field: z.literal('identity'), op: z.enum(['has', 'not_has']), kind: identityKindSchema }),
  z.object({
    field: z.literal('rfm_segment'),
    op: z.enum(['in', 'not_in']),
    values: z.array(rfmSegmentSchema).min(1),
  }),
  z.object({
    field: z.literal('consumer_type'),
    op: z.enum(['in', 'not_in']),
    values: z.array(consumerTypeSchema).min(1),
  }),
  /** "Spent more than X in the last N days" (spend in the workspace currency) or a count of orders. */
  z.object({
    field: z.literal('orders'),
    measure: z.enum(['spend', 'count']),
    op: z.enum(['gt', 'gte', 'lt', 'lte', 'eq']),
    value: z.number().min(0).max(1e12),
    days,
  }),
  /** Gave an NPS answer in this group (promoters 9–10, passives 7–8, detractors 0–6) in the last N days. */
  z.object({ field: z.literal('nps'), group: z.enum(['promoter', 'passive', 'detractor']), days }),
  /** Bought, visited or answered at this location or anywhere under it in the tree. */
  z.object({ field: z.literal('location'), locationId: z.uuid() }),
  z.object({ field: z.literal('consent'), channel: consentChannelSchema, status: z.literal('granted') }),
  z.object({ field: z.literal('language'), values: z.array(z.enum(LANGUAGES)).min(1) }),
]);
export type SegmentCondition = z.infer<typeof segmentConditionSchema>;

export const segmentDefinitionSchema = z.object({
  match: z.enum(['all', 'any']),
  conditions: z.array(segmentConditionSchema).min(1).max(20),
});
export type SegmentDefinition = z.infer<typeof segmentDefinitionSchema>;
