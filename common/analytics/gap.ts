// Gap analysis: SERVQUAL (Parasuraman, Zeithaml & Berry 1988) and importance–performance
// analysis (Martilla & James 1977). Both work on means the server already computed.

export interface GapItemInput {
  /** The SERVQUAL dimension (tangibles, reliability, …) or any grouping of items. */
  dimension: string;
  item: string;
  expectation: { mean: number | null; n: number };
  perception: { mean: number | null; n: number };
}

export interface GapItem extends GapItemInput {
  /** Perception mean − expectation mean: below 0, the service falls short of what was expected. */
  gap: number | null;
}

export interface GapDimension {
  dimension: string;
  /** The mean of its items' gaps (items with no gap left out); null when none has one. */
  gap: number | null;
  items: number;
}

export interface GapAnalysis {
  items: GapItem[];
  /** In the order the dimensions first appear among the items. */
  dimensions: GapDimension[];
  /** The mean of the dimensions' gaps: each dimension counts once, however many items it has. */
  overall: number | null;
}

const average = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length;

/** SERVQUAL: gap per item, the mean gap per dimension, the mean of the dimensions overall. */
export function servqualGaps(inputs: readonly GapItemInput[]): GapAnalysis {
  const items = inputs.map((i) => ({
    ...i,
    gap:
      i.perception.mean === null || i.expectation.mean === null
        ? null
        : i.perception.mean - i.expectation.mean,
  }));
  const byDimension = new Map<string, GapItem[]>();
  for (const item of items)
    byDimension.set(item.dimension, [...(byDimension.get(item.dimension) ?? []), item]);
  const dimensions = [...byDimension].map(([dimension, members]) => ({
    dimension,
    gap: average(members.flatMap((m) => (m.gap === null ? [] : [m.gap]))),
    items: members.length,
  }));
  return { items, dimensions, overall: average(dimensions.flatMap((d) => (d.gap === null ? [] : [d.gap]))) };
}

export const QUADRANTS = ['concentrate_here', 'keep_up', 'low_priority', 'possible_overkill'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface IpaInput {
  importance: number | null;
  performance: number | null;
}

export interface IpaAnalysis<T extends IpaInput> {
  /** Each input with its quadrant (null when it lacks a coordinate). */
  points: (T & { quadrant: Quadrant | null })[];
  /** The grand means over the points that have both coordinates; null when none has. */
  crosshair: { importance: number; performance: number } | null;
}

/**
 * Importance–performance: the crosshairs sit at the grand means, and each point's side of them
 * names its quadrant. A point on a crosshair counts as high on that axis.
 */
export function importancePerformance<T extends IpaInput>(inputs: readonly T[]): IpaAnalysis<T> {
  const placed = inputs.filter((p) => p.importance !== null && p.performance !== null);
  const importance = average(placed.map((p) => p.importance!));
  const performance = average(placed.map((p) => p.performance!));
  const crosshair = importance === null || performance === null ? null : { importance, performance };
  return {
    crosshair,
    points: inputs.map((p) => ({
      ...p,
      quadrant:
        crosshair === null || p.importance === null || p.performance === null
          ? null
          : quadrantOf(p.importance >= crosshair.importance, p.performance >= crosshair.performance),
    })),
  };
}

function quadrantOf(highImportance: boolean, highPerformance: boolean): Quadrant {
  if (highImportance) return highPerformance ? 'keep_up' : 'concentrate_here';
  return highPerformance ? 'possible_overkill' : 'low_priority';
}
