// One metric spec applied to its tallies: the dispatch from a MetricSpec's kind to its formula.
import {
  bottomBox,
  ces,
  csat,
  meanMetric,
  nps,
  satisfactionIndex,
  topBox,
  type MetricResult,
  type Scale,
} from './metrics';
import type { MetricSpec } from './query';
import { emptyTally, type Tally } from './tally';

export interface MeasuredItem {
  tally: Tally;
  scale: Scale | null;
  weight?: number;
}

/**
 * `items` holds one entry for every metric but the index, which has one per index item (in the
 * spec's order). `count` counts answers (or responses); `distribution` reports the mean beside the
 * per-point counts the caller adds.
 */
export function computeMetric(
  spec: Pick<MetricSpec, 'kind' | 'box'>,
  items: readonly MeasuredItem[],
): MetricResult {
  const first = items[0] ?? { tally: emptyTally(), scale: null };
  const t = first.tally;
  switch (spec.kind) {
    case 'nps':
      return nps(t);
    case 'csat':
      return csat(t);
    case 'ces':
      return ces(t);
    case 'mean':
    case 'distribution':
      return meanMetric(t);
    case 'top_box':
      return topBox(t, first.scale ?? { min: 0, max: 0 }, spec.box);
    case 'bottom_box':
      return bottomBox(t, first.scale ?? { min: 0, max: 0 }, spec.box);
    case 'count':
      return { value: t.n, n: t.n, se: null, ci: null, lowBase: false, parts: {} };
    case 'index':
      return satisfactionIndex(
        items.map((i) => ({
          tally: i.tally,
          scale: i.scale ?? { min: 0, max: 1 },
          ...(i.weight === undefined ? {} : { weight: i.weight }),
        })),
      );
  }
}
