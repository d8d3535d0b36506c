import { describe, expect, it } from 'vitest';
import { formatCount, formatDifference, formatMetric, formatP } from './format';

describe('analytics figures', () => {
  it('writes each metric the way it is read', () => {
    expect(formatMetric(42.4, 'nps', 'en')).toBe('+42');
    expect(formatMetric(-7.6, 'nps', 'en')).toBe('-8');
    expect(formatMetric(0, 'nps', 'en')).toBe('0');
    expect(formatMetric(87.25, 'csat', 'en')).toBe('87.3%');
    expect(formatMetric(5.625, 'ces', 'en')).toBe('5.63');
    expect(formatMetric(1204, 'count', 'en')).toBe('1,204');
    expect(formatMetric(null, 'nps', 'en')).toBe('—');
  });

  it('follows the language: decimal commas in Spanish, percent signs in Chinese', () => {
    expect(formatMetric(5.625, 'mean', 'es')).toBe('5,63');
    expect(formatMetric(87.25, 'csat', 'zh-CN')).toBe('87.3%');
    expect(formatCount(12345, 'es')).toBe('12.345');
  });

  it('signs differences and writes small p-values as < 0.001', () => {
    expect(formatDifference(12.3, 'nps', 'en')).toBe('+12');
    expect(formatDifference(-0.456, 'mean', 'en')).toBe('-0.46');
    expect(formatDifference(3.25, 'csat', 'en')).toBe('+3.3');
    expect(formatP(0.0001, 'en')).toBe('< 0.001');
    expect(formatP(0.0412, 'en')).toBe('0.041');
  });
});
