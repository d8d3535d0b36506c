// Figures and dates as a report shows them, in its language: NPS with a sign and one decimal,
// shares in % with one decimal, means with two, days as the language writes them.
import { reportLanguage, reportTexts } from './report-texts';
import type { ReportFigure, ReportMetricKind, ReportModel } from './report-types';

const DASH = '–';

function decimals(kind: ReportMetricKind): number {
  return kind === 'ces' || kind === 'mean' ? 2 : 1;
}

export function formatNumber(
  language: string,
  value: number | null,
  digits: number,
  opts: { sign?: boolean; percent?: boolean } = {},
): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  const text = new Intl.NumberFormat(reportLanguage(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: opts.sign ? 'exceptZero' : 'auto',
  }).format(value);
  return opts.percent ? `${text}%` : text;
}

/** The value in its metric's units: "+42.5", "86.0%", "5.32". */
export function formatValue(language: string, kind: ReportMetricKind, value: number | null): string {
  return formatNumber(language, value, decimals(kind), { sign: kind === 'nps', percent: kind === 'csat' });
}

/** A change between periods: always signed; "pts" of NPS or of a share, a mean's units otherwise. */
export function formatChange(language: string, kind: ReportMetricKind, change: number | null): string {
  return formatNumber(language, change, decimals(kind), { sign: true });
}

export function formatCi(language: string, kind: ReportMetricKind, figure: ReportFigure): string {
  if (!figure.ci) return DASH;
  const [low, high] = figure.ci;
  return `${formatValue(language, kind, low)} ${DASH} ${formatValue(language, kind, high)}`;
}

export function formatCount(language: string, n: number): string {
  return new Intl.NumberFormat(reportLanguage(language)).format(n);
}

/** A calendar day (YYYY-MM-DD) as the language writes it: "16 Nov 2026", "2026年11月16日". */
export function formatDay(language: string, day: string): string {
  return new Intl.DateTimeFormat(reportLanguage(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function formatPeriod(language: string, period: { from: string | null; to: string | null }): string {
  const t = reportTexts(language);
  if (!period.from && !period.to) return t.allTime;
  const from = period.from ? formatDay(language, period.from) : '…';
  const to = period.to ? formatDay(language, period.to) : '…';
  return `${from} ${DASH} ${to}`;
}

/** The moment the report was made, in the workspace's time zone. */
export function formatGenerated(model: ReportModel): string {
  return new Intl.DateTimeFormat(reportLanguage(model.language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: model.timeZone,
  }).format(model.generatedAt);
}

export function metricName(language: string, kind: ReportMetricKind): string {
  return reportTexts(language)[`metric_${kind}`];
}

export const MARKERS = { up: '▲', down: '▼' } as const;
