// What zod cannot know about a segment definition: its attribute conditions name fields this
// workspace defines, with operators and values of the field's type, and its locations exist.
// Returns the definition as it is stored (values coerced to the field's type).
import {
  ATTRIBUTE_OPS_BY_TYPE,
  type SegmentCondition,
  type SegmentDefinition,
} from '../../../../common/customers/segments';
import type { Tx } from '../../../db/database';
import { badRequest } from '../../../platform/errors';
import { findLocation } from '../../../platform/locations/store';
import { coerceAttribute, fieldsOf, type FieldDefinition } from '../attributes';

export async function checkDefinition(
  tx: Tx,
  workspaceId: string,
  def: SegmentDefinition,
): Promise<SegmentDefinition> {
  const fields = new Map((await fieldsOf(tx, workspaceId)).map((f) => [f.key, f]));
  const conditions: SegmentCondition[] = [];
  for (const [i, c] of def.conditions.entries()) {
    const at = (name: string) => `definition.conditions.${i}.${name}`;
    if (c.field === 'attribute') {
      conditions.push(checkAttribute(c, fields.get(c.key), at));
      continue;
    }
    if (c.field === 'location' && !(await findLocation(tx, workspaceId, c.locationId)))
      throw badRequest('No such location in this workspace.', at('locationId'));
    conditions.push(c);
  }
  return { match: def.match, conditions };
}

type AttributeCondition = Extract<SegmentCondition, { field: 'attribute' }>;

function checkAttribute(
  c: AttributeCondition,
  field: FieldDefinition | undefined,
  at: (name: string) => string,
): AttributeCondition {
  if (!field) throw badRequest(`No customer field "${c.key}".`, at('key'));
  const ops = ATTRIBUTE_OPS_BY_TYPE[field.type];
  if (!ops.includes(c.op))
    throw badRequest(`A ${field.type} field takes one of: ${ops.join(', ')}.`, at('op'));
  if (c.op === 'set' || c.op === 'not_set') return { field: 'attribute', key: c.key, op: c.op };
  const coerced = coerceAttribute(field, c.value);
  if ('error' in coerced) throw badRequest(coerced.error, at('value'));
  return { ...c, value: coerced.value };
}
