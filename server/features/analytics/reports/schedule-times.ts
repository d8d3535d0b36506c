// When a scheduled report goes out and which days it covers, in the workspace's time zone:
// weekly reports go every Monday at 08:00 and cover the week before (Monday to Sunday); monthly
// reports go on the 1st at 08:00 and cover the month before. Always whole periods, so two reports
// never overlap and none leaves a gap.
import { addDays, addMonths, firstOfMonth, localDay, mondayOf, zonedTime } from './calendar';

export type ReportFrequency = 'weekly' | 'monthly';

/** The local hour reports go out. */
export const SEND_HOUR = 8;

/** The first send time strictly after `now`. */
export function nextRunAt(frequency: ReportFrequency, now: Date, timeZone: string): Date {
  const today = localDay(now, timeZone);
  let day = frequency === 'weekly' ? mondayOf(today) : firstOfMonth(today);
  let at = zonedTime(day, SEND_HOUR, 0, timeZone);
  while (at.getTime() <= now.getTime()) {
    day = frequency === 'weekly' ? addDays(day, 7) : addMonths(day, 1);
    at = zonedTime(day, SEND_HOUR, 0, timeZone);
  }
  return at;
}

/** The last whole week (Monday–Sunday) or calendar month before the local day of `at`. */
export function previousPeriod(
  frequency: ReportFrequency,
  at: Date,
  timeZone: string,
): { from: string; to: string } {
  const day = localDay(at, timeZone);
  if (frequency === 'weekly') {
    const monday = mondayOf(day);
    return { from: addDays(monday, -7), to: addDays(monday, -1) };
  }
  const first = firstOfMonth(day);
  return { from: addMonths(first, -1), to: addDays(first, -1) };
}
