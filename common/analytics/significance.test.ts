import { describe, expect, it } from 'vitest';
import { addPoint, emptyTally, tallyOf, type Tally } from './tally';
import {
  chiSquareTest,
  npsZTest,
  testMetricDifference,
  twoProportionZTest,
  welchTTest,
} from './significance';

/** A tally of `n` answers of each given value: `tallyOfCounts({10: 50, 7: 30, 3: 20})`. */
function tallyOfCounts(counts: Record<number, number>): Tally {
  const t = emptyTally();
  for (const [value, n] of Object.entries(counts)) addPoint(t, Number(value), n);
  return t;
}

describe('welchTTest', () => {
  // Wikipedia, "Welch's t-test", examples 1 and 2 (t, df and p as published; the extra digits
  // are scipy.stats.ttest_ind(equal_var=False)).
  it('reproduces the published example with equal sizes (t = −2.46, df = 25.0, p = 0.021)', () => {
    const a1 = tallyOf([
      27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4,
    ]);
    const a2 = tallyOf([
      27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4,
    ]);
    const r = welchTTest(a1, a2)!;
    expect(r.method).toBe('welch_t');
    expect(r.statistic).toBeCloseTo(-2.455356398286006, 9);
    expect(r.df).toBeCloseTo(24.988529290231416, 9);
    expect(r.p).toBeCloseTo(0.021378001462866992, 9);
    // 15 per side: significant at 5% but below the minimum base, so not trusted.
    expect(r.lowBase).toBe(true);
    expect(r.significant).toBe(false);
  });

  it('reproduces the published example with unequal sizes and variances (t = −1.57, df = 9.9, p = 0.149)', () => {
    const b1 = tallyOf([17.2, 20.9, 22.6, 18.1, 21.7, 21.4, 23.5, 24.2, 14.7, 21.8]);
    const b2 = tallyOf([
      21.5, 22.8, 21.0, 23.0, 21.6, 23.6, 22.5, 20.7, 23.4, 21.8, 20.7, 21.7, 21.5, 22.5, 23.6, 21.5, 22.5,
      23.5, 21.5, 21.8,
    ]);
    const r = welchTTest(b1, b2)!;
    expect(r.statistic).toBeCloseTo(-1.5654335235985037, 9);
    expect(r.df).toBeCloseTo(9.904741248650831, 9);
    expect(r.p).toBeCloseTo(0.14884169660532817, 9);
    expect(r.significant).toBe(false);
  });

  it('is antisymmetric: swapping the groups flips t and keeps p', () => {
    const a = tallyOf([1, 2, 3, 4, 5]);
    const b = tallyOf([2, 4, 6, 8]);
    const ab = welchTTest(a, b)!;
    const ba = welchTTest(b, a)!;
    expect(ba.statistic).toBeCloseTo(-ab.statistic, 12);
    expect(ba.p).toBeCloseTo(ab.p, 12);
    expect(ba.df).toBeCloseTo(ab.df!, 12);
  });

  it('is significant with large bases and a real difference', () => {
    const a = tallyOfCounts({ 4: 40, 5: 40 }); // mean 4.5
    const b = tallyOfCounts({ 3: 40, 4: 40 }); // mean 3.5
    const r = welchTTest(a, b)!;
    // Each side: variance 0.25·80/79; se² = 2·(80/79·0.25)/80; t = 1/√se².
    expect(r.statistic).toBeCloseTo(1 / Math.sqrt((2 * 0.25) / 79), 10);
    expect(r.df).toBeCloseTo(158, 10);
    expect(r.p).toBeLessThan(1e-6);
    expect(r.significant).toBe(true);
    expect(r.lowBase).toBe(false);
  });

  it('needs two answers a side', () => {
    expect(welchTTest(tallyOf([3]), tallyOf([1, 2, 3]))).toBeNull();
    expect(welchTTest(tallyOf([1, 2]), emptyTally())).toBeNull();
  });

  it('reports equal constant groups as no difference and unequal constant groups as untestable', () => {
    const equal = welchTTest(tallyOf([4, 4, 4]), tallyOf([4, 4]))!;
    expect(equal).toMatchObject({ statistic: 0, p: 1, df: 3, significant: false });
    expect(welchTTest(tallyOf([4, 4, 4]), tallyOf([5, 5]))).toBeNull();
  });
});

