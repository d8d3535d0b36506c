import { describe, expect, it } from 'vitest';
import {
  consumerTypeOf,
  quintileScores,
  RFM_GRID,
  RFM_SEGMENTS,
  rfmScores,
  rfmSegmentOf,
  type BehaviourFacts,
} from './value';

describe('quintile scores (hand-computed)', () => {
  it.each([
    ['5 customers, distinct', [10, 20, 30, 40, 50], [1, 2, 3, 4, 5]],
    ['5 customers, shuffled', [40, 10, 50, 30, 20], [4, 1, 5, 3, 2]],
    ['10 customers, distinct', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]],
    ['all equal', [7, 7, 7, 7, 7, 7, 7], [3, 3, 3, 3, 3, 3, 3]],
    // 4 and 4 sit at positions 4 and 5 (scores 2 and 3 if they differed): their middle, 4.5, gives
    // p = 4/10 = 0.4 → 3 for both.
    ['a tie across a boundary', [1, 2, 3, 4, 4, 6, 7, 8, 9, 10], [1, 1, 2, 3, 3, 3, 4, 4, 5, 5]],
    // 2,2 at positions 2–3: p = (4+2−2)/10 = 0.4 → 3.
    ['a tie in 5', [1, 2, 2, 3, 4], [1, 3, 3, 4, 5]],
    ['one customer', [42], [3]],
    ['two customers', [1, 2], [2, 4]],
    // Most bought once: the 7 ones share p = (2+7−2)/20 = 0.35 → 2; twos p = (16+2−2)/20 = 0.8 → 5.
    ['mostly one purchase', [1, 1, 1, 1, 1, 1, 1, 2, 2, 3], [2, 2, 2, 2, 2, 2, 2, 5, 5, 5]],
  ])('%s', (_, values, scores) => {
    expect(quintileScores(values)).toEqual(scores);
  });
});

describe('RFM segments (PRODUCT.md grid)', () => {
  it('covers each of the 25 (R, F) cells exactly once, with every named segment', () => {
    const cells = RFM_GRID.map((c) => `${c.r}${c.f}`);
    expect(new Set(cells).size).toBe(25);
    expect(cells).toHaveLength(25);
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) expect(cells).toContain(`${r}${f}`);
    expect(new Set(RFM_GRID.map((c) => c.segment))).toEqual(new Set(RFM_SEGMENTS));
  });

  it.each([
    [5, 5, 'champions'],
    [5, 4, 'champions'],
    [4, 5, 'loyal'],
    [3, 4, 'loyal'],
    [5, 3, 'potential_loyalists'],
    [4, 2, 'potential_loyalists'],
    [5, 1, 'new'],
    [4, 1, 'promising'],
    [3, 3, 'need_attention'],
    [3, 2, 'about_to_sleep'],
    [3, 1, 'about_to_sleep'],
    [2, 4, 'at_risk'],
    [1, 3, 'at_risk'],
    [1, 5, 'cant_lose'],
    [2, 5, 'cant_lose'],
    [2, 2, 'hibernating'],
    [1, 1, 'hibernating'],
  ])('R=%i F=%i is %s', (r, f, segment) => {
    expect(rfmSegmentOf(r, f)).toBe(segment);
  });

  it('scores recency reversed: the most recent buyer scores 5', () => {
    const rows = [
      { recencyDays: 1, frequency: 9, monetary: 900 },
      { recencyDays: 10, frequency: 5, monetary: 100 },
      { recencyDays: 30, frequency: 3, monetary: 500 },
      { recencyDays: 100, frequency: 2, monetary: 50 },
      { recencyDays: 300, frequency: 1, monetary: 300 },
    ];
    expect(rfmScores(rows)).toEqual([
      { r: 5, f: 5, m: 5, segment: 'champions' },
      { r: 4, f: 4, m: 2, segment: 'loyal' },
      { r: 3, f: 3, m: 4, segment: 'need_attention' },
      { r: 2, f: 2, m: 1, segment: 'hibernating' },
      { r: 1, f: 1, m: 3, segment: 'hibernating' },
    ]);
  });
});

const at = (iso: string) => new Date(iso);
const none: BehaviourFacts = {
  purchasesToDate: 0,
  purchases365: 0,
  purchaseMonths365: 0,
  purchases90: 0,
  visits365: 0,
  visits90: 0,
  firstVisitAt: null,
  firstPurchaseAt: null,
};

