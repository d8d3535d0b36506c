// Significance tests for the differences analytics shows: two groups' NPS, shares and means, and
// the independence of a crosstab's two variables. All p-values are two-sided. A difference is
// `significant` at 95% only when both bases reach MIN_BASE: below it the test is shown, flagged
// `lowBase`, and not trusted.
//
// A test needs some variance. When neither side has any (every answer the same), equal groups are
// reported as no difference (statistic 0, p = 1) and unequal ones as untestable (null): a z or t
// of ±∞ would not survive JSON and says nothing a reader cannot see.
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { MIN_BASE, mean, variance, type Scale } from './metrics';
import type { MetricSpec } from './query';
import type { TestMethod, TestResult } from './results';
import { countBetween, type Tally } from './tally';

const ALPHA = 0.05;

function verdict(
  method: TestMethod,
  statistic: number,
  df: number | null,
  p: number,
  bases: readonly number[],
): TestResult {
  const lowBase = bases.some((n) => n < MIN_BASE);
  // Clamp: a cdf a hair above 1 must not make p negative.
  const pValue = Math.min(1, Math.max(0, p));
  return { method, statistic, df, p: pValue, significant: pValue < ALPHA && !lowBase, lowBase };
}

/** Two-sided p of a standard normal statistic; 2·Φ(−|z|) keeps precision far in the tail. */
const normalP = (z: number): number => 2 * normalCdf(-Math.abs(z), 0, 1);

/** Two-sided p of a t statistic with `df` degrees of freedom. */
const tP = (t: number, df: number): number => 2 * tCdf(-Math.abs(t), df);

/** The statistic when its standard error is 0: no difference, or untestable (see the header). */
function noVariance(
  method: TestMethod,
  difference: number,
  df: number | null,
  bases: readonly number[],
): TestResult | null {
  return difference === 0 ? verdict(method, 0, df, 1, bases) : null;
}

/**
 * NPS a against NPS b: z = (nps_a − nps_b) / sqrt(se_a² + se_b²), on proportions, with each SE
 * from PRODUCT.md: sqrt((p+ + p− − (p+ − p−)²) / n). Null when a side has no answers.
 */
export function npsZTest(a: Tally, b: Tally): TestResult | null {
  if (a.n === 0 || b.n === 0) return null;
  const side = (t: Tally) => {
    const pPlus = countBetween(t, 9, 10) / t.n;
    const pMinus = countBetween(t, 0, 6) / t.n;
    const d = pPlus - pMinus;
    return { d, variance: Math.max(0, pPlus + pMinus - d * d) / t.n };
  };
  const sa = side(a);
  const sb = side(b);
  const se = Math.sqrt(sa.variance + sb.variance);
  const bases = [a.n, b.n];
  if (se === 0) return noVariance('nps_z', sa.d - sb.d, null, bases);
  const z = (sa.d - sb.d) / se;
  return verdict('nps_z', z, null, normalP(z), bases);
}

/**
 * x1 of n1 against x2 of n2, with the pooled standard error
 * sqrt(p̂(1 − p̂)(1/n1 + 1/n2)), p̂ = (x1 + x2)/(n1 + n2). Null when a base is 0.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): TestResult | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const difference = x1 / n1 - x2 / n2;
  const bases = [n1, n2];
  if (se === 0) return noVariance('two_proportion_z', difference, null, bases);
  const z = difference / se;
  return verdict('two_proportion_z', z, null, normalP(z), bases);
}

/**
 * Welch's t-test of two means (unequal variances), with the Welch–Satterthwaite degrees of
 * freedom. Null when a side has fewer than two answers (no variance to estimate).
 */
export function welchTTest(a: Tally, b: Tally): TestResult | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = variance(a)! / a.n;
  const vb = variance(b)! / b.n;
  const difference = mean(a)! - mean(b)!;
  const bases = [a.n, b.n];
  const se2 = va + vb;
  if (se2 === 0) return noVariance('welch_t', difference, a.n + b.n - 2, bases);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const t = difference / Math.sqrt(se2);
  return verdict('welch_t', t, df, tP(t, df), bases);
}

export interface ChiSquareResult extends TestResult {
  /** Expected counts under independence, in the shape of the observed table (0 for empty rows/columns). */
  expected: number[][];
  /** Some expected count (of a non-empty row and column) is below 5: the approximation is doubtful. */
  lowExpected: boolean;
}

/**
 * Pearson's chi-square test of independence of an r × c table of counts. Rows and columns with
 * no counts are left out of the statistic and its degrees of freedom; null when fewer than two
 * rows or two columns remain. The base is the table's total.
 */
export function chiSquareTest(observed: number[][]): ChiSquareResult | null {
  const columns = Math.max(0, ...observed.map((row) => row.length));
  const rowTotals = observed.map((row) => row.reduce((s, x) => s + x, 0));
  const columnTotals = Array.from({ length: columns }, (_, j) =>
    observed.reduce((s, row) => s + (row[j] ?? 0), 0),
  );
  const total = rowTotals.reduce((s, x) => s + x, 0);
  const keptRows = rowTotals.filter((x) => x > 0).length;
  const keptColumns = columnTotals.filter((x) => x > 0).length;
  if (keptRows < 2 || keptColumns < 2) return null;

  let statistic = 0;
  let lowExpected = false;
  const expected = observed.map((row, i) =>
    columnTotals.map((columnTotal, j) => {
      const e = (rowTotals[i]! * columnTotal) / total;
      if (e > 0) {
        const o = row[j] ?? 0;
        statistic += ((o - e) * (o - e)) / e;
        if (e < 5) lowExpected = true;
      }
      return e;
    }),
  );
  const df = (keptRows - 1) * (keptColumns - 1);
  const p = 1 - chisquareCdf(statistic, df);
  return { ...verdict('chi_square', statistic, df, p, [total]), expected, lowExpected };
}

/**
 * The test a metric's difference gets: nps → npsZTest; csat (the 4–5 share), top_box and
 * bottom_box → two-proportion z on the box counts; ces and mean → Welch's t; count, index and
 * distribution → null (no single statistic to test).
 */
export function testMetricDifference(
  spec: Pick<MetricSpec, 'kind' | 'box'>,
  scale: Scale | null,
  a: Tally,
  b: Tally,
): TestResult | null {
  switch (spec.kind) {
    case 'nps':
      return npsZTest(a, b);
    case 'csat':
      return twoProportionZTest(countBetween(a, 4, 5), a.n, countBetween(b, 4, 5), b.n);
    case 'top_box': {
      if (!scale) return null;
      const low = scale.max - spec.box + 1;
      return twoProportionZTest(countBetween(a, low, scale.max), a.n, countBetween(b, low, scale.max), b.n);
    }
    case 'bottom_box': {
      if (!scale) return null;
      const high = scale.min + spec.box - 1;
      return twoProportionZTest(countBetween(a, scale.min, high), a.n, countBetween(b, scale.min, high), b.n);
    }
    case 'ces':
    case 'mean':
      return welchTTest(a, b);
    case 'count':
    case 'index':
    case 'distribution':
      return null;
  }
}
