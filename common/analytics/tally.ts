// A tally is what every metric is computed from: how many answers, their sum and sum of squares,
// and how many gave each scale point. Rollup rows and fact rows both reduce to tallies, so a
// dashboard (rollups) and a drill-down (facts) run the same formulas on the same shape.

export interface Tally {
  /** Answers counted. */
  n: number;
  sum: number;
  sumSq: number;
  /** Answers per scale point (the value written as a string key, e.g. "9"); empty for numbers. */
  counts: Record<string, number>;
}

export function emptyTally(): Tally {
  return { n: 0, sum: 0, sumSq: 0, counts: {} };
}

/** A tally of single answers, e.g. `tallyOf([9, 10, 3])`. */
export function tallyOf(values: readonly number[]): Tally {
  const t = emptyTally();
  for (const v of values) addPoint(t, v, 1);
  return t;
}

/** Adds `n` answers of scale point `value` to `t` (in place). */
export function addPoint(t: Tally, value: number, n: number): Tally {
  t.n += n;
  t.sum += value * n;
  t.sumSq += value * value * n;
  const key = String(value);
  t.counts[key] = (t.counts[key] ?? 0) + n;
  return t;
}

/** Adds answers known only by their count, sum and sum of squares (numbers, not scale points). */
export function addMoments(t: Tally, n: number, sum: number, sumSq: number): Tally {
  t.n += n;
  t.sum += sum;
  t.sumSq += sumSq;
  return t;
}

export function mergeTallies(tallies: readonly Tally[]): Tally {
  const t = emptyTally();
  for (const other of tallies) {
    addMoments(t, other.n, other.sum, other.sumSq);
    for (const [key, n] of Object.entries(other.counts)) t.counts[key] = (t.counts[key] ?? 0) + n;
  }
  return t;
}

/** Answers whose scale point lies in [low, high]. */
export function countBetween(t: Tally, low: number, high: number): number {
  let n = 0;
  for (const [key, count] of Object.entries(t.counts)) {
    const v = Number(key);
    if (v >= low && v <= high) n += count;
  }
  return n;
}
