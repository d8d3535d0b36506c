import { describe, expect, it } from 'vitest';
import type { AnalyticsQuestion } from '../../../api/analytics';
import {
  crosstabVariables,
  defaultAttributes,
  defaultOutcome,
  defaultVariables,
  measureKey,
  numericMeasures,
  parseMeasureKey,
} from './choices';

const q = (id: string, type: string, extra: Partial<AnalyticsQuestion> = {}): AnalyticsQuestion => ({
  id,
  type,
  title: id.toUpperCase(),
  scale: ['nps', 'rating', 'matrix', 'importance_performance'].includes(type) ? { min: 1, max: 5 } : null,
  items: [],
  options: [],
  ...extra,
});

const questions = [
  q('visit', 'single_choice', { options: [{ id: 'in', label: 'In' }] }),
  q('nps', 'nps'),
  q('overall', 'rating'),
  q('service', 'matrix', {
    items: [
      { id: 'speed', label: 'Speed' },
      { id: 'staff', label: 'Staff' },
    ],
  }),
  q('ip_price', 'importance_performance', {
    items: [
      { id: 'importance', label: 'Importance' },
      { id: 'performance', label: 'Performance' },
    ],
  }),
  q('exp_tangibles', 'matrix', { items: [{ id: 't1', label: 'T1' }] }),
  q('comment', 'text'),
];

describe('analysis choices', () => {
  it('lists every numeric answer, a matrix by its rows', () => {
    expect(numericMeasures(questions).map((m) => m.key)).toEqual([
      'nps',
      'overall',
      'service:speed',
      'service:staff',
      'ip_price:importance',
      'ip_price:performance',
      'exp_tangibles:t1',
    ]);
    expect(numericMeasures(questions)[2]!.label).toBe('SERVICE — Speed');
  });

  it('round-trips measure keys', () => {
    for (const m of [
      { questionId: 'nps', item: '' },
      { questionId: 'service', item: 'speed' },
    ])
      expect(parseMeasureKey(measureKey(m))).toEqual(m);
  });

  it('starts drivers with the NPS as outcome and the ratings as attributes', () => {
    const measures = numericMeasures(questions);
    const outcome = defaultOutcome(measures)!;
    expect(outcome.key).toBe('nps');
    expect(defaultAttributes(measures, outcome).map((m) => m.key)).toEqual([
      'overall',
      'service:speed',
      'service:staff',
    ]);
    const withoutNps = measures.filter((m) => m.type !== 'nps');
    expect(defaultOutcome(withoutNps)!.key).toBe('overall');
    expect(defaultAttributes(withoutNps, defaultOutcome(withoutNps)).map((m) => m.key)).toEqual([
      'service:speed',
      'service:staff',
    ]);
  });

  it('offers choice answers, NPS groups and response properties to crosstab, rows and columns apart', () => {
    const choices = crosstabVariables(questions);
    expect(choices.map((c) => c.value)).toEqual([
      'answer:visit',
      'nps_group:nps',
      'channel',
      'language',
      'wave',
      'location',
      'location:region',
      'location:brand',
    ]);
    expect(defaultVariables(choices)).toEqual({ rows: 'answer:visit', columns: 'nps_group:nps' });
    expect(defaultVariables(crosstabVariables([]))).toEqual({ rows: 'channel', columns: 'language' });
  });
});
