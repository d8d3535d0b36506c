// Every formula of metrics.ts against tables computed by hand (the arithmetic is in the comments).
import { describe, expect, it } from 'vitest';
import {
  bottomBox,
  ces,
  csat,
  distribution,
  mean,
  meanMetric,
  MIN_BASE,
  nps,
  responseRate,
  satisfactionIndex,
  standardDeviation,
  topBox,
  variance,
  Z95,
} from './metrics';
import { addPoint, emptyTally, tallyOf, type Tally } from './tally';

function tallyOfCounts(counts: Record<number, number>): Tally {
  const t = emptyTally();
  for (const [value, n] of Object.entries(counts)) addPoint(t, Number(value), n);
  return t;
}

const FIVE = { min: 1, max: 5 };
const ELEVEN = { min: 0, max: 10 };

describe('nps', () => {
  it('is null (not 0) over no answers', () => {
    const r = nps(emptyTally());
    expect(r).toMatchObject({ value: null, n: 0, se: null, ci: null, lowBase: true });
    expect(r.parts).toMatchObject({ promoters: null, passives: null, detractors: null, promoterCount: 0 });
  });

  it('is 0 with no uncertainty when everyone is a passive', () => {
    const r = nps(tallyOf([7, 8, 7, 8]));
    expect(r.value).toBe(0);
    expect(r.se).toBe(0);
    expect(r.ci).toEqual([0, 0]);
    expect(r.parts).toMatchObject({ promoters: 0, passives: 100, detractors: 0, passiveCount: 4 });
  });

  it('is 100 when everyone is a promoter, −100 when everyone is a detractor', () => {
    expect(nps(tallyOf([9, 10, 10]))).toMatchObject({ value: 100, se: 0, n: 3 });
    expect(nps(tallyOf([0, 6, 3]))).toMatchObject({ value: -100, se: 0 });
  });

  it('computes a mixed table exactly, with the standard error from PRODUCT.md', () => {
    // 10 answers: promoters 10,10,10,9,9 (5), passives 8,8,7 (3), detractors 6,3 (2).
    // NPS = 50% − 20% = 30. SE = √((0.5 + 0.2 − 0.3²)/10) = √0.061 → 24.698 points.
    const r = nps(tallyOfCounts({ 10: 3, 9: 2, 8: 2, 7: 1, 6: 1, 3: 1 }));
    expect(r.value).toBeCloseTo(30, 12);
    expect(r.n).toBe(10);
    expect(r.se).toBeCloseTo(Math.sqrt(0.061) * 100, 10);
    expect(r.ci![0]).toBeCloseTo(30 - Z95 * Math.sqrt(0.061) * 100, 10);
    expect(r.ci![1]).toBeCloseTo(30 + Z95 * Math.sqrt(0.061) * 100, 10);
    expect(r.parts).toEqual({
      promoters: 50,
      passives: 30,
      detractors: 20,
      promoterCount: 5,
      passiveCount: 3,
      detractorCount: 2,
    });
    expect(r.lowBase).toBe(true);
  });

  it('puts the boundaries where PRODUCT.md does: 6 detracts, 7 and 8 are passive, 9 promotes', () => {
    expect(nps(tallyOf([6])).value).toBe(-100);
    expect(nps(tallyOf([7])).value).toBe(0);
    expect(nps(tallyOf([8])).value).toBe(0);
    expect(nps(tallyOf([9])).value).toBe(100);
  });

  it('stops warning at the minimum base', () => {
    expect(nps(tallyOfCounts({ 9: MIN_BASE - 1 })).lowBase).toBe(true);
    expect(nps(tallyOfCounts({ 9: MIN_BASE })).lowBase).toBe(false);
  });
});

describe('csat', () => {
  it('is the share of 4 and 5 with the mean beside it', () => {
    // 5,5,4,3,1: 3 of 5 satisfied → 60%; mean 18/5 = 3.6; SE = √(0.6·0.4/5) = 21.909 points.
    const r = csat(tallyOf([5, 5, 4, 3, 1]));
    expect(r.value).toBeCloseTo(60, 12);
    expect(r.se).toBeCloseTo(Math.sqrt((0.6 * 0.4) / 5) * 100, 10);
    expect(r.parts).toEqual({ satisfiedCount: 3, mean: 3.6 });
  });

  it('is null over no answers and 0 when nobody is satisfied', () => {
    expect(csat(emptyTally())).toMatchObject({
      value: null,
      se: null,
      parts: { mean: null, satisfiedCount: 0 },
    });
    expect(csat(tallyOf([1, 2, 3]))).toMatchObject({ value: 0, se: 0, parts: { mean: 2 } });
  });
});

describe('ces', () => {
  it('reports the mean with its standard error and the % agreeing (5–7)', () => {
    // 7,6,5,4,2: mean 24/5 = 4.8; Σx² = 130; s² = (130 − 24²/5)/4 = 3.7; SE = √(3.7/5).
    const r = ces(tallyOf([7, 6, 5, 4, 2]));
    expect(r.value).toBeCloseTo(4.8, 12);
    expect(r.se).toBeCloseTo(Math.sqrt(3.7 / 5), 12);
    expect(r.parts).toEqual({ agreeing: 60, agreeCount: 3, mean: 4.8 });
  });

  it('is null over no answers', () => {
    expect(ces(emptyTally())).toMatchObject({ value: null, se: null, parts: { agreeing: null } });
  });
});

