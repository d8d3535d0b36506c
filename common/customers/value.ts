// A customer's value and type (M4), as pure rules: RFM scores and named segments exactly as in
// PRODUCT.md ("Metric definitions"), and the behavioural consumer types. The server computes the
// same rules for a whole workspace in one SQL statement (server/features/customers/value/store.ts);
// a server test checks that both agree. docs/CUSTOMER-VALUE.md explains every rule and threshold.
import { z } from 'zod';

/** The RFM period: frequency and monetary count the purchases of the last 365 days. */
export const RFM_PERIOD_DAYS = 365;
export const DAY_MS = 86_400_000;

export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potential_loyalists',
  'new',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cant_lose',
  'hibernating',
] as const;
export const rfmSegmentSchema = z.enum(RFM_SEGMENTS);
export type RfmSegment = z.infer<typeof rfmSegmentSchema>;

export const CONSUMER_TYPES = ['loyal', 'purposeful', 'occasional', 'information_seeking'] as const;
export const consumerTypeSchema = z.enum(CONSUMER_TYPES);
export type ConsumerType = z.infer<typeof consumerTypeSchema>;

/**
 * PRODUCT.md's R+F grid, as written there: Champions 5[4-5], Loyal [3-4][4-5], Potential
 * loyalists [4-5][2-3], New 51, Promising 41, Need attention 33, About to sleep 3[1-2], At risk
 * [1-2][3-4], Can't lose [1-2]5, Hibernating [1-2][1-2]. The cells cover all 25 (R, F) pairs once
 * (value.test.ts checks it).
 */
const GRID: [RfmSegment, number[], number[]][] = [
  ['champions', [5], [4, 5]],
  ['loyal', [3, 4], [4, 5]],
  ['potential_loyalists', [4, 5], [2, 3]],
  ['new', [5], [1]],
  ['promising', [4], [1]],
  ['need_attention', [3], [3]],
  ['about_to_sleep', [3], [1, 2]],
  ['at_risk', [1, 2], [3, 4]],
  ['cant_lose', [1, 2], [5]],
  ['hibernating', [1, 2], [1, 2]],
];

/** Every cell of the grid: the SQL joins to these rows, so the grid is written once. */
export const RFM_GRID: { r: number; f: number; segment: RfmSegment }[] = GRID.flatMap(([segment, rs, fs]) =>
  rs.flatMap((r) => fs.map((f) => ({ r, f, segment }))),
);

export function rfmSegmentOf(r: number, f: number): RfmSegment {
  const cell = RFM_GRID.find((c) => c.r === r && c.f === f);
  if (!cell) throw new Error(`No RFM segment for R=${r} F=${f}`);
  return cell.segment;
}

/**
 * Scores 1–5 by quintile, higher values scoring higher; equal values always get the same score.
 * Method (mid-rank percentile): sort ascending; a group of t equal values at 1-based positions
 * a … a+t−1 has the percentile p = (2a + t − 2) / 2n (the middle of the group, minus a half, over
 * n), and the score is ⌊5p⌋ + 1. With n distinct values this is exactly "the lowest fifth scores 1
 * … the highest fifth scores 5"; a tie sits where its middle falls; when every value is equal (or
 * there is one customer) p = ½ and everyone scores 3 — no one is above or below anyone.
 * Integer arithmetic, so SQL computes exactly the same: (5·(2a + t − 2)) div 2n + 1.
 */
export function quintileScores(values: number[]): number[] {
  const n = values.length;
  const sorted = [...values].sort((x, y) => x - y);
  const first = new Map<number, number>();
  const ties = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!first.has(v)) first.set(v, i + 1);
    ties.set(v, (ties.get(v) ?? 0) + 1);
  });
  return values.map((v) => Math.floor((5 * (2 * first.get(v)! + ties.get(v)! - 2)) / (2 * n)) + 1);
}

export interface RfmInput {
  /** Days since the last purchase. */
  recencyDays: number;
  /** Purchases in the period. */
  frequency: number;
  /** Spend in the period. */
  monetary: number;
}

/** R, F, M and the segment of each customer (all with a purchase in the period), in input order. */
export function rfmScores(rows: RfmInput[]): { r: number; f: number; m: number; segment: RfmSegment }[] {
  // Recency is reversed: fewer days since the last purchase is better.
  const r = quintileScores(rows.map((x) => -x.recencyDays));
  const f = quintileScores(rows.map((x) => x.frequency));
  const m = quintileScores(rows.map((x) => x.monetary));
  return rows.map((_, i) => ({ r: r[i]!, f: f[i]!, m: m[i]!, segment: rfmSegmentOf(r[i]!, f[i]!) }));
}

