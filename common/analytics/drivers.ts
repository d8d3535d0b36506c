// Key-driver analysis from sufficient statistics: the count, the sums and the sums of products of
// [outcome, x1..xk] over the responses that answered all of them. SQL computes those in one pass
// over any number of responses; everything below works on a (k+1)×(k+1) matrix.
//
// Per attribute: its Pearson correlation with the outcome, its standardised regression
// coefficient β = Rxx⁻¹ rxy, and its relative weight (Johnson 2000): the outcome is regressed on
// the orthogonal counterparts Z = X Rxx^(-1/2) of the attributes, and each attribute gets the
// variance it shares with the Z's times their weights. The weights sum to R² and, unlike β,
// divide it sensibly when attributes correlate with each other (as ratings of one visit do).
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/** Sums over complete cases of v = [outcome, x1, …, xk]. */
export interface DriverMoments {
  n: number;
  /** Σ vᵢ, length k + 1. */
  sums: readonly number[];
  /** Σ vᵢ·vⱼ, (k + 1) × (k + 1), symmetric. */
  products: readonly (readonly number[])[];
}

export interface Driver {
  /** Pearson correlation with the outcome. */
  correlation: number;
  /** Standardised regression coefficient in the model with every attribute. */
  beta: number;
  /** Johnson's relative weight: this attribute's part of R². */
  relativeWeight: number;
  /** relativeWeight / R² (0..1); null when R² is 0. */
  share: number | null;
  /** The attribute's mean over the complete cases (null when only correlations were given). */
  mean: number | null;
}

export type DriverFailureReason =
  /** Fewer complete cases than attributes + 2: the model would fit any data perfectly. */
  | 'too_few_cases'
  /** Everyone gave the outcome the same answer: there is nothing to explain. */
  | 'constant_outcome'
  /** Everyone gave this attribute the same answer (`attribute`). */
  | 'constant_attribute'
  /** The attributes are linearly dependent; `attribute` is the one most involved. */
  | 'collinear';

export type DriverAnalysis =
  | { ok: true; n: number; r2: number; drivers: Driver[] }
  | { ok: false; reason: DriverFailureReason; /** 0-based index into the attributes. */ attribute?: number };

/** Below this an eigenvalue of Rxx counts as 0 (a correlation matrix's eigenvalues sum to k). */
const SINGULAR = 1e-8;
/** A centred sum of squares below this share of the raw one is rounding noise: a constant. */
const CONSTANT = 1e-10;

/** Key drivers from the sums SQL computed. Index 0 of `sums`/`products` is the outcome. */
export function keyDrivers(m: DriverMoments): DriverAnalysis {
  const p = m.sums.length;
  const k = p - 1;
  if (m.n < k + 2 || m.n < 3) return { ok: false, reason: 'too_few_cases' };

  const means = m.sums.map((s) => s / m.n);
  // Centred sums of squares and products: Σ(vᵢ − v̄ᵢ)(vⱼ − v̄ⱼ) = Σvᵢvⱼ − n v̄ᵢ v̄ⱼ.
  const centred = (i: number, j: number) => m.products[i]![j]! - m.n * means[i]! * means[j]!;
  const ss = means.map((_, i) => centred(i, i));
  for (let i = 0; i < p; i++) {
    if (ss[i]! <= CONSTANT * Math.max(1, Math.abs(m.products[i]![i]!))) {
      return i === 0
        ? { ok: false, reason: 'constant_outcome' }
        : { ok: false, reason: 'constant_attribute', attribute: i - 1 };
    }
  }
  const r = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => (i === j ? 1 : centred(i, j) / Math.sqrt(ss[i]! * ss[j]!))),
  );
  const analysis = keyDriversFromCorrelations(r, m.n);
  if (!analysis.ok) return analysis;
  analysis.drivers.forEach((d, j) => (d.mean = means[j + 1]!));
  return analysis;
}

/**
 * Key drivers from a correlation matrix of [outcome, x1..xk] (index 0 the outcome). Means are
 * not known here (null); keyDrivers fills them in.
 */
export function keyDriversFromCorrelations(r: readonly (readonly number[])[], n: number): DriverAnalysis {
  const k = r.length - 1;
  const rxy = Array.from({ length: k }, (_, j) => r[j + 1]![0]!);
  const rxx = new Matrix(
    Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => r[i + 1]![j + 1]!)),
  );

  const evd = new EigenvalueDecomposition(rxx, { assumeSymmetric: true });
  const lambda = evd.realEigenvalues;
  const q = evd.eigenvectorMatrix;
  const smallest = lambda.indexOf(Math.min(...lambda));
  if (lambda[smallest]! < SINGULAR) {
    // The eigenvector of the ~0 eigenvalue is the dependency; its largest entry names an attribute in it.
    const v = q.getColumn(smallest).map(Math.abs);
    return { ok: false, reason: 'collinear', attribute: v.indexOf(Math.max(...v)) };
  }

  // Rxx^(a) = Q diag(λ^a) Qᵀ for the powers we need: −1 (β), 1/2 (Λ) and −1/2 (β*).
  const power = (a: number) => q.mmul(Matrix.diag(lambda.map((l) => l ** a))).mmul(q.transpose());
  const y = Matrix.columnVector(rxy);
  const beta = power(-1).mmul(y).getColumn(0);
  const lambdaHalf = power(0.5);
  const betaStar = power(-0.5).mmul(y).getColumn(0);
  const weights = Array.from({ length: k }, (_, j) =>
    betaStar.reduce((s, b, l) => s + lambdaHalf.get(j, l) ** 2 * b * b, 0),
  );
  const r2 = rxy.reduce((s, ry, j) => s + ry * beta[j]!, 0);

  return {
    ok: true,
    n,
    r2,
    drivers: rxy.map((correlation, j) => ({
      correlation,
      beta: beta[j]!,
      relativeWeight: weights[j]!,
      share: r2 > 0 ? weights[j]! / r2 : null,
      mean: null,
    })),
  };
}

/**
 * Pearson correlation of x and y from sums over the cases that answered both; null when either
 * is constant or there are fewer than 3 cases. Used for derived importance.
 */
export function correlationFromSums(s: {
  n: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
}): number | null {
  if (s.n < 3) return null;
  const sxx = s.sumXX - (s.sumX * s.sumX) / s.n;
  const syy = s.sumYY - (s.sumY * s.sumY) / s.n;
  const sxy = s.sumXY - (s.sumX * s.sumY) / s.n;
  if (sxx <= CONSTANT * Math.max(1, s.sumXX) || syy <= CONSTANT * Math.max(1, s.sumYY)) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