describe('mean, variance and meanMetric', () => {
  it('uses the sample variance (n − 1)', () => {
    const t = tallyOf([2, 4, 4, 4, 5, 5, 7, 9]); // mean 5, Σ(x − 5)² = 32
    expect(mean(t)).toBe(5);
    expect(variance(t)).toBeCloseTo(32 / 7, 12);
    expect(standardDeviation(t)).toBeCloseTo(Math.sqrt(32 / 7), 12);
    const r = meanMetric(t);
    expect(r.value).toBe(5);
    expect(r.se).toBeCloseTo(Math.sqrt(32 / 7) / Math.sqrt(8), 12);
  });

  it('has no spread below two answers and never a negative variance', () => {
    expect(variance(tallyOf([3]))).toBeNull();
    expect(meanMetric(tallyOf([3]))).toMatchObject({ value: 3, se: null, ci: null });
    expect(meanMetric(emptyTally())).toMatchObject({ value: null, n: 0 });
    expect(variance(tallyOf([0.1, 0.1, 0.1]))).toBeGreaterThanOrEqual(0);
  });
});

describe('top and bottom box', () => {
  const t = tallyOf([5, 5, 4, 3, 1]);

  it('counts the top and bottom k points of the scale', () => {
    expect(topBox(t, FIVE, 2)).toMatchObject({ value: 60, parts: { count: 3 } });
    expect(topBox(t, FIVE, 1)).toMatchObject({ value: 40, parts: { count: 2 } });
    expect(bottomBox(t, FIVE, 2)).toMatchObject({ value: 20, parts: { count: 1 } });
    expect(bottomBox(t, FIVE, 3)).toMatchObject({ value: 40, parts: { count: 2 } });
    // On 0–10, top-3-box is 8, 9 and 10.
    expect(topBox(tallyOf([10, 8, 7, 0]), ELEVEN, 3).value).toBe(50);
  });

  it('is null over no answers', () => {
    expect(topBox(emptyTally(), FIVE, 2).value).toBeNull();
    expect(bottomBox(emptyTally(), FIVE, 2).value).toBeNull();
  });
});

describe('distribution', () => {
  it('lists every scale point, the unchosen ones with 0', () => {
    expect(distribution(tallyOf([5, 5, 4, 3, 1]), FIVE)).toEqual([
      { value: 1, n: 1, share: 20 },
      { value: 2, n: 0, share: 0 },
      { value: 3, n: 1, share: 20 },
      { value: 4, n: 1, share: 20 },
      { value: 5, n: 2, share: 40 },
    ]);
  });

  it('has null shares over no answers', () => {
    const d = distribution(emptyTally(), { min: 1, max: 3 });
    expect(d).toEqual([
      { value: 1, n: 0, share: null },
      { value: 2, n: 0, share: null },
      { value: 3, n: 0, share: null },
    ]);
  });
});

describe('satisfactionIndex', () => {
  // Item 1 on 1–5 with mean 4 → (4 − 1)/4 = 75; item 2 on 0–10 with mean 5 → 50.
  const item1 = { tally: tallyOf([3, 5, 4, 4]), scale: FIVE };
  const item2 = { tally: tallyOf([5, 5, 0, 10, 5]), scale: ELEVEN };

  it('weighs items equally by default', () => {
    const r = satisfactionIndex([item1, item2]);
    expect(r.value).toBeCloseTo(62.5, 12);
    expect(r.n).toBe(4); // the smallest item base
    expect(r.se).toBeNull();
    expect(r.parts).toEqual({ item0: 75, item1: 50 });
  });

  it('uses configured weights', () => {
    // 0.8 · 75 + 0.2 · 50 = 70.
    expect(
      satisfactionIndex([
        { ...item1, weight: 0.8 },
        { ...item2, weight: 0.2 },
      ]).value,
    ).toBeCloseTo(70, 12);
    expect(
      satisfactionIndex([
        { ...item1, weight: 0 },
        { ...item2, weight: 1 },
      ]).value,
    ).toBeCloseTo(50, 12);
  });

  it('is 0 and 100 at the scale ends', () => {
    expect(satisfactionIndex([{ tally: tallyOf([1, 1]), scale: FIVE }]).value).toBe(0);
    expect(satisfactionIndex([{ tally: tallyOf([10]), scale: ELEVEN }]).value).toBe(100);
  });

  it('is null when an item is unanswered (not re-weighted), or when there are no items', () => {
    const r = satisfactionIndex([item1, { tally: emptyTally(), scale: FIVE }]);
    expect(r).toMatchObject({ value: null, n: 0, ci: null });
    expect(satisfactionIndex([]).value).toBeNull();
  });
});

describe('responseRate', () => {
  it('is completed over reached, in %', () => {
    const r = responseRate(25, 100);
    expect(r.value).toBe(25);
    expect(r.se).toBeCloseTo(Math.sqrt((0.25 * 0.75) / 100) * 100, 12);
    expect(r.parts).toEqual({ completed: 25, reached: 100 });
  });

  it('is null when nobody was reached and never above 100%', () => {
    expect(responseRate(0, 0).value).toBeNull();
    expect(responseRate(12, 10).value).toBe(100);
  });
});
