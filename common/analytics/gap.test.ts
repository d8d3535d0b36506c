import { describe, expect, it } from 'vitest';
import { importancePerformance, servqualGaps } from './gap';

const item = (dimension: string, id: string, expectation: number | null, perception: number | null) => ({
  dimension,
  item: id,
  expectation: { mean: expectation, n: expectation === null ? 0 : 10 },
  perception: { mean: perception, n: perception === null ? 0 : 10 },
});

describe('servqualGaps', () => {
  it('averages item gaps per dimension and dimensions overall', () => {
    const result = servqualGaps([
      item('tangibles', 't1', 6, 5), // −1
      item('tangibles', 't2', 6.5, 5.5), // −1
      item('tangibles', 't3', 5, 6), // +1   → tangibles −1/3
      item('empathy', 'e1', 6, 4), // −2    → empathy −2
    ]);
    expect(result.items.map((i) => i.gap)).toEqual([-1, -1, 1, -2]);
    expect(result.dimensions).toEqual([
      { dimension: 'tangibles', gap: expect.closeTo(-1 / 3, 12), items: 3 },
      { dimension: 'empathy', gap: -2, items: 1 },
    ]);
    // Each dimension counts once: (−1/3 − 2)/2, not the mean of the four items (−0.75).
    expect(result.overall).toBeCloseTo((-1 / 3 - 2) / 2, 12);
  });

  it('leaves unanswered items out of the means and is null with nothing answered', () => {
    const result = servqualGaps([
      item('reliability', 'r1', 6, 4),
      item('reliability', 'r2', null, 5),
      item('assurance', 'a1', 5, null),
    ]);
    expect(result.items.map((i) => i.gap)).toEqual([-2, null, null]);
    expect(result.dimensions).toEqual([
      { dimension: 'reliability', gap: -2, items: 2 },
      { dimension: 'assurance', gap: null, items: 1 },
    ]);
    expect(result.overall).toBe(-2);
    expect(servqualGaps([])).toEqual({ items: [], dimensions: [], overall: null });
  });
});

describe('importancePerformance', () => {
  it('places the crosshairs at the grand means and names the quadrants', () => {
    const { crosshair, points } = importancePerformance([
      { id: 'a', importance: 4.5, performance: 2.5 }, // important, weak → concentrate here
      { id: 'b', importance: 4.0, performance: 4.5 }, // important, strong → keep up
      { id: 'c', importance: 2.0, performance: 2.0 }, // neither → low priority
      { id: 'd', importance: 1.5, performance: 5.0 }, // strong where it matters little → overkill
    ]);
    expect(crosshair).toEqual({ importance: 3, performance: 3.5 });
    expect(points.map((p) => [p.id, p.quadrant])).toEqual([
      ['a', 'concentrate_here'],
      ['b', 'keep_up'],
      ['c', 'low_priority'],
      ['d', 'possible_overkill'],
    ]);
  });

  it('counts a point on a crosshair as high, and leaves points without a coordinate unplaced', () => {
    const { crosshair, points } = importancePerformance([
      { importance: 3, performance: 3 },
      { importance: 1, performance: 5 },
      { importance: 5, performance: 1 },
      { importance: null, performance: 4 },
    ]);
    expect(crosshair).toEqual({ importance: 3, performance: 3 });
    expect(points.map((p) => p.quadrant)).toEqual(['keep_up', 'possible_overkill', 'concentrate_here', null]);
    expect(importancePerformance([{ importance: null, performance: null }]).crosshair).toBeNull();
  });

  it('works with derived importance (correlations, possibly negative)', () => {
    const { crosshair, points } = importancePerformance([
      { importance: 0.6, performance: 3.8 },
      { importance: -0.2, performance: 4.2 },
    ]);
    expect(crosshair!.importance).toBeCloseTo(0.2, 12);
    expect(points.map((p) => p.quadrant)).toEqual(['concentrate_here', 'possible_overkill']);
  });
});
