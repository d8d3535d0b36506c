// A customer's custom attributes are checked against the workspace's field definitions
// (customer_fields) on every write: an unknown key or a value of the wrong type is a 400 that
// names `attributes.<key>`, so nothing half-typed is ever stored.
import type { Tx } from '../../db/database';
import type { CustomerFieldType } from '../../db/schema';
import { badRequest } from '../../platform/errors';

export type AttributeValue = string | number | boolean;
export interface FieldDefinition {
  key: string;
  type: CustomerFieldType;
  options: string[];
}

export const fieldsOf = (tx: Tx, workspaceId: string): Promise<FieldDefinition[]> =>
  tx
    .selectFrom('customer_fields')
    .select(['key', 'type', 'options'])
    .where('workspace_id', '=', workspaceId)
    .execute();

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The value as it is stored, or a message saying why it cannot be. */
export function coerceAttribute(
  field: FieldDefinition,
  value: unknown,
): { value: AttributeValue } | { error: string } {
  switch (field.type) {
    case 'text':
      return typeof value === 'string' ? { value } : { error: 'Expected text.' };
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n) ? { value: n } : { error: 'Expected a number.' };
    }
    case 'boolean':
      if (typeof value === 'boolean') return { value };
      if (value === 'true' || value === 'false') return { value: value === 'true' };
      return { error: 'Expected true or false.' };
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? { value }
        : { error: 'Expected a date as YYYY-MM-DD.' };
    case 'choice':
      return typeof value === 'string' && field.options.includes(value)
        ? { value }
        : { error: `Expected one of: ${field.options.join(', ')}.` };
  }
}

/**
 * Applies changes (null removes a key) to the current attributes after checking each against
 * its field; throws 400 naming the first bad key.
 */
export function applyAttributes(
  fields: FieldDefinition[],
  current: Record<string, AttributeValue>,
  changes: Record<string, AttributeValue | null>,
): Record<string, AttributeValue> {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const next = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) {
      delete next[key];
      continue;
    }
    const field = byKey.get(key);
    if (!field) throw badRequest(`No customer field "${key}": define it first.`, `attributes.${key}`);
    const coerced = coerceAttribute(field, value);
    if ('error' in coerced) throw badRequest(coerced.error, `attributes.${key}`);
    next[key] = coerced.value;
  }
  return next;
}
