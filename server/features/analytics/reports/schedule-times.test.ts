// When scheduled reports go out and what they cover: Monday / the 1st at 08:00 in the workspace's
// time zone, across time zones ahead of and behind UTC, daylight-saving changes and month ends.
import { describe, expect, it } from 'vitest';
import { addMonths, zonedTime } from './calendar';
import { nextRunAt, previousPeriod } from './schedule-times';

const at = (iso: string) => new Date(iso);
const next = (f: 'weekly' | 'monthly', now: string, tz: string) => nextRunAt(f, at(now), tz).toISOString();

describe('nextRunAt, weekly: the next Monday at 08:00 local', () => {
  it('from a Wednesday in Shanghai (UTC+8): Monday 08:00 is Monday 00:00 UTC', () => {
    expect(next('weekly', '2026-11-11T04:00:00Z', 'Asia/Shanghai')).toBe('2026-11-16T00:00:00.000Z');
  });

  it('on Monday before 08:00 it is the same day; at 08:00 sharp or after it is a week later', () => {
    expect(next('weekly', '2026-11-15T23:59:00Z', 'Asia/Shanghai')).toBe('2026-11-16T00:00:00.000Z');
    expect(next('weekly', '2026-11-16T00:00:00Z', 'Asia/Shanghai')).toBe('2026-11-23T00:00:00.000Z');
    expect(next('weekly', '2026-11-16T03:00:00Z', 'Asia/Shanghai')).toBe('2026-11-23T00:00:00.000Z');
  });

  it('uses the local day, not the UTC one: Sunday 23:30 in Shanghai is still Sunday 15:30 UTC', () => {
    expect(next('weekly', '2026-11-15T15:30:00Z', 'Asia/Shanghai')).toBe('2026-11-16T00:00:00.000Z');
    // Sunday 22:00 in Los Angeles is Monday 06:00 UTC: the next send is that Monday, 08:00 in LA.
    expect(next('weekly', '2026-11-16T06:00:00Z', 'America/Los_Angeles')).toBe('2026-11-16T16:00:00.000Z');
  });

  it('follows daylight-saving changes (New York springs forward on 8 March 2026, Berlin falls back on 25 October)', () => {
    expect(next('weekly', '2026-03-04T12:00:00Z', 'America/New_York')).toBe('2026-03-09T12:00:00.000Z');
    expect(next('weekly', '2026-03-01T12:00:00Z', 'America/New_York')).toBe('2026-03-02T13:00:00.000Z');
    expect(next('weekly', '2026-10-21T12:00:00Z', 'Europe/Berlin')).toBe('2026-10-26T07:00:00.000Z');
  });
});

describe('nextRunAt, monthly: the next 1st at 08:00 local', () => {
  it('from the last day of a month, of the year, and of February', () => {
    expect(next('monthly', '2026-01-31T12:00:00Z', 'UTC')).toBe('2026-02-01T08:00:00.000Z');
    expect(next('monthly', '2026-12-15T12:00:00Z', 'UTC')).toBe('2027-01-01T08:00:00.000Z');
    expect(next('monthly', '2028-02-29T12:00:00Z', 'UTC')).toBe('2028-03-01T08:00:00.000Z');
  });

  it('on the 1st before 08:00 it is that day; after 08:00 the next month', () => {
    expect(next('monthly', '2026-12-01T07:59:00Z', 'UTC')).toBe('2026-12-01T08:00:00.000Z');
    expect(next('monthly', '2026-12-01T08:00:00Z', 'UTC')).toBe('2027-01-01T08:00:00.000Z');
  });

  it('when the local date is already the 1st while UTC is still on the last day', () => {
    // 20:00 UTC on 30 November is 04:00 on 1 December in Shanghai.
    expect(next('monthly', '2026-11-30T20:00:00Z', 'Asia/Shanghai')).toBe('2026-12-01T00:00:00.000Z');
    // …and 18:00 on 30 November in Los Angeles is 02:00 UTC on 1 December: LA is not there yet.
    expect(next('monthly', '2026-12-01T02:00:00Z', 'America/Los_Angeles')).toBe('2026-12-01T16:00:00.000Z');
  });
});

describe('previousPeriod: the last whole week or month before the run', () => {
  it('weekly: Monday to Sunday of the week before, by the local day', () => {
    expect(previousPeriod('weekly', at('2026-11-16T00:00:00Z'), 'Asia/Shanghai')).toEqual({
      from: '2026-11-09',
      to: '2026-11-15',
    });
    // Still Sunday 15 November in Los Angeles: the last whole week is 2–8 November.
    expect(previousPeriod('weekly', at('2026-11-16T06:00:00Z'), 'America/Los_Angeles')).toEqual({
      from: '2026-11-02',
      to: '2026-11-08',
    });
  });

  it('monthly: the whole calendar month before, February and year ends included', () => {
    expect(previousPeriod('monthly', at('2026-03-01T08:00:00Z'), 'UTC')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(previousPeriod('monthly', at('2028-03-01T08:00:00Z'), 'UTC')).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(previousPeriod('monthly', at('2027-01-01T08:00:00Z'), 'UTC')).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
  });
});

describe('calendar helpers', () => {
  it('addMonths keeps the day when it exists and clamps to the month end otherwise', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('zonedTime moves a wall time skipped by spring-forward ahead by the gap', () => {
    // 02:30 does not exist in New York on 8 March 2026: clocks jump from 02:00 EST to 03:00 EDT.
    expect(zonedTime('2026-03-08', 2, 30, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
});
