// The responses list's filters live in the URL (?status=complete&version=2&from=2026-03-01…) so a
// filtered list can be bookmarked and shared. Here: reading them back safely, and the API's query.
import type { ResponseQuery, ResponseStatus } from '../../api/responses';
import { RESPONSE_STATUSES } from '../../api/responses';

export interface ResponseFilters {
  status?: ResponseStatus;
  version?: number;
  waveId?: string;
  locationId?: string;
  channel?: string;
  language?: string;
  /** Started on or after this day (YYYY-MM-DD, the browser's time zone). */
  from?: string;
  /** Started on or before this day. */
  to?: string;
}

export const FILTER_KEYS = [
  'status',
  'version',
  'waveId',
  'locationId',
  'channel',
  'language',
  'from',
  'to',
] as const satisfies readonly (keyof ResponseFilters)[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' ? String(v) : undefined;

function day(v: unknown): string | undefined {
  const s = text(v);
  const m = s ? DAY.exec(s) : null;
  if (!m || !s) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? s : undefined;
}

/** The filters a URL's search carries; anything malformed (a hand-edited link) is left out. */
export function parseFilters(search: Record<string, unknown>): ResponseFilters {
  const f: ResponseFilters = {};
  const status = text(search.status);
  if (status && (RESPONSE_STATUSES as readonly string[]).includes(status))
    f.status = status as ResponseStatus;
  const version = Number(text(search.version));
  if (Number.isInteger(version) && version >= 1) f.version = version;
  const waveId = text(search.waveId);
  if (waveId && UUID.test(waveId)) f.waveId = waveId;
  const locationId = text(search.locationId);
  if (locationId && UUID.test(locationId)) f.locationId = locationId;
  const channel = text(search.channel);
  if (channel && channel.length <= 50) f.channel = channel;
  const language = text(search.language);
  if (language && language.length <= 35) f.language = language;
  const from = day(search.from);
  if (from) f.from = from;
  const to = day(search.to);
  if (to) f.to = to;
  return f;
}

/** Local midnight of a YYYY-MM-DD day, `plusDays` later, as an instant. */
function midnight(dayText: string, plusDays = 0): string {
  const [y, m, d] = dayText.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** The API's query: days become instants, the `to` day included (before the next midnight). */
export function toQuery(f: ResponseFilters): ResponseQuery {
  const { from, to, ...rest } = f;
  return {
    ...rest,
    ...(from ? { from: midnight(from) } : {}),
    ...(to ? { to: midnight(to, 1) } : {}),
  };
}

export const activeFilterCount = (f: ResponseFilters): number =>
  FILTER_KEYS.filter((k) => f[k] !== undefined).length;
