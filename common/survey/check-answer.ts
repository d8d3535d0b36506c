// Checks one raw answer (parsed JSON) against its question and returns the cleaned value.
// Cleaning is idempotent: checking a cleaned value returns it unchanged.
import type { AnswerValue, Question } from './definition';
import { isAnswered, isObject } from './condition';
import { isIsoDate, scaleOf } from './scales';

export const ANSWER_ERROR_CODES = [
  'required',
  'invalid_type',
  'out_of_range',
  'unknown_option',
  'too_long',
  'too_few',
  'too_many',
  'invalid_email',
  'invalid_phone',
  'invalid_date',
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

/** `value` undefined: not answered. */
export type CheckResult = { value: AnswerValue | undefined } | { code: AnswerErrorCode; message: string };

export const MAX_OTHER_LENGTH = 500;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

const fail = (code: AnswerErrorCode, message: string): CheckResult => ({ code, message });
const ok = (value: AnswerValue | undefined): CheckResult => ({ value });
const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

export function checkAnswer(q: Question, raw: unknown): CheckResult {
  if (!isAnswered(raw)) return ok(undefined);
  switch (q.type) {
    case 'nps':
    case 'rating':
    case 'csat':
    case 'ces': {
      const scale = scaleOf(q) ?? { min: 0, max: 0 };
      return checkScaleValue(raw, scale.min, scale.max);
    }
    case 'number':
      if (typeof raw !== 'number') return fail('invalid_type', 'expected a number');
      if (q.integer && !Number.isInteger(raw)) return fail('out_of_range', 'expected a whole number');
      if ((q.min !== undefined && raw < q.min) || (q.max !== undefined && raw > q.max)) {
        return fail('out_of_range', `expected a number between ${q.min ?? '-∞'} and ${q.max ?? '∞'}`);
      }
      return ok(raw);
    case 'single_choice':
    case 'dropdown': {
      if (typeof raw === 'string') {
        return q.options.some((o) => o.id === raw)
          ? ok(raw)
          : fail('unknown_option', `unknown option ${raw}`);
      }
      if (q.type === 'dropdown' || !isObject(raw)) return fail('invalid_type', 'expected an option id');
      if (!q.other) return fail('unknown_option', 'this question has no "other" option');
      const other = checkOther(raw.other);
      if (typeof other !== 'string') return other;
      return ok(other !== '' ? { other } : undefined);
    }
    case 'multiple_choice':
      return checkMultipleChoice(q, raw);
    case 'ranking': {
      if (!Array.isArray(raw) || raw.some((id) => typeof id !== 'string')) {
        return fail('invalid_type', 'expected a list of option ids');
      }
      const ids = raw as string[];
      const unknown = ids.filter((id) => !q.options.some((o) => o.id === id))[0];
      if (unknown !== undefined) return fail('unknown_option', `unknown option ${unknown}`);
      if (ids.some((id, i) => ids.indexOf(id) !== i))
        return fail('invalid_type', 'an option is ranked twice');
      if (ids.length < q.options.length) return fail('too_few', 'rank every option');
      return ok(ids.slice());
    }
    case 'matrix': {
      if (!isObject(raw)) return fail('invalid_type', 'expected a value per row');
      const unknown = Object.keys(raw).filter((k) => !q.rows.some((r) => r.id === k))[0];
      if (unknown !== undefined) return fail('unknown_option', `unknown row ${unknown}`);
      const cleaned: Record<string, number> = {};
      for (const row of q.rows) {
        const v = hasOwn(raw, row.id) ? raw[row.id] : undefined;
        if (v === undefined || v === null) continue;
        if (typeof v !== 'number') return fail('invalid_type', `expected a number for row ${row.id}`);
        if (!q.scale.some((s) => s.value === v)) return fail('out_of_range', `${v} is not on the scale`);
        cleaned[row.id] = v;
      }
      return ok(Object.keys(cleaned).length > 0 ? cleaned : undefined);
    }
    case 'importance_performance': {
      if (!isObject(raw)) return fail('invalid_type', 'expected {importance, performance}');
      const importance = checkScaleValue(raw.importance, 1, q.points);
      if (!('value' in importance)) return importance;
      const performance = checkScaleValue(raw.performance, 1, q.points);
      if (!('value' in performance)) return performance;
      return ok({ importance: importance.value as number, performance: performance.value as number });
    }
    case 'text': {
      if (typeof raw !== 'string') return fail('invalid_type', 'expected text');
      const text = raw.trim();
      return text.length > q.maxLength ? fail('too_long', `at most ${q.maxLength} characters`) : ok(text);
    }
    case 'date':
      if (typeof raw !== 'string') return fail('invalid_type', 'expected a date as YYYY-MM-DD');
      if (!isIsoDate(raw)) return fail('invalid_date', 'expected a date as YYYY-MM-DD');
      if ((q.min !== undefined && raw < q.min) || (q.max !== undefined && raw > q.max)) {
        return fail('out_of_range', `expected a date between ${q.min ?? '…'} and ${q.max ?? '…'}`);
      }
      return ok(raw);
    case 'contact':
      return checkContact(q, raw);
    case 'consent':
      return typeof raw === 'boolean' ? ok(raw) : fail('invalid_type', 'expected true or false');
  }
}

function checkScaleValue(raw: unknown, min: number, max: number): CheckResult {
  if (typeof raw !== 'number') return fail('invalid_type', 'expected a number');
  if (!Number.isInteger(raw) || raw < min || raw > max) {
    return fail('out_of_range', `expected a whole number from ${min} to ${max}`);
  }
  return ok(raw);
}

/** The respondent's own text for "other": trimmed, at most 500 characters; '' means none. */
function checkOther(raw: unknown): string | CheckResult {
  if (raw === undefined || raw === null) return '';
  if (typeof raw !== 'string') return fail('invalid_type', 'expected text for "other"');
  const other = raw.trim();
  return other.length > MAX_OTHER_LENGTH ? fail('too_long', `at most ${MAX_OTHER_LENGTH} characters`) : other;
}

function checkMultipleChoice(q: Extract<Question, { type: 'multiple_choice' }>, raw: unknown): CheckResult {
  if (!isObject(raw) || !Array.isArray(raw.picks) || raw.picks.some((id) => typeof id !== 'string')) {
    return fail('invalid_type', 'expected {picks: option ids, other?: text}');
  }
  const picks = raw.picks as string[];
  const unknown = picks.filter((id) => !q.options.some((o) => o.id === id))[0];
  if (unknown !== undefined) return fail('unknown_option', `unknown option ${unknown}`);
  if (picks.some((id, i) => picks.indexOf(id) !== i))
    return fail('invalid_type', 'an option is picked twice');
  const other = checkOther(raw.other);
  if (typeof other !== 'string') return other;
  if (other !== '' && !q.other) return fail('unknown_option', 'this question has no "other" option');
  const count = picks.length + (other !== '' ? 1 : 0);
  if (count === 0) return ok(undefined);
  if (q.minPicks !== undefined && count < q.minPicks) return fail('too_few', `pick at least ${q.minPicks}`);
  if (q.maxPicks !== undefined && count > q.maxPicks) return fail('too_many', `pick at most ${q.maxPicks}`);
  return ok(other !== '' ? { picks: picks.slice(), other } : { picks: picks.slice() });
}

function checkContact(q: Extract<Question, { type: 'contact' }>, raw: unknown): CheckResult {
  if (!isObject(raw)) return fail('invalid_type', 'expected {email?, phone?}');
  const field = (key: 'email' | 'phone'): string | CheckResult => {
    const v = hasOwn(raw, key) ? raw[key] : undefined;
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') return fail('invalid_type', `expected text for ${key}`);
    if (v.trim() !== '' && !q[key]) return fail('invalid_type', `this question does not ask for ${key}`);
    return v.trim();
  };
  const email = field('email');
  if (typeof email !== 'string') return email;
  const phone = field('phone');
  if (typeof phone !== 'string') return phone;
  if (email !== '' && (email.length > 254 || !EMAIL.test(email)))
    return fail('invalid_email', 'not an email');
  if (phone !== '' && !PHONE.test(phone)) return fail('invalid_phone', 'not a phone number');
  const value: { email?: string; phone?: string } = {};
  if (email !== '') value.email = email;
  if (phone !== '') value.phone = phone;
  return ok(email !== '' || phone !== '' ? value : undefined);
}