describe('consumer types', () => {
  it.each<[string, Partial<BehaviourFacts>, string | null, string | null]>([
    [
      'loyal: 6 purchases in 8 months',
      { purchasesToDate: 9, purchases365: 6, purchaseMonths365: 8 },
      'loyal',
      '6 purchases in 365 days, in 8 of 12 months (repeat rate 0.67 ≥ 0.33)',
    ],
    [
      'loyal at the thresholds: 4 purchases in 4 months',
      { purchasesToDate: 4, purchases365: 4, purchaseMonths365: 4, visits365: 20 },
      'loyal',
      '4 purchases in 365 days, in 4 of 12 months (repeat rate 0.33 ≥ 0.33)',
    ],
    [
      'not loyal: 5 purchases in 3 months, no visits → occasional',
      { purchasesToDate: 5, purchases365: 5, purchaseMonths365: 3 },
      'occasional',
      '5 purchases to date, 5 in 365 days; no other rule applies',
    ],
    [
      'purposeful: 3 visits for 2 purchases, bought 2 days after the first visit',
      {
        purchasesToDate: 2,
        purchases365: 2,
        purchaseMonths365: 2,
        visits365: 3,
        firstVisitAt: at('2026-01-01T10:00:00Z'),
        firstPurchaseAt: at('2026-01-03T12:00:00Z'),
      },
      'purposeful',
      '2 purchases and 3 visits in 365 days (1.50 visits per purchase ≤ 1.5), first purchase 2 days after the first visit (≤ 7)',
    ],
    [
      'purposeful: bought before any recorded visit',
      {
        purchasesToDate: 1,
        purchases365: 1,
        purchaseMonths365: 1,
        visits365: 1,
        firstVisitAt: at('2026-02-01T00:00:00Z'),
        firstPurchaseAt: at('2026-01-20T00:00:00Z'),
      },
      'purposeful',
      '1 purchase and 1 visit in 365 days (1.00 visits per purchase ≤ 1.5), first purchase before the first visit',
    ],
    [
      'exactly 7 days to the first purchase is still quick',
      {
        purchasesToDate: 1,
        purchases365: 1,
        purchaseMonths365: 1,
        visits365: 1,
        firstVisitAt: at('2026-01-01T00:00:00Z'),
        firstPurchaseAt: at('2026-01-08T00:00:00Z'),
      },
      'purposeful',
      '1 purchase and 1 visit in 365 days (1.00 visits per purchase ≤ 1.5), first purchase 7 days after the first visit (≤ 7)',
    ],
    [
      'not purposeful: 8 days to the first purchase',
      {
        purchasesToDate: 1,
        purchases365: 1,
        purchaseMonths365: 1,
        visits365: 1,
        firstVisitAt: at('2026-01-01T00:00:00Z'),
        firstPurchaseAt: at('2026-01-09T00:00:00Z'),
      },
      'occasional',
      '1 purchase to date, 1 in 365 days; no other rule applies',
    ],
    [
      'not purposeful: 4 visits for 2 purchases',
      {
        purchasesToDate: 2,
        purchases365: 2,
        purchaseMonths365: 1,
        visits365: 4,
        firstVisitAt: at('2026-01-01T00:00:00Z'),
        firstPurchaseAt: at('2026-01-01T00:00:00Z'),
      },
      'occasional',
      '2 purchases to date, 2 in 365 days; no other rule applies',
    ],
    [
      'information-seeking: 5 visits in 90 days, never bought',
      { visits365: 5, visits90: 5, firstVisitAt: at('2026-01-01T00:00:00Z') },
      'information_seeking',
      '5 visits in 90 days without a purchase (≥ 3)',
    ],
    [
      'information-seeking beats occasional: bought last year, browsing now',
      { purchasesToDate: 1, purchases365: 1, purchaseMonths365: 1, visits365: 3, visits90: 3 },
      'information_seeking',
      '3 visits in 90 days without a purchase (≥ 3)',
    ],
    [
      'not information-seeking: a purchase in the same 90 days',
      {
        purchasesToDate: 1,
        purchases365: 1,
        purchaseMonths365: 1,
        purchases90: 1,
        visits365: 6,
        visits90: 6,
      },
      'occasional',
      '1 purchase to date, 1 in 365 days; no other rule applies',
    ],
    [
      'occasional: one purchase long ago',
      { purchasesToDate: 1 },
      'occasional',
      '1 purchase to date, 0 in 365 days; no other rule applies',
    ],
    ['no type: 2 visits, no purchase', { visits365: 2, visits90: 2 }, null, null],
    ['no type: no data', {}, null, null],
  ])('%s', (_, facts, type, rule) => {
    expect(consumerTypeOf({ ...none, ...facts })).toEqual({ type, rule });
  });
});
