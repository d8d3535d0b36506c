import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../../api/analytics';
import { escapeHtml, trendByLocationOption, trendOption, type TrendTexts } from './trend-option';

const texts: TrendTexts = {
  format: (v) => (v === null ? '—' : String(Math.round(v))),
  value: 'NPS',
  band: '95% CI',
  base: 'n',
  lowBase: 'low base',
};

const row = (
  week: string,
  value: number | null,
  ci: [number, number] | null,
  n: number,
  store?: string,
): MetricRow => ({
  group: { 'period:week': week, ...(store ? { 'location:store': store } : {}) },
  labels: { 'period:week': `W-${week}`, ...(store ? { 'location:store': `Store ${store}` } : {}) },
  metric: { value, n, se: null, ci, lowBase: n < 30, parts: {} },
  distribution: null,
});

type Series = { name: string; data: unknown[]; stack?: string; stackStrategy?: string };

describe('the trend chart', () => {
  it('draws the band as the lower bound plus the width stacked on it, negative bounds included', () => {
    const option = trendOption(
      [
        row('2026-01-05', 10, [-12, 32], 40),
        row('2026-01-12', null, null, 0),
        row('2026-01-19', 30, [20, 40], 12),
      ],
      'period:week',
      texts,
    );
    const [lower, band, line] = option.series as Series[];
    expect((option.xAxis as { data: string[] }).data).toEqual([
      'W-2026-01-05',
      'W-2026-01-12',
      'W-2026-01-19',
    ]);
    expect(lower!.data).toEqual([-12, null, 20]);
    expect(band!.data).toEqual([44, null, 20]);
    expect([lower!.stack, band!.stack, lower!.stackStrategy, band!.stackStrategy]).toEqual([
      'ci',
      'ci',
      'all',
      'all',
    ]);
    // The third week rests on 12 answers: drawn hollow.
    expect(line!.data).toEqual([
      { value: 10, symbol: 'circle' },
      { value: null, symbol: 'emptyCircle' },
      { value: 30, symbol: 'emptyCircle' },
    ]);
  });

  it('draws one line per location over the union of periods', () => {
    const option = trendByLocationOption(
      [
        row('2026-01-05', 10, null, 40, 'a'),
        row('2026-01-12', 20, null, 40, 'a'),
        row('2026-01-12', 5, null, 40, 'b'),
      ],
      'period:week',
      'location:store',
      texts,
      'No location',
    );
    const series = option.series as Series[];
    expect(series.map((s) => s.name)).toEqual(['Store a', 'Store b']);
    expect(series[1]!.data).toEqual([null, 5]);
  });

  it('escapes labels that go into the tooltip HTML', () => {
    expect(escapeHtml('<b>"x"</b>')).toBe('&#60;b&#62;&#34;x&#34;&#60;/b&#62;');
  });
});
