import { Matrix, solve } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { correlationFromSums, keyDrivers, keyDriversFromCorrelations, type DriverMoments } from './drivers';

/** The sums SQL would compute, from rows of [outcome, x1..xk]. */
function momentsOf(rows: readonly number[][]): DriverMoments {
  const p = rows[0]!.length;
  const sums = Array.from({ length: p }, (_, i) => rows.reduce((s, r) => s + r[i]!, 0));
  const products = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => rows.reduce((s, r) => s + r[i]! * r[j]!, 0)),
  );
  return { n: rows.length, sums, products };
}

/** R² of the outcome on the attributes in `subset`, from the correlation matrix. */
function r2Of(r: number[][], subset: number[]): number {
  if (subset.length === 0) return 0;
  const rxx = new Matrix(subset.map((i) => subset.map((j) => r[i + 1]![j + 1]!)));
  const rxy = Matrix.columnVector(subset.map((i) => r[i + 1]![0]!));
  const beta = solve(rxx, rxy).getColumn(0);
  return subset.reduce((s, i, l) => s + r[i + 1]![0]! * beta[l]!, 0);
}

/** Shapley decomposition of R² (= general dominance weights), by brute force over all subsets. */
function shapley(r: number[][]): number[] {
  const k = r.length - 1;
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  return Array.from({ length: k }, (_, j) => {
    let total = 0;
    for (let mask = 0; mask < 1 << k; mask++) {
      if (mask & (1 << j)) continue;
      const subset = Array.from({ length: k }, (_, i) => i).filter((i) => mask & (1 << i));
      const m = subset.length;
      total +=
        ((factorial(m) * factorial(k - m - 1)) / factorial(k)) * (r2Of(r, [...subset, j]) - r2Of(r, subset));
    }
    return total;
  });
}

function correlationMatrix(rows: readonly number[][]): number[][] {
  const p = rows[0]!.length;
  const n = rows.length;
  const mean = (i: number) => rows.reduce((s, r) => s + r[i]!, 0) / n;
  const cov = (i: number, j: number) => rows.reduce((s, r) => s + (r[i]! - mean(i)) * (r[j]! - mean(j)), 0);
  return Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => cov(i, j) / Math.sqrt(cov(i, i) * cov(j, j))),
  );
}

// R's mtcars (Motor Trend 1974): mpg, cyl, disp, hp, wt for the 32 cars, in R's row order.
const MTCARS = [
  [21.0, 6, 160, 110, 2.62],
  [21.0, 6, 160, 110, 2.875],
  [22.8, 4, 108, 93, 2.32],
  [21.4, 6, 258, 110, 3.215],
  [18.7, 8, 360, 175, 3.44],
  [18.1, 6, 225, 105, 3.46],
  [14.3, 8, 360, 245, 3.57],
  [24.4, 4, 146.7, 62, 3.19],
  [22.8, 4, 140.8, 95, 3.15],
  [19.2, 6, 167.6, 123, 3.44],
  [17.8, 6, 167.6, 123, 3.44],
  [16.4, 8, 275.8, 180, 4.07],
  [17.3, 8, 275.8, 180, 3.73],
  [15.2, 8, 275.8, 180, 3.78],
  [10.4, 8, 472, 205, 5.25],
  [10.4, 8, 460, 215, 5.424],
  [14.7, 8, 440, 230, 5.345],
  [32.4, 4, 78.7, 66, 2.2],
  [30.4, 4, 75.7, 52, 1.615],
  [33.9, 4, 71.1, 65, 1.835],
  [21.5, 4, 120.1, 97, 2.465],
  [15.5, 8, 318, 150, 3.52],
  [15.2, 8, 304, 150, 3.435],
  [13.3, 8, 350, 245, 3.84],
  [19.2, 8, 400, 175, 3.845],
  [27.3, 4, 79, 66, 1.935],
  [26.0, 4, 120.3, 91, 2.14],
  [30.4, 4, 95.1, 113, 1.513],
  [15.8, 8, 351, 264, 3.17],
  [19.7, 6, 145, 175, 2.77],
  [15.0, 8, 301, 335, 3.57],
  [21.4, 4, 121, 109, 2.78],
];

