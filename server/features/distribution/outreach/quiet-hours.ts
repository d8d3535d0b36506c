// Quiet hours: no invitation or reminder goes out between `start` and `end` on the person's own
// clock (the customer's time zone, else the workspace's). A send that falls inside them waits for
// their end. A period may lie inside one day (12:00–14:00) or span midnight (21:00–09:00); the end
// is a wall-clock time, so across a DST change it is still 09:00 on the person's clock.
import { addDays, localParts, zonedTime } from '../../analytics/reports/calendar';

export interface QuietHours {
  /** Minutes after local midnight. start === end means no quiet hours. */
  start: number;
  end: number;
}

/** When the quiet period `at` falls in ends, or null when `at` is not in quiet hours. */
export function quietUntil(at: Date, timeZone: string, quiet: QuietHours): Date | null {
  if (quiet.start === quiet.end) return null;
  const { day, minutes } = localParts(at, timeZone);
  let endDay: string | null = null;
  if (quiet.start < quiet.end) {
    if (minutes >= quiet.start && minutes < quiet.end) endDay = day;
  } else if (minutes >= quiet.start) {
    endDay = addDays(day, 1);
  } else if (minutes < quiet.end) {
    endDay = day;
  }
  if (!endDay) return null;
  const end = zonedTime(endDay, Math.floor(quiet.end / 60), quiet.end % 60, timeZone);
  return end > at ? end : null;
}

const known = new Map<string, boolean>();

/** Whether Intl knows the IANA zone (customers' zones come from imports and may be anything). */
function isTimeZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}

/** The zone whose clock quiet hours follow: the customer's when valid, else the workspace's, else UTC. */
export function personTimeZone(customerZone: string | null, workspaceZone: string): string {
  if (customerZone && isTimeZone(customerZone)) return customerZone;
  return isTimeZone(workspaceZone) ? workspaceZone : 'UTC';
}