describe('twoProportionZTest', () => {
  it('uses the pooled standard error (45/100 against 30/100: z = 2.1909, p = 0.0285)', () => {
    // p̂ = 75/200 = 0.375; se = √(0.375·0.625·(1/100 + 1/100)) = 0.0684653; z = 0.15/se.
    const r = twoProportionZTest(45, 100, 30, 100)!;
    expect(r.method).toBe('two_proportion_z');
    expect(r.statistic).toBeCloseTo(0.15 / Math.sqrt(0.375 * 0.625 * 0.02), 12);
    expect(r.statistic).toBeCloseTo(2.1908902300206647, 9);
    expect(r.p).toBeCloseTo(0.02845973691631055, 9);
    expect(r.df).toBeNull();
    expect(r).toMatchObject({ significant: true, lowBase: false });
  });

  it('is not significant for the same share', () => {
    const r = twoProportionZTest(20, 40, 50, 100)!;
    expect(r.statistic).toBe(0);
    expect(r.p).toBe(1);
    expect(r.significant).toBe(false);
  });

  it('flags a low base and does not call it significant', () => {
    const r = twoProportionZTest(20, 20, 0, 20)!;
    expect(r.p).toBeLessThan(0.001);
    expect(r.lowBase).toBe(true);
    expect(r.significant).toBe(false);
  });

  it('is null when a base is 0, and no difference when both shares are 0% or 100%', () => {
    expect(twoProportionZTest(0, 0, 3, 10)).toBeNull();
    expect(twoProportionZTest(3, 10, 0, 0)).toBeNull();
    expect(twoProportionZTest(0, 40, 0, 50)).toMatchObject({ statistic: 0, p: 1 });
    expect(twoProportionZTest(40, 40, 50, 50)).toMatchObject({ statistic: 0, p: 1 });
  });
});

describe('npsZTest', () => {
  it('uses each NPS standard error from PRODUCT.md', () => {
    // a: 50 promoters, 30 passives, 20 detractors → NPS 0.30, var = (0.5 + 0.2 − 0.09)/100 = 0.0061.
    // b: 40, 30, 30 → NPS 0.10, var = (0.4 + 0.3 − 0.01)/100 = 0.0069. z = 0.2/√0.013 = 1.75412.
    const a = tallyOfCounts({ 10: 30, 9: 20, 8: 10, 7: 20, 6: 5, 0: 15 });
    const b = tallyOfCounts({ 9: 40, 7: 30, 3: 30 });
    const r = npsZTest(a, b)!;
    expect(r.method).toBe('nps_z');
    expect(r.statistic).toBeCloseTo(0.2 / Math.sqrt(0.013), 12);
    expect(r.p).toBeCloseTo(0.07941062599894216, 9);
    expect(r).toMatchObject({ df: null, significant: false, lowBase: false });
  });

  it('is significant for a large difference on large bases', () => {
    const a = tallyOfCounts({ 10: 60, 8: 20, 5: 20 }); // NPS 40
    const b = tallyOfCounts({ 10: 20, 8: 20, 5: 60 }); // NPS −40
    const r = npsZTest(a, b)!;
    // var each = (0.6 + 0.2 − 0.16)/100 = 0.0064 → z = 0.8/√0.0128.
    expect(r.statistic).toBeCloseTo(0.8 / Math.sqrt(0.0128), 12);
    expect(r.significant).toBe(true);
  });

  it('is null when a side has no answers', () => {
    expect(npsZTest(emptyTally(), tallyOf([9]))).toBeNull();
    expect(npsZTest(tallyOf([9]), emptyTally())).toBeNull();
  });

  it('treats two all-passive groups as no difference, and all promoters against all detractors as untestable', () => {
    expect(npsZTest(tallyOf([7, 8, 8]), tallyOf([7]))).toMatchObject({ statistic: 0, p: 1, lowBase: true });
    expect(npsZTest(tallyOf([9, 10]), tallyOf([0, 3]))).toBeNull();
  });
});

