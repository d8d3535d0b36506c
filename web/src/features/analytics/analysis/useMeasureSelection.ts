// The outcome and attributes picked for an analysis, starting from sensible defaults (the NPS or
// overall rating; the attribute ratings) until the user changes them.
import { useMemo, useState } from 'react';
import type { MeasureRef } from '../../../api/analytics-analysis';
import { defaultAttributes, defaultOutcome, type MeasureChoice } from './choices';

export interface MeasureSelection {
  outcome: MeasureRef | undefined;
  attributes: MeasureRef[];
}

export function useMeasureSelection(measures: readonly MeasureChoice[]) {
  const [picked, setPicked] = useState<MeasureSelection | null>(null);
  const defaults = useMemo<MeasureSelection>(() => {
    const outcome = defaultOutcome(measures);
    const ref = (m: MeasureChoice): MeasureRef => ({ questionId: m.questionId, item: m.item });
    return { outcome: outcome && ref(outcome), attributes: defaultAttributes(measures, outcome).map(ref) };
  }, [measures]);
  const selection = picked ?? defaults;
  /** Complete enough to ask the API: an outcome and at least two attributes. */
  const ready = selection.outcome !== undefined && selection.attributes.length >= 2;
  return { ...selection, ready, set: setPicked };
}
