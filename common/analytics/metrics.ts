// The metric formulas, exactly as docs/ANALYTICS.md and PRODUCT.md define them. Each takes a
// tally (tally.ts) and returns the value with its base, standard error and 95% interval (normal
// approximation). A metric over no answers is null, never 0: "no data" is not "a score of 0".
import { countBetween, type Tally } from './tally';

/** The two-sided 95% quantile of the standard normal distribution. */
export const Z95 = 1.959963984540054;

/** Below this base a figure is shown with a warning (and comparisons are not trusted). */
export const MIN_BASE = 30;

export interface Scale {
  min: number;
  max: number;
}

export interface MetricResult {
  /** null when nothing was answered. */
  value: number | null;
  /** The base: answers counted. */
  n: number;
  /** Standard error of `value`, in its units; null when it cannot be estimated. */
  se: number | null;
  /** 95% confidence interval of `value`. */
  ci: [number, number] | null;
  /** n < MIN_BASE. */
  lowBase: boolean;
  /** What the value is made of (shares in %, the mean beside a share, …). */
  parts: Record<string, number | null>;
}

function result(
  value: number | null,
  n: number,
  se: number | null,
  parts: MetricResult['parts'] = {},
): MetricResult {
  const ci: MetricResult['ci'] = value !== null && se !== null ? [value - Z95 * se, value + Z95 * se] : null;
  return { value, n, se, ci, lowBase: n < MIN_BASE, parts };
}

const pct = (count: number, n: number): number | null => (n > 0 ? (count / n) * 100 : null);

export function mean(t: Tally): number | null {
  return t.n > 0 ? t.sum / t.n : null;
}

/** Sample variance (n − 1 in the denominator); null below two answers. */
export function variance(t: Tally): number | null {
  if (t.n < 2) return null;
  // Clamp: sumSq − sum²/n can come out a hair below zero in floating point when all answers agree.
  return Math.max(0, (t.sumSq - (t.sum * t.sum) / t.n) / (t.n - 1));
}

export function standardDeviation(t: Tally): number | null {
  const v = variance(t);
  return v === null ? null : Math.sqrt(v);
}

/**
 * NPS (Reichheld 2003): % promoters (9–10) − % detractors (0–6) over answered responses, −100..100.
 * SE = sqrt((p+ + p− − (p+ − p−)²) / n), here in NPS points.
 */
export function nps(t: Tally): MetricResult {
  const promoters = countBetween(t, 9, 10);
  const detractors = countBetween(t, 0, 6);
  const passives = t.n - promoters - detractors;
  const parts = {
    promoters: pct(promoters, t.n),
    passives: pct(passives, t.n),
    detractors: pct(detractors, t.n),
    promoterCount: promoters,
    passiveCount: passives,
    detractorCount: detractors,
  };
  if (t.n === 0) return result(null, 0, null, parts);
  const pPlus = promoters / t.n;
  const pMinus = detractors / t.n;
  const d = pPlus - pMinus;
  const se = Math.sqrt(Math.max(0, pPlus + pMinus - d * d) / t.n) * 100;
  return result(d * 100, t.n, se, parts);
}

/** A share of answers in %, with its binomial standard error. */
function share(count: number, n: number, parts: MetricResult['parts']): MetricResult {
  if (n === 0) return result(null, 0, null, parts);
  const p = count / n;
  return result(p * 100, n, Math.sqrt((p * (1 - p)) / n) * 100, parts);
}

/** CSAT% = answers of 4 and 5 on the 1–5 scale / answered × 100; the mean beside it. */
export function csat(t: Tally): MetricResult {
  const satisfied = countBetween(t, 4, 5);
  return share(satisfied, t.n, { satisfiedCount: satisfied, mean: mean(t) });
}

/** CES 2.0 (1–7 agreement): the mean, with the % agreeing (5–7) beside it. */
export function ces(t: Tally): MetricResult {
  const agree = countBetween(t, 5, 7);
  return { ...meanMetric(t), parts: { agreeing: pct(agree, t.n), agreeCount: agree, mean: mean(t) } };
}

/** The mean with its standard error s/√n. */
export function meanMetric(t: Tally): MetricResult {
  const m = mean(t);
  const sd = standardDeviation(t);
  return result(m, t.n, sd === null ? null : sd / Math.sqrt(t.n), { sd });
}

/** % of answers in the top `k` points of the scale (top-2-box on a 5-point scale: 4 and 5). */
export function topBox(t: Tally, scale: Scale, k: number): MetricResult {
  const count = countBetween(t, scale.max - k + 1, scale.max);
  return share(count, t.n, { count });
}

/** % of answers in the bottom `k` points of the scale. */
export function bottomBox(t: Tally, scale: Scale, k: number): MetricResult {
  const count = countBetween(t, scale.min, scale.min + k - 1);
  return share(count, t.n, { count });
}

export interface DistributionPoint {
  value: number;
  n: number;
  /** % of answered. */
  share: number | null;
}

/** Every point of the scale, those nobody chose included, in order. */
export function distribution(t: Tally, scale: Scale): DistributionPoint[] {
  const points: DistributionPoint[] = [];
  for (let v = scale.min; v <= scale.max; v++) {
    const n = t.counts[String(v)] ?? 0;
    points.push({ value: v, n, share: pct(n, t.n) });
  }
  return points;
}

export interface IndexItem {
  tally: Tally;
  scale: Scale;
  /** Optional; when no item has one, every item weighs the same. */
  weight?: number;
}

/**
 * Satisfaction index (ACSI-style, Fornell et al. 1996): Σ wᵢ (x̄ᵢ − min)/(max − min) × 100.
 * Weights must sum to 1 (checked where they are configured); equal by default. An item nobody
 * answered makes the index null rather than silently re-weighting the rest. Its standard error is
 * not estimated: the items' covariance is not in a tally.
 */
export function satisfactionIndex(items: readonly IndexItem[]): MetricResult {
  if (items.length === 0) return result(null, 0, null);
  const weighted = items.some((i) => i.weight !== undefined);
  let value = 0;
  let n = Infinity;
  const parts: MetricResult['parts'] = {};
  for (const [k, item] of items.entries()) {
    const m = mean(item.tally);
    n = Math.min(n, item.tally.n);
    const w = weighted ? (item.weight ?? 0) : 1 / items.length;
    const score = m === null ? null : ((m - item.scale.min) / (item.scale.max - item.scale.min)) * 100;
    parts[`item${k}`] = score;
    if (score === null) return result(null, 0, null, parts);
    value += w * score;
  }
  return result(value, n, null, parts);
}

/** Response rate: completed responses over the people reached, in %. */
export function responseRate(completed: number, reached: number): MetricResult {
  return share(Math.min(completed, reached), reached, { completed, reached });
}
