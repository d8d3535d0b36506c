import { describe, expect, it } from 'vitest';
import { activeCustomerFilters, parseCustomerFilters } from './filters';

describe('parseCustomerFilters', () => {
  it('keeps well-formed filters', () => {
    const f = parseCustomerFilters({
      q: ' 138 0013 8000 ',
      tag: 'vip',
      rfmSegment: 'at_risk',
      consumerType: 'information_seeking',
      segmentId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    });
    expect(f).toEqual({
      q: '138 0013 8000',
      tag: 'vip',
      rfmSegment: 'at_risk',
      consumerType: 'information_seeking',
      segmentId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    });
    expect(activeCustomerFilters(f)).toBe(5);
  });

  it('drops what a hand-edited link got wrong', () => {
    const f = parseCustomerFilters({
      q: '   ',
      tag: 'x'.repeat(51),
      rfmSegment: 'royalty',
      consumerType: 42,
      segmentId: 'not-a-uuid',
    });
    expect(f).toEqual({});
    expect(activeCustomerFilters(f)).toBe(0);
  });
});
