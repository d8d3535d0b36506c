// The analytics page's filters live in the URL (?period=90d&loc=<id>,<id>&ch=qr…) so that a view
// can be bookmarked and shared. Here: reading them back safely (a hand-edited link never breaks
// the page), writing them, and turning them into the API's AnalyticsFilters.
import type { AnalyticsFilters } from '../../../api/analytics';

export const PERIOD_PRESETS = ['30d', '90d', '12m', 'all', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** What a fresh page shows: recent enough to be current, long enough for a base of answers. */
export const DEFAULT_PRESET: PeriodPreset = '90d';

export interface FilterState {
  period: PeriodPreset;
  /** Only with `custom`: YYYY-MM-DD, both ends included. */
  from?: string;
  to?: string;
  locationIds: string[];
  channels: string[];
  waveIds: string[];
  languages: string[];
}

/** The search keys the filters use; the page's other keys (tab…) are left alone. */
export const FILTER_SEARCH_KEYS = ['period', 'from', 'to', 'loc', 'ch', 'wave', 'lang'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TOKEN = /^[A-Za-z0-9_.:-]{1,40}$/;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' ? String(v) : undefined;

/** A real calendar day as YYYY-MM-DD, else undefined. */
export function validDay(v: unknown): string | undefined {
  const s = text(v);
  const m = s ? DAY.exec(s) : null;
  if (!s || !m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? s : undefined;
}

const list = (v: unknown, ok: (s: string) => boolean, max: number): string[] =>
  [...new Set((text(v) ?? '').split(',').map((s) => s.trim()))].filter((s) => s && ok(s)).slice(0, max);

export function parseFilterSearch(search: Record<string, unknown>): FilterState {
  const preset = text(search.period);
  const period = (PERIOD_PRESETS as readonly string[]).includes(preset ?? '')
    ? (preset as PeriodPreset)
    : DEFAULT_PRESET;
  const state: FilterState = {
    period,
    locationIds: list(search.loc, (s) => UUID.test(s), 500),
    channels: list(search.ch, (s) => TOKEN.test(s), 50),
    waveIds: list(search.wave, (s) => UUID.test(s), 100),
    languages: list(search.lang, (s) => TOKEN.test(s), 20),
  };
  if (period === 'custom') {
    const from = validDay(search.from);
    const to = validDay(search.to);
    if (from) state.from = from;
    if (to && (!from || to >= from)) state.to = to;
  }
  return state;
}

/** The search keys for a state; undefined removes a key (the default preset is not written). */
export function filterSearch(
  state: FilterState,
): Record<(typeof FILTER_SEARCH_KEYS)[number], string | undefined> {
  const joined = (xs: string[]) => (xs.length ? xs.join(',') : undefined);
  const custom = state.period === 'custom';
  return {
    period: state.period === DEFAULT_PRESET ? undefined : state.period,
    from: custom ? state.from : undefined,
    to: custom ? state.to : undefined,
    loc: joined(state.locationIds),
    ch: joined(state.channels),
    wave: joined(state.waveIds),
    lang: joined(state.languages),
  };
}

/** Today in a time zone, as YYYY-MM-DD (analytics days are the workspace's calendar days). */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

function shiftDay(day: string, days: number, months = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  // Clamp to the month's length (31 March − 1 month is 28/29 February, not 3 March).
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, last) + days);
  return date.toISOString().slice(0, 10);
}

/** The days a preset covers, both ends included; null for all time. */
export function presetRange(period: PeriodPreset, today: string): { from: string; to: string } | null {
  switch (period) {
    case '30d':
      return { from: shiftDay(today, -29), to: today };
    case '90d':
      return { from: shiftDay(today, -89), to: today };
    case '12m':
      return { from: shiftDay(today, 1, -12), to: today };
    case 'all':
    case 'custom':
      return null;
  }
}

/** The API's filters for a state. */
export function toAnalyticsFilters(state: FilterState, today: string): AnalyticsFilters {
  const range =
    state.period === 'custom' ? { from: state.from, to: state.to } : presetRange(state.period, today);
  const f: AnalyticsFilters = {};
  if (range?.from) f.from = range.from;
  if (range?.to) f.to = range.to;
  if (state.locationIds.length) f.locationIds = state.locationIds;
  if (state.channels.length) f.channels = state.channels;
  if (state.waveIds.length) f.waveIds = state.waveIds;
  if (state.languages.length) f.languages = state.languages;
  return f;
}
