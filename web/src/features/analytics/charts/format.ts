// Figures as people read them, in the console's language: NPS as a signed whole number (+42),
// shares as percentages (87%), means with two decimals (5.63), counts with grouping (1,204).
import type { MetricSpec } from '../../../api/analytics';

type Kind = MetricSpec['kind'];

/** Metrics whose value is a share in % (0–100). */
const SHARES: readonly Kind[] = ['csat', 'top_box', 'bottom_box', 'index'];
/** Metrics whose value is a mean on the question's scale. */
const MEANS: readonly Kind[] = ['ces', 'mean', 'distribution'];

export function formatMetric(value: number | null | undefined, kind: Kind, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (kind === 'nps')
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(
      value,
    );
  if (SHARES.includes(kind))
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  if (MEANS.includes(kind))
    return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      value,
    );
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A difference between two figures of a metric: always signed; points for NPS and shares. */
export function formatDifference(value: number | null | undefined, kind: Kind, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const digits = MEANS.includes(kind) ? 2 : 1;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: MEANS.includes(kind) ? 2 : 0,
    maximumFractionDigits: kind === 'nps' || kind === 'count' ? 0 : digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** A p-value as statisticians write it: < 0.001 below that, else three decimals. */
export function formatP(p: number, locale: string): string {
  if (p < 0.001) return `< ${new Intl.NumberFormat(locale, { minimumFractionDigits: 3 }).format(0.001)}`;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(p);
}

/** Whether values of this metric are shares in % (axis labels, chart ranges). */
export const isShare = (kind: Kind): boolean => SHARES.includes(kind);
