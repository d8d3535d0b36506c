// Pure helpers about questions, free of zod: the survey page's browser script bundles them
// (through logic.ts and check-answer.ts), so nothing here may import a schema at run time.
import type { Question } from './questions';

/** The fixed answer scale of the scored types, 1..points or 0..10. */
export function scaleOf(q: Question): { min: number; max: number } | null {
  switch (q.type) {
    case 'nps':
      return { min: 0, max: 10 };
    case 'rating':
      return { min: 1, max: q.points };
    case 'csat':
      return { min: 1, max: 5 };
    case 'ces':
      return { min: 1, max: 7 };
    case 'importance_performance':
      return { min: 1, max: q.points };
    default:
      return null;
  }
}

/** `{{q:question_id}}` and `{{h:hidden_name}}`; a fresh regex each call because /g keeps state. */
export const placeholderPattern = () => /\{\{\s*(q|h):([a-z][a-z0-9_]{0,39})\s*\}\}/g;

/** A real calendar date written as YYYY-MM-DD (no Date parsing: it differs across old browsers). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}