describe('keyDrivers', () => {
  it('reproduces the published relative weights of mpg on cyl, disp, hp and wt (R package rwa)', () => {
    // rwa::rwa_multiregress(mtcars, "mpg", c("cyl", "disp", "hp", "wt")) documents the raw
    // weights 0.2096904, 0.1883043, 0.1799590, 0.2706812; lm() gives R² = 0.8486.
    const result = keyDrivers(momentsOf(MTCARS));
    if (!result.ok) throw new Error(result.reason);
    expect(result.n).toBe(32);
    const weights = result.drivers.map((d) => d.relativeWeight);
    [0.2096904, 0.1883043, 0.179959, 0.2706812].forEach((w, j) => expect(weights[j]).toBeCloseTo(w, 7));
    expect(result.r2).toBeCloseTo(0.8486348, 7);
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(result.r2, 12);
    // Rescaled weights in % as published: 24.70914, 22.18908, 21.20570, 31.89607.
    [24.70914, 22.18908, 21.2057, 31.89607].forEach((s, j) =>
      expect(result.drivers[j]!.share! * 100).toBeCloseTo(s, 4),
    );
    // Standardised coefficients of lm(scale(mpg) ~ scale(cyl) + scale(disp) + scale(hp) + scale(wt)).
    [-0.38324, 0.238528, -0.233646, -0.62567].forEach((b, j) =>
      expect(result.drivers[j]!.beta).toBeCloseTo(b, 5),
    );
    expect(result.drivers[0]!.correlation).toBeCloseTo(-0.852162, 6); // cor(mpg, cyl)
    expect(result.drivers.map((d) => d.mean)).toEqual(
      [6.1875, 230.721875, 146.6875, 3.21725].map((m) => expect.closeTo(m, 10)),
    );
  });

  it('stays close to the exact Shapley decomposition of R², which it approximates', () => {
    const r = correlationMatrix(MTCARS);
    const exact = shapley(r);
    const result = keyDriversFromCorrelations(r, 32);
    if (!result.ok) throw new Error(result.reason);
    expect(exact.reduce((s, w) => s + w, 0)).toBeCloseTo(result.r2, 10);
    result.drivers.forEach((d, j) => expect(Math.abs(d.relativeWeight - exact[j]!)).toBeLessThan(0.015));
    // Same ranking of the two extremes: wt matters most, hp least.
    const order = (ws: number[]) => ws.map((w, j) => [w, j]).sort((a, b) => b[0]! - a[0]!)[0]![1];
    expect(order(result.drivers.map((d) => d.relativeWeight))).toBe(order(exact));
  });

  it('gives r² to each of orthogonal attributes, β = r and R² = Σr²', () => {
    const r = [
      [1, 0.5, 0.3, -0.2],
      [0.5, 1, 0, 0],
      [0.3, 0, 1, 0],
      [-0.2, 0, 0, 1],
    ];
    const result = keyDriversFromCorrelations(r, 100);
    if (!result.ok) throw new Error(result.reason);
    expect(result.r2).toBeCloseTo(0.38, 12);
    result.drivers.forEach((d, j) => {
      const rj = r[0]![j + 1]!;
      expect(d.correlation).toBe(rj);
      expect(d.beta).toBeCloseTo(rj, 12);
      expect(d.relativeWeight).toBeCloseTo(rj * rj, 12);
      expect(d.share).toBeCloseTo((rj * rj) / 0.38, 12);
      expect(d.mean).toBeNull();
    });
    const shap = shapley(r);
    shap.forEach((w, j) => expect(w).toBeCloseTo(r[0]![j + 1]! ** 2, 12));
  });

  it('matches the closed form for two attributes', () => {
    // With r12 = ρ, Rxx^(1/2) = [[a, b], [b, a]], a = (√(1+ρ) + √(1−ρ))/2, b = (√(1+ρ) − √(1−ρ))/2,
    // and β* = Rxx^(−1/2) rxy, ε₁ = a²β*₁² + b²β*₂².
    const [rho, r1, r2] = [0.6, 0.7, 0.5];
    const a = (Math.sqrt(1 + rho) + Math.sqrt(1 - rho)) / 2;
    const b = (Math.sqrt(1 + rho) - Math.sqrt(1 - rho)) / 2;
    const det = a * a - b * b;
    const s1 = (a * r1 - b * r2) / det;
    const s2 = (a * r2 - b * r1) / det;
    const result = keyDriversFromCorrelations(
      [
        [1, r1, r2],
        [r1, 1, rho],
        [r2, rho, 1],
      ],
      50,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.drivers[0]!.relativeWeight).toBeCloseTo(a * a * s1 * s1 + b * b * s2 * s2, 12);
    expect(result.drivers[1]!.relativeWeight).toBeCloseTo(b * b * s1 * s1 + a * a * s2 * s2, 12);
    // β₁ = (r1 − ρ r2)/(1 − ρ²); R² = (r1² + r2² − 2 ρ r1 r2)/(1 − ρ²).
    expect(result.drivers[0]!.beta).toBeCloseTo((r1 - rho * r2) / (1 - rho * rho), 12);
    expect(result.r2).toBeCloseTo((r1 * r1 + r2 * r2 - 2 * rho * r1 * r2) / (1 - rho * rho), 12);
  });

  it('refuses a constant outcome or attribute, naming the attribute', () => {
    const rows = [
      [5, 1, 3],
      [5, 2, 3],
      [5, 3, 3],
      [5, 5, 3],
    ];
    expect(keyDrivers(momentsOf(rows))).toEqual({ ok: false, reason: 'constant_outcome' });
    const varied = rows.map(([, x1, x2], i) => [i, x1!, x2!]);
    expect(keyDrivers(momentsOf(varied))).toEqual({ ok: false, reason: 'constant_attribute', attribute: 1 });
  });

  it('refuses linearly dependent attributes', () => {
    // x3 = x1 + x2: Rxx is singular.
    const rows = [
      [1, 1, 2, 3],
      [3, 2, 1, 3],
      [4, 3, 5, 8],
      [2, 4, 1, 5],
      [5, 5, 4, 9],
      [3, 1, 3, 4],
    ];
    const result = keyDrivers(momentsOf(rows));
    expect(result).toMatchObject({ ok: false, reason: 'collinear' });
    if (!result.ok) expect([0, 1, 2]).toContain(result.attribute);
  });

  it('needs more cases than attributes + 1', () => {
    expect(
      keyDrivers(
        momentsOf([
          [1, 2, 3],
          [2, 3, 1],
          [3, 1, 2],
        ]),
      ),
    ).toEqual({ ok: false, reason: 'too_few_cases' });
  });

  it('gives a null share when nothing is explained', () => {
    const result = keyDriversFromCorrelations(
      [
        [1, 0],
        [0, 1],
      ],
      40,
    );
    expect(result).toMatchObject({ ok: true, r2: 0, drivers: [{ relativeWeight: 0, share: null }] });
  });
});

describe('correlationFromSums', () => {
  it('is Pearson r from sums', () => {
    const xs = [1, 2, 3, 4, 5];
    const ys = [2, 4, 5, 4, 5];
    const sums = {
      n: 5,
      sumX: 15,
      sumY: 20,
      sumXX: 55,
      sumYY: 86,
      sumXY: xs.reduce((s, x, i) => s + x * ys[i]!, 0),
    };
    // Sxy = 66 − 60 = 6, Sxx = 10, Syy = 6 → r = 6/√60.
    expect(correlationFromSums(sums)).toBeCloseTo(6 / Math.sqrt(60), 12);
  });

  it('is null for a constant variable or fewer than 3 cases', () => {
    expect(correlationFromSums({ n: 3, sumX: 6, sumY: 9, sumXX: 12, sumYY: 29, sumXY: 18 })).toBeNull();
    expect(correlationFromSums({ n: 2, sumX: 3, sumY: 3, sumXX: 5, sumYY: 5, sumXY: 5 })).toBeNull();
  });
});
