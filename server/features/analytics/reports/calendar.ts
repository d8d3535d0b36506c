// Calendar days and wall-clock times in a workspace's time zone, without a date library: days are
// ISO strings (YYYY-MM-DD) handled as UTC dates, and a local wall time becomes an instant through
// Intl's offset for that zone (checked twice, so a time right after a DST change lands right).

const DAY_MS = 86_400_000;

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  return toDay(new Date(toDate(day).getTime() + n * DAY_MS));
}

/** The same day of the month n months later, clamped to the month's end (Jan 31 + 1 → Feb 28). */
export function addMonths(day: string, n: number): string {
  const d = toDate(day);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d.getUTCDate(), last));
  return toDay(first);
}

/** Days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / DAY_MS);
}

/** The Monday of the ISO week the day is in. */
export function mondayOf(day: string): string {
  const weekday = (toDate(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

export function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The wall-clock date and time of an instant in a time zone. */
export function localParts(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    seconds: Number(parts.second),
  };
}

/** The calendar day of an instant in a time zone. */
export function localDay(at: Date, timeZone: string): string {
  return localParts(at, timeZone).day;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(at: Date, timeZone: string): number {
  const p = localParts(at, timeZone);
  const wall = toDate(p.day).getTime() + p.minutes * 60_000 + p.seconds * 1000;
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a time zone. A time skipped by a DST change (02:30 on
 * a spring-forward night) moves forward by the gap, as clocks do.
 */
export function zonedTime(day: string, hour: number, minute: number, timeZone: string): Date {
  const wall = toDate(day).getTime() + (hour * 60 + minute) * 60_000;
  const first = wall - offsetAt(new Date(wall), timeZone);
  const second = wall - offsetAt(new Date(first), timeZone);
  const shows = (instant: number) => {
    const p = localParts(new Date(instant), timeZone);
    return p.day === day && p.minutes === hour * 60 + minute;
  };
  if (shows(second)) return new Date(second);
  if (shows(first)) return new Date(first);
  // In a spring-forward gap neither instant shows that time: the later one is it, moved by the gap.
  return new Date(Math.max(first, second));
}
