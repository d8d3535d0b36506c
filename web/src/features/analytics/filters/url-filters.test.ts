import { describe, expect, it } from 'vitest';
import {
  filterSearch,
  parseFilterSearch,
  presetRange,
  toAnalyticsFilters,
  todayIn,
  validDay,
} from './url-filters';

const LOC = '0196a7f0-0000-7000-8000-000000000001';
const WAVE = '0196a7f0-0000-7000-8000-000000000002';

describe('analytics filters in the URL', () => {
  it('reads a full search and writes it back unchanged', () => {
    const search = {
      period: 'custom',
      from: '2026-01-01',
      to: '2026-03-31',
      loc: LOC,
      ch: 'qr,email',
      wave: WAVE,
      lang: 'zh-CN',
    };
    const state = parseFilterSearch(search);
    expect(state).toEqual({
      period: 'custom',
      from: '2026-01-01',
      to: '2026-03-31',
      locationIds: [LOC],
      channels: ['qr', 'email'],
      waveIds: [WAVE],
      languages: ['zh-CN'],
    });
    expect(filterSearch(state)).toEqual(search);
  });

  it('drops what a hand-edited link got wrong, and defaults to the last 90 days', () => {
    const state = parseFilterSearch({
      period: 'forever',
      from: '2026-02-30',
      loc: `nope,${LOC},${LOC}`,
      ch: 'qr,<script>',
      wave: 'x',
    });
    expect(state).toEqual({
      period: '90d',
      locationIds: [LOC],
      channels: ['qr'],
      waveIds: [],
      languages: [],
    });
    // The default preset is not written to the URL; dates only go with `custom`.
    expect(filterSearch({ ...state, from: '2026-01-01' })).toMatchObject({
      period: undefined,
      from: undefined,
    });
  });

  it('keeps a custom range only when it runs forward', () => {
    expect(parseFilterSearch({ period: 'custom', from: '2026-03-01', to: '2026-02-01' })).toMatchObject({
      from: '2026-03-01',
    });
    expect(parseFilterSearch({ period: 'custom', from: '2026-03-01', to: '2026-02-01' }).to).toBeUndefined();
  });

  it('turns presets into days, both ends included', () => {
    expect(presetRange('30d', '2026-03-31')).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(presetRange('90d', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetRange('12m', '2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(presetRange('12m', '2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(presetRange('all', '2026-03-31')).toBeNull();
  });

  it('gives the API only the filters that are set', () => {
    expect(toAnalyticsFilters(parseFilterSearch({ period: 'all' }), '2026-03-31')).toEqual({});
    expect(toAnalyticsFilters(parseFilterSearch({ period: '30d', ch: 'qr' }), '2026-03-31')).toEqual({
      from: '2026-03-02',
      to: '2026-03-31',
      channels: ['qr'],
    });
    expect(
      toAnalyticsFilters(parseFilterSearch({ period: 'custom', from: '2026-01-05' }), '2026-03-31'),
    ).toEqual({
      from: '2026-01-05',
    });
  });

  it('knows today in the workspace time zone and real calendar days', () => {
    const late = new Date('2026-03-31T20:00:00Z');
    expect(todayIn('Asia/Shanghai', late)).toBe('2026-04-01');
    expect(todayIn('America/Mexico_City', late)).toBe('2026-03-31');
    expect(validDay('2026-02-29')).toBeUndefined();
    expect(validDay('2024-02-29')).toBe('2024-02-29');
  });
});