describe('chiSquareTest', () => {
  it('computes a 2×2 table by hand: expected 25 everywhere, χ² = 4, df 1, p = 0.0455', () => {
    const r = chiSquareTest([
      [20, 30],
      [30, 20],
    ])!;
    expect(r.method).toBe('chi_square');
    expect(r.statistic).toBeCloseTo(4, 12);
    expect(r.df).toBe(1);
    expect(r.p).toBeCloseTo(0.04550026389635857, 9);
    expect(r.expected).toEqual([
      [25, 25],
      [25, 25],
    ]);
    expect(r).toMatchObject({ lowExpected: false, lowBase: false, significant: true });
  });

  it('reproduces the published 3×4 example (Wikipedia, "Chi-squared test": χ² ≈ 24.6, df 6, p ≈ 0.0004)', () => {
    const r = chiSquareTest([
      [90, 60, 104, 95],
      [30, 50, 51, 20],
      [30, 40, 45, 35],
    ])!;
    expect(r.statistic).toBeCloseTo(24.5712028585826, 9);
    expect(r.df).toBe(6);
    expect(r.p).toBeCloseTo(0.0004098425861096696, 9);
    // 150 · 150 / 650 = 34.615…: the expected count of the first white-collar cell.
    expect(r.expected[0]![0]).toBeCloseTo((349 * 150) / 650, 12);
  });

  it('leaves empty rows and columns out of the statistic and df, keeping the table shape', () => {
    const full = chiSquareTest([
      [20, 0, 30],
      [0, 0, 0],
      [30, 0, 20],
    ])!;
    expect(full.statistic).toBeCloseTo(4, 12);
    expect(full.df).toBe(1);
    expect(full.expected).toEqual([
      [25, 0, 25],
      [0, 0, 0],
      [25, 0, 25],
    ]);
  });

  it('warns about expected counts below 5 and a low total', () => {
    const r = chiSquareTest([
      [3, 1],
      [1, 3],
    ])!;
    expect(r.statistic).toBeCloseTo(2, 12); // expected 2 everywhere: 4 · 1²/2
    expect(r.lowExpected).toBe(true);
    expect(r.lowBase).toBe(true);
    expect(r.significant).toBe(false);
  });

  it('is null when fewer than two rows or columns have counts', () => {
    expect(chiSquareTest([])).toBeNull();
    expect(chiSquareTest([[5, 6]])).toBeNull();
    expect(
      chiSquareTest([
        [5, 0],
        [6, 0],
      ]),
    ).toBeNull();
  });

  it('gives p = 1 for perfectly independent counts', () => {
    const r = chiSquareTest([
      [10, 20],
      [30, 60],
    ])!;
    expect(r.statistic).toBeCloseTo(0, 12);
    expect(r.p).toBeCloseTo(1, 12);
  });
});

describe('testMetricDifference', () => {
  const five = { min: 1, max: 5 };
  const a = tallyOfCounts({ 5: 30, 4: 15, 3: 5, 2: 30, 1: 20 });
  const b = tallyOfCounts({ 5: 10, 4: 20, 3: 40, 2: 20, 1: 10 });

  it('tests NPS with the NPS z-test', () => {
    const x = tallyOfCounts({ 10: 50, 8: 30, 2: 20 });
    const y = tallyOfCounts({ 9: 40, 7: 30, 6: 30 });
    expect(testMetricDifference({ kind: 'nps', box: 2 }, { min: 0, max: 10 }, x, y)).toEqual(npsZTest(x, y));
  });

  it('tests CSAT on the 4–5 share', () => {
    expect(testMetricDifference({ kind: 'csat', box: 2 }, five, a, b)).toEqual(
      twoProportionZTest(45, 100, 30, 100),
    );
  });

  it('tests top and bottom boxes on their counts', () => {
    expect(testMetricDifference({ kind: 'top_box', box: 1 }, five, a, b)).toEqual(
      twoProportionZTest(30, 100, 10, 100),
    );
    expect(testMetricDifference({ kind: 'bottom_box', box: 2 }, five, a, b)).toEqual(
      twoProportionZTest(50, 100, 30, 100),
    );
    expect(testMetricDifference({ kind: 'top_box', box: 2 }, null, a, b)).toBeNull();
  });

  it('tests means and CES with Welch', () => {
    expect(testMetricDifference({ kind: 'mean', box: 2 }, five, a, b)).toEqual(welchTTest(a, b));
    expect(testMetricDifference({ kind: 'ces', box: 2 }, { min: 1, max: 7 }, a, b)).toEqual(welchTTest(a, b));
  });

  it('has no test for counts, indexes and distributions', () => {
    for (const kind of ['count', 'index', 'distribution'] as const)
      expect(testMetricDifference({ kind, box: 2 }, five, a, b)).toBeNull();
  });
});
