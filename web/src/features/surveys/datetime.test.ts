import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './datetime';

describe('datetime-local values', () => {
  it('round-trips a local wall-clock time through an ISO instant', () => {
    const iso = fromLocalInput('2026-03-01T09:30');
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    expect(toLocalInput(iso)).toBe('2026-03-01T09:30');
    expect(new Date(iso!).getTime()).toBe(new Date(2026, 2, 1, 9, 30).getTime());
  });

  it('gives nothing for empty or unreadable values', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('not a date')).toBe('');
  });
});
