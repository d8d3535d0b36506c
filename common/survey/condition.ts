// Evaluating one condition against the answers and hidden fields. No survey walk here: logic.ts
// decides which answers count (the effective answers) before it asks.
import type { Condition, ConditionOp, ConditionValue, LogicContext } from './definition';

/** An own property only: ids such as `constructor` must not read Object.prototype. */
export function own<T>(record: Record<string, T> | undefined | null, key: string): T | undefined {
  return record != null && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Empty text, no picks, an empty object or null are not answers; `false` (consent) and 0 are. */
export function isAnswered(value: unknown): boolean {
  if (!isObject(value)) return isAnsweredLeaf(value);
  if (Array.isArray(value.picks)) return value.picks.length > 0 || isAnsweredLeaf(value.other);
  return Object.keys(value).some((k) => isAnsweredLeaf(value[k]));
}

/** One level only: raw input may nest deeply, and a nested object is never a valid part anyway. */
function isAnsweredLeaf(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return isFinite(value);
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'boolean' || typeof value === 'object';
}

export function evaluateCondition(cond: Condition, ctx: LogicContext): boolean {
  if ('all' in cond) return cond.all.every((c) => evaluateCondition(c, ctx));
  if ('any' in cond) return cond.any.some((c) => evaluateCondition(c, ctx));
  if ('not' in cond) return !evaluateCondition(cond.not, ctx);
  if ('question' in cond) return compare(own(ctx.answers, cond.question), cond.op, cond.value);
  return compare(own(ctx.hidden, cond.hidden), cond.op, cond.value);
}

function compare(answer: unknown, op: ConditionOp, value: ConditionValue | undefined): boolean {
  const answered = isAnswered(answer);
  if (op === 'answered') return answered;
  if (op === 'not_answered') return !answered;
  if (!answered || value === undefined) return op === 'neq' && !answered;
  if (op === 'eq') return equals(answer, value);
  if (op === 'neq') return !equals(answer, value);
  if (op === 'includes') return includes(answer, value);
  if (op === 'excludes') return !includes(answer, value);
  const d = order(answer, value);
  if (d === null) return false;
  return op === 'lt' ? d < 0 : op === 'lte' ? d <= 0 : op === 'gt' ? d > 0 : d >= 0;
}

const toNumber = (v: unknown): number =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;

function equals(answer: unknown, value: ConditionValue): boolean {
  if (typeof answer === 'number' || typeof value === 'number') return toNumber(answer) === toNumber(value);
  if (typeof answer === 'string') return answer === String(value);
  return answer === value;
}

/** Numbers compare numerically (a hidden "12" with 9), two strings (dates) as text. */
function order(answer: unknown, value: ConditionValue): number | null {
  if (typeof answer === 'number' || typeof value === 'number') {
    const a = toNumber(answer);
    const v = toNumber(value);
    return isNaN(a) || isNaN(v) ? null : a - v;
  }
  if (typeof answer === 'string' && typeof value === 'string')
    return answer < value ? -1 : answer > value ? 1 : 0;
  return null;
}

/** A multi-choice includes an option id; a text contains the value, ignoring case. */
function includes(answer: unknown, value: ConditionValue): boolean {
  const v = String(value);
  if (typeof answer === 'string') return answer.toLowerCase().indexOf(v.toLowerCase()) >= 0;
  if (Array.isArray(answer)) return answer.indexOf(v) >= 0;
  if (isObject(answer) && Array.isArray(answer.picks)) return answer.picks.indexOf(v) >= 0;
  return false;
}