/**
 * The thresholds of the consumer types. A "visit" is a calendar day (in the workspace's time zone)
 * with at least one `store_visit` or `page_view` event; a "purchase" is an order.
 */
export const CONSUMER_RULES = {
  /** ≥ 4 purchases in the last 365 days, in ≥ 4 of its 12 months (repeat rate ≥ 4/12). */
  loyal: { minPurchases: 4, minMonths: 4, months: 12 },
  /** Buys at (almost) every visit — ≤ 1.5 visits per purchase — and bought ≤ 7 days after first visiting. */
  purposeful: { maxVisitsPerPurchase: 1.5, maxDaysToFirstPurchase: 7 },
  /** ≥ 3 visits in the last 90 days and no purchase in them. */
  informationSeeking: { days: 90, minVisits: 3 },
} as const;

/** What the rules read about one customer, counted at the moment of computation. */
export interface BehaviourFacts {
  /** Orders to date. */
  purchasesToDate: number;
  /** Orders in the last 365 days. */
  purchases365: number;
  /** How many of the 12 equal slices ("months") of the last 365 days hold an order. */
  purchaseMonths365: number;
  /** Orders in the last 90 days. */
  purchases90: number;
  /** Visit days in the last 365 days, and in the last 90. */
  visits365: number;
  visits90: number;
  firstVisitAt: Date | null;
  firstPurchaseAt: Date | null;
}

export interface ConsumerPlacement {
  type: ConsumerType | null;
  /** The rule that placed the customer, in words with the numbers; null when no rule did. */
  rule: string | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** num/den rounded half up to two decimals, as PostgreSQL's round(numeric, 2) does. */
export function ratio2(num: number, den: number): string {
  return (Math.round((num * 100) / den) / 100).toFixed(2);
}

/**
 * The consumer type, by the first rule that holds, in this fixed order: loyal, purposeful,
 * information-seeking, occasional (anyone else with a purchase); no type without a purchase or
 * enough visits.
 */
export function consumerTypeOf(f: BehaviourFacts): ConsumerPlacement {
  const { loyal, purposeful, informationSeeking: seeking } = CONSUMER_RULES;
  if (f.purchases365 >= loyal.minPurchases && f.purchaseMonths365 >= loyal.minMonths) {
    return {
      type: 'loyal',
      rule:
        `${plural(f.purchases365, 'purchase')} in 365 days, in ${f.purchaseMonths365} of ${loyal.months} months ` +
        `(repeat rate ${ratio2(f.purchaseMonths365, loyal.months)} ≥ ${ratio2(loyal.minMonths, loyal.months)})`,
    };
  }
  if (
    f.purchases365 >= 1 &&
    f.visits365 >= 1 &&
    f.visits365 <= purposeful.maxVisitsPerPurchase * f.purchases365 &&
    f.firstVisitAt &&
    f.firstPurchaseAt &&
    f.firstPurchaseAt.getTime() - f.firstVisitAt.getTime() <= purposeful.maxDaysToFirstPurchase * DAY_MS
  ) {
    const gap = f.firstPurchaseAt.getTime() - f.firstVisitAt.getTime();
    return {
      type: 'purposeful',
      rule:
        `${plural(f.purchases365, 'purchase')} and ${plural(f.visits365, 'visit')} in 365 days ` +
        `(${ratio2(f.visits365, f.purchases365)} visits per purchase ≤ ${purposeful.maxVisitsPerPurchase}), ` +
        (gap < 0
          ? 'first purchase before the first visit'
          : `first purchase ${plural(Math.floor(gap / DAY_MS), 'day')} after the first visit ` +
            `(≤ ${purposeful.maxDaysToFirstPurchase})`),
    };
  }
  if (f.visits90 >= seeking.minVisits && f.purchases90 === 0) {
    return {
      type: 'information_seeking',
      rule: `${plural(f.visits90, 'visit')} in ${seeking.days} days without a purchase (≥ ${seeking.minVisits})`,
    };
  }
  if (f.purchasesToDate >= 1) {
    return {
      type: 'occasional',
      rule: `${plural(f.purchasesToDate, 'purchase')} to date, ${f.purchases365} in 365 days; no other rule applies`,
    };
  }
  return { type: null, rule: null };
}
