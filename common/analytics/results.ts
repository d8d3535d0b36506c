// What the analytics API answers, shared by server and console.
import type { DistributionPoint, MetricResult, Scale } from './metrics';
import type { MetricSpec } from './query';

/** One group of a breakdown: its key per dimension (ids, days, codes) and their display labels. */
export interface GroupKey {
  /** Dimension → key: `period:week` → "2026-11-16" (the period's first day), `location:region` → a location id, … */
  group: Record<string, string | null>;
  /** Dimension → label in the asked language ("2026-W47", "East region", "Wave 2", "Yes"). */
  labels: Record<string, string>;
}

export interface MetricRow extends GroupKey {
  metric: MetricResult;
  /** For scale questions: every scale point with its count. */
  distribution: DistributionPoint[] | null;
}

export interface MetricAnswer {
  metric: MetricSpec;
  /** The scale of the measured question (null for counts, numbers and choices). */
  scale: Scale | null;
  /** One row per group, in the dimension's natural order (time, tree order, wave number, …). */
  rows: MetricRow[];
  /** All responses the filters let through, not broken down. */
  total: MetricRow;
  /** rollups for filters and groups the rollups hold; facts when a segment or answer is involved. */
  source: 'rollups' | 'facts';
}

export type TestMethod = 'nps_z' | 'two_proportion_z' | 'welch_t' | 'chi_square';

export interface TestResult {
  method: TestMethod;
  statistic: number;
  /** Degrees of freedom (Welch's t, chi-square); null for z-tests. */
  df: number | null;
  /** Two-sided p-value. */
  p: number;
  /** p < 0.05 and neither base is low. */
  significant: boolean;
  /** A base below MIN_BASE (30): the test is shown but not trusted. */
  lowBase: boolean;
}

export interface CompareRow extends GroupKey {
  a: MetricResult;
  b: MetricResult;
  /** a − b, in the metric's units; null when either is null. */
  difference: number | null;
  /** null when the metric has no test (index, count) or a side has too few answers to test. */
  test: TestResult | null;
}

export interface CompareSide {
  label: string;
  from?: string;
  to?: string;
}

export interface CompareAnswer {
  metric: MetricSpec;
  a: CompareSide;
  b: CompareSide;
  rows: CompareRow[];
  total: CompareRow;
}
