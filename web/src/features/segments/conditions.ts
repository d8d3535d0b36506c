// The segment builder's rules: which fields a condition can look at, the operators valid for each
// (for a custom attribute: for its type), the condition a field starts with, and whether a row is
// complete enough to send (the server validates again: common/customers/segments.ts).
import type { CustomerField, FieldType } from '../../api/customers';
import type { AttributeOp, Condition, ConditionField, SegmentDefinition } from '../../api/segments';

export const CONDITION_FIELDS = [
  'attribute',
  'tag',
  'identity',
  'rfm_segment',
  'consumer_type',
  'orders',
  'nps',
  'location',
  'consent',
  'language',
] as const satisfies readonly ConditionField[];

export const MAX_CONDITIONS = 20;

/**
 * Attribute operators per field type: no "greater than" on yes/no, no "contains" on numbers. The
 * same table as common/customers/segments.ts (a copy: that module's values bring zod along; the
 * unit test checks that the two agree).
 */
export const ATTRIBUTE_OPS_BY_TYPE: Record<FieldType, readonly AttributeOp[]> = {
  text: ['eq', 'neq', 'contains', 'set', 'not_set'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'set', 'not_set'],
  date: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'set', 'not_set'],
  boolean: ['eq', 'neq', 'set', 'not_set'],
  choice: ['eq', 'neq', 'set', 'not_set'],
};

/** Operators that need no value. */
export const VALUELESS_OPS: readonly AttributeOp[] = ['set', 'not_set'];

export function attributeOps(field: CustomerField | undefined): readonly AttributeOp[] {
  return field ? ATTRIBUTE_OPS_BY_TYPE[field.type] : ATTRIBUTE_OPS_BY_TYPE.text;
}

/** A new row for a field, with sensible starting choices (90 days, "has", the first field…). */
export function newCondition(field: ConditionField, fields: readonly CustomerField[]): Condition {
  switch (field) {
    case 'attribute': {
      const first = fields[0];
      return { field, key: first?.key ?? '', op: 'eq', value: undefined };
    }
    case 'tag':
      return { field, op: 'has', value: '' };
    case 'identity':
      return { field, op: 'has', kind: 'email' };
    case 'rfm_segment':
    case 'consumer_type':
      return { field, op: 'in', values: [] };
    case 'orders':
      return { field, measure: 'spend', op: 'gt', value: 0, days: 90 };
    case 'nps':
      return { field, group: 'detractor', days: 90 };
    case 'location':
      return { field, locationId: '' };
    case 'consent':
      return { field, channel: 'email', status: 'granted' };
    case 'language':
      return { field, values: [] };
  }
}

const positiveDays = (n: number) => Number.isInteger(n) && n >= 1;

/** Complete: every choice the row needs is made. Incomplete rows keep the count from being asked. */
export function isComplete(c: Condition, fields: readonly CustomerField[]): boolean {
  switch (c.field) {
    case 'attribute': {
      const f = fields.find((x) => x.key === c.key);
      if (!f || !attributeOps(f).includes(c.op)) return false;
      if (VALUELESS_OPS.includes(c.op)) return true;
      return (
        c.value !== undefined && c.value !== '' && !(typeof c.value === 'number' && Number.isNaN(c.value))
      );
    }
    case 'tag':
      return c.value.trim() !== '';
    case 'rfm_segment':
    case 'consumer_type':
    case 'language':
      return c.values.length > 0;
    case 'orders':
      return Number.isFinite(c.value) && c.value >= 0 && positiveDays(c.days);
    case 'nps':
      return positiveDays(c.days);
    case 'location':
      return c.locationId !== '';
    default:
      return true;
  }
}

/** What is sent: a set/not_set attribute carries no value, a tag is trimmed. */
export function toApiCondition(c: Condition): Condition {
  if (c.field === 'attribute' && VALUELESS_OPS.includes(c.op))
    return { field: c.field, key: c.key, op: c.op };
  if (c.field === 'tag') return { ...c, value: c.value.trim() };
  return c;
}

/** The definition to preview or save, or null while a row is incomplete (or there are none). */
export function completeDefinition(
  def: SegmentDefinition,
  fields: readonly CustomerField[],
): SegmentDefinition | null {
  if (def.conditions.length === 0 || def.conditions.length > MAX_CONDITIONS) return null;
  if (!def.conditions.every((c) => isComplete(c, fields))) return null;
  return { match: def.match, conditions: def.conditions.map(toApiCondition) };
}
