// Waves: numbered collection periods of one survey. A response belongs to the wave open when it
// starts, so the waves of a survey may not overlap in time: that would make the answer ambiguous.
import { AppError, badRequest } from '../../platform/errors';

export interface WaveTimes {
  opens_at: Date;
  closes_at: Date | null;
}

/** open now, not yet open, or over: the same test as the survey page's (published.ts). */
export function waveState(w: WaveTimes, now: Date): 'upcoming' | 'open' | 'over' {
  if (w.opens_at > now) return 'upcoming';
  if (w.closes_at && w.closes_at <= now) return 'over';
  return 'open';
}

/** [opens, closes) ranges; a wave without closesAt runs on for ever. */
const overlap = (a: WaveTimes, b: WaveTimes): boolean =>
  (b.closes_at === null || a.opens_at < b.closes_at) && (a.closes_at === null || b.opens_at < a.closes_at);

/** Throws unless the wave's times make sense on their own and beside the survey's other waves. */
export function checkWaveTimes(wave: WaveTimes, others: (WaveTimes & { number: number })[]): void {
  if (wave.closes_at && wave.closes_at <= wave.opens_at) {
    throw badRequest('A wave must close after it opens.', 'closesAt');
  }
  const clash = others.find((other) => overlap(wave, other));
  if (clash) {
    throw new AppError(
      409,
      'waves_overlap',
      `This wave would overlap wave ${clash.number}: the waves of a survey follow one another, so that every response belongs to one wave.`,
      'opensAt',
    );
  }
}
