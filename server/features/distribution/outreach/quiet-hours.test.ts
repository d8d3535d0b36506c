// Quiet hours on the person's own clock: periods spanning midnight and inside one day, time zones,
// and DST changes (the end is a wall-clock time, so the wait is an hour shorter or longer).
import { describe, expect, it } from 'vitest';
import { personTimeZone, quietUntil } from './quiet-hours';

const NIGHT = { start: 21 * 60, end: 9 * 60 };
const LUNCH = { start: 12 * 60, end: 14 * 60 };
const at = (iso: string) => new Date(iso);

describe('quietUntil', () => {
  it('holds a send in the evening until the next morning when the period spans midnight', () => {
    expect(quietUntil(at('2026-05-10T22:30:00Z'), 'UTC', NIGHT)).toEqual(at('2026-05-11T09:00:00Z'));
    expect(quietUntil(at('2026-05-10T21:00:00Z'), 'UTC', NIGHT)).toEqual(at('2026-05-11T09:00:00Z'));
  });

  it('holds a send after midnight until the same morning', () => {
    expect(quietUntil(at('2026-05-10T03:15:00Z'), 'UTC', NIGHT)).toEqual(at('2026-05-10T09:00:00Z'));
    expect(quietUntil(at('2026-05-10T08:59:59Z'), 'UTC', NIGHT)).toEqual(at('2026-05-10T09:00:00Z'));
  });

  it('lets a send through outside the period, from its end to its start', () => {
    expect(quietUntil(at('2026-05-10T09:00:00Z'), 'UTC', NIGHT)).toBeNull();
    expect(quietUntil(at('2026-05-10T14:00:00Z'), 'UTC', NIGHT)).toBeNull();
    expect(quietUntil(at('2026-05-10T20:59:00Z'), 'UTC', NIGHT)).toBeNull();
  });

  it('handles a period inside one day', () => {
    expect(quietUntil(at('2026-05-10T12:00:00Z'), 'UTC', LUNCH)).toEqual(at('2026-05-10T14:00:00Z'));
    expect(quietUntil(at('2026-05-10T13:59:00Z'), 'UTC', LUNCH)).toEqual(at('2026-05-10T14:00:00Z'));
    expect(quietUntil(at('2026-05-10T11:59:00Z'), 'UTC', LUNCH)).toBeNull();
    expect(quietUntil(at('2026-05-10T14:00:00Z'), 'UTC', LUNCH)).toBeNull();
    expect(quietUntil(at('2026-05-10T23:00:00Z'), 'UTC', LUNCH)).toBeNull();
  });

  it("reads the clock in the person's time zone", () => {
    // 14:00 UTC is 22:00 in Shanghai: quiet until 09:00 there, 01:00 UTC.
    expect(quietUntil(at('2026-01-10T14:00:00Z'), 'Asia/Shanghai', NIGHT)).toEqual(
      at('2026-01-11T01:00:00Z'),
    );
    // The same instant is 09:00 in New York: not quiet.
    expect(quietUntil(at('2026-01-10T14:00:00Z'), 'America/New_York', NIGHT)).toBeNull();
  });

  it('ends at 09:00 on the local clock across a spring-forward night (an hour less to wait)', () => {
    // 23:00 EST on 7 March 2026; clocks jump from 02:00 to 03:00 on 8 March; 09:00 EDT is 13:00 UTC.
    const until = quietUntil(at('2026-03-08T04:00:00Z'), 'America/New_York', NIGHT)!;
    expect(until).toEqual(at('2026-03-08T13:00:00Z'));
    expect(until.getTime() - at('2026-03-08T04:00:00Z').getTime()).toBe(9 * 3600_000);
  });

  it('ends at 09:00 on the local clock across a fall-back night (an hour more to wait)', () => {
    // 23:00 EDT on 31 October 2026; clocks fall back at 02:00 on 1 November; 09:00 EST is 14:00 UTC.
    const until = quietUntil(at('2026-11-01T03:00:00Z'), 'America/New_York', NIGHT)!;
    expect(until).toEqual(at('2026-11-01T14:00:00Z'));
    expect(until.getTime() - at('2026-11-01T03:00:00Z').getTime()).toBe(11 * 3600_000);
  });

  it('moves an end that a spring-forward gap skips forward by the gap', () => {
    // Quiet 01:00–02:30 in New York on 8 March 2026: 02:30 does not exist; 03:30 EDT does.
    const quiet = { start: 60, end: 150 };
    expect(quietUntil(at('2026-03-08T06:10:00Z'), 'America/New_York', quiet)).toEqual(
      at('2026-03-08T07:30:00Z'),
    );
  });

  it('has no quiet hours when start equals end', () => {
    expect(quietUntil(at('2026-05-10T03:00:00Z'), 'UTC', { start: 600, end: 600 })).toBeNull();
  });
});

describe('personTimeZone', () => {
  it("uses the customer's zone when it is a real one, else the workspace's, else UTC", () => {
    expect(personTimeZone('Asia/Shanghai', 'Europe/Madrid')).toBe('Asia/Shanghai');
    expect(personTimeZone(null, 'Europe/Madrid')).toBe('Europe/Madrid');
    expect(personTimeZone('Mars/Olympus', 'Europe/Madrid')).toBe('Europe/Madrid');
    expect(personTimeZone('Mars/Olympus', 'Not/AZone')).toBe('UTC');
  });
});
