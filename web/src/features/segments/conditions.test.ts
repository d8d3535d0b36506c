import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTE_OPS_BY_TYPE as SERVER_OPS,
  segmentDefinitionSchema,
} from '../../../../common/customers/segments';
import type { CustomerField } from '../../api/customers';
import type { Condition } from '../../api/segments';
import {
  ATTRIBUTE_OPS_BY_TYPE,
  attributeOps,
  completeDefinition,
  CONDITION_FIELDS,
  isComplete,
  newCondition,
} from './conditions';

const fields: CustomerField[] = [
  { key: 'tier', label: 'Tier', type: 'choice', options: ['gold', 'silver'], position: 0 },
  { key: 'visits', label: 'Visits', type: 'number', options: [], position: 1 },
  { key: 'vip', label: 'VIP', type: 'boolean', options: [], position: 2 },
];

describe('segment conditions', () => {
  it('offers only the operators that make sense for an attribute type', () => {
    expect(attributeOps(fields[0])).toEqual(['eq', 'neq', 'set', 'not_set']);
    expect(attributeOps(fields[1])).toContain('gte');
    expect(attributeOps(fields[1])).not.toContain('contains');
    expect(attributeOps(fields[2])).toEqual(['eq', 'neq', 'set', 'not_set']);
  });

  it('offers exactly the operators the server accepts for each type', () => {
    for (const [type, ops] of Object.entries(SERVER_OPS)) {
      expect([...ATTRIBUTE_OPS_BY_TYPE[type as keyof typeof SERVER_OPS]].sort(), type).toEqual(
        [...ops].sort(),
      );
    }
  });

  it('sends only definitions the server accepts', () => {
    const rows: Condition[] = [
      { field: 'attribute', key: 'visits', op: 'gte', value: 3 },
      { field: 'attribute', key: 'tier', op: 'not_set', value: 'ignored' },
      { field: 'tag', op: 'not_has', value: ' vip ' },
      newCondition('identity', fields),
      { field: 'rfm_segment', op: 'in', values: ['at_risk', 'cant_lose'] },
      { field: 'consumer_type', op: 'not_in', values: ['occasional'] },
      newCondition('orders', fields),
      newCondition('nps', fields),
      { field: 'location', locationId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' },
      newCondition('consent', fields),
      { field: 'language', values: ['zh-CN', 'es'] },
    ];
    const def = completeDefinition({ match: 'any', conditions: rows }, fields);
    expect(def).not.toBeNull();
    expect(segmentDefinitionSchema.safeParse(def).success).toBe(true);
  });

  it('starts every field with a row that needs at most a value', () => {
    for (const field of CONDITION_FIELDS) expect(newCondition(field, fields).field).toBe(field);
    expect(isComplete(newCondition('identity', fields), fields)).toBe(true);
    expect(isComplete(newCondition('orders', fields), fields)).toBe(true);
    expect(isComplete(newCondition('tag', fields), fields)).toBe(false);
    expect(isComplete(newCondition('rfm_segment', fields), fields)).toBe(false);
    expect(isComplete(newCondition('location', fields), fields)).toBe(false);
  });

  it('judges attribute rows by their field and operator', () => {
    const row = (c: Partial<Extract<Condition, { field: 'attribute' }>>): Condition => ({
      field: 'attribute',
      key: 'visits',
      op: 'gt',
      value: 3,
      ...c,
    });
    expect(isComplete(row({}), fields)).toBe(true);
    expect(isComplete(row({ value: undefined }), fields)).toBe(false);
    expect(isComplete(row({ op: 'set', value: undefined }), fields)).toBe(true);
    expect(isComplete(row({ key: 'nope' }), fields)).toBe(false);
    // "contains" is not a number operator.
    expect(isComplete(row({ op: 'contains' }), fields)).toBe(false);
  });

  it('sends nothing until every row is complete, and trims what it sends', () => {
    const tag: Condition = { field: 'tag', op: 'has', value: ' vip ' };
    const set: Condition = { field: 'attribute', key: 'tier', op: 'set', value: 'gold' };
    expect(completeDefinition({ match: 'all', conditions: [] }, fields)).toBeNull();
    expect(
      completeDefinition({ match: 'any', conditions: [tag, { field: 'language', values: [] }] }, fields),
    ).toBeNull();
    expect(completeDefinition({ match: 'all', conditions: [tag, set] }, fields)).toEqual({
      match: 'all',
      conditions: [
        { field: 'tag', op: 'has', value: 'vip' },
        { field: 'attribute', key: 'tier', op: 'set' },
      ],
    });
  });
});
