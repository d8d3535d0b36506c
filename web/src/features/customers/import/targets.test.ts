import { describe, expect, it } from 'vitest';
import { duplicateTargets, initialMapping, mappedIdentityKinds } from './targets';

describe('import column targets', () => {
  it('starts from the suggestion and ignores the rest', () => {
    expect(initialMapping(['姓名', '手机', 'Notes'], { 姓名: 'name', 手机: 'phone' })).toEqual({
      姓名: 'name',
      手机: 'phone',
      Notes: 'ignore',
    });
  });

  it('offers to match by the identity kinds that are mapped, in column order', () => {
    expect(mappedIdentityKinds({ a: 'name', b: 'member_id', c: 'email', d: 'ignore', e: 'phone' })).toEqual([
      'member_id',
      'email',
      'phone',
    ]);
    expect(mappedIdentityKinds({ a: 'name' })).toEqual([]);
  });

  it('finds a target chosen for two columns, but not "ignore"', () => {
    expect(duplicateTargets({ a: 'phone', b: 'phone', c: 'ignore', d: 'ignore', e: 'name' })).toEqual([
      'phone',
    ]);
    expect(duplicateTargets({ a: 'phone', b: 'email' })).toEqual([]);
  });
});
