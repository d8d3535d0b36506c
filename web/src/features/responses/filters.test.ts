import { describe, expect, it } from 'vitest';
import { activeFilterCount, parseFilters, toQuery } from './filters';

const WAVE = '0193e6a2-7c41-7e8a-9d2b-3f4a5b6c7d8e';

describe('parseFilters', () => {
  it('reads what the router parsed from the URL, numbers included', () => {
    expect(
      parseFilters({
        status: 'complete',
        version: 2,
        waveId: WAVE,
        channel: 'qr',
        language: 'zh-CN',
        from: '2026-03-01',
        to: '2026-03-31',
        response: 'x',
      }),
    ).toEqual({
      status: 'complete',
      version: 2,
      waveId: WAVE,
      channel: 'qr',
      language: 'zh-CN',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(parseFilters({ version: '3' })).toEqual({ version: 3 });
  });

  it('leaves out what is malformed', () => {
    expect(
      parseFilters({
        status: 'done',
        version: 0,
        waveId: 'nope',
        locationId: 12,
        from: '2026-02-30',
        to: 'tomorrow',
        channel: '  ',
      }),
    ).toEqual({});
  });
});

describe('toQuery', () => {
  it('turns days into instants, including the whole last day', () => {
    expect(toQuery({ status: 'partial', from: '2026-03-01', to: '2026-03-31' })).toEqual({
      status: 'partial',
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 3, 1).toISOString(),
    });
    expect(toQuery({})).toEqual({});
    expect(activeFilterCount({ status: 'complete', from: '2026-03-01' })).toBe(2);
  });
});
