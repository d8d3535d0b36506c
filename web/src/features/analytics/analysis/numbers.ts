// Figures of the analysis tabs in the console's language: statistics with a fixed number of
// decimals, shares as percentages, and "—" for what could not be computed.
const DASH = '—';

export function fixed(value: number | null | undefined, digits: number, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A signed difference (a gap): +0.50, −1.20. */
export function signed(value: number | null | undefined, digits: number, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A share given as 0..1 (relative weights' shares) or as 0..100 (`of100`). */
export function percent(value: number | null | undefined, locale: string, of100 = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    of100 ? value / 100 : value,
  );
}
