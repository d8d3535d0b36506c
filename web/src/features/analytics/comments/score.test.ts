import { describe, expect, it } from 'vitest';
import { scoreColor } from './score';

describe('scoreColor', () => {
  it('bands NPS into promoters, passives and detractors', () => {
    expect([10, 9, 8, 7, 6, 0].map((value) => scoreColor({ questionId: 'q', type: 'nps', value }))).toEqual([
      'green',
      'green',
      'gold',
      'gold',
      'red',
      'red',
    ]);
  });

  it('bands CSAT and CES on their own scales, and leaves ratings neutral', () => {
    expect([5, 4, 3, 2].map((value) => scoreColor({ questionId: 'q', type: 'csat', value }))).toEqual([
      'green',
      'green',
      'gold',
      'red',
    ]);
    expect([7, 5, 4, 3].map((value) => scoreColor({ questionId: 'q', type: 'ces', value }))).toEqual([
      'green',
      'green',
      'gold',
      'red',
    ]);
    expect(scoreColor({ questionId: 'q', type: 'rating', value: 5 })).toBe('grey');
  });
});
