// The one mapping between the survey page's HTML form fields and answers. The server reads a
// no-JavaScript form post with it, the page's script reads FormData with it, and the renderer
// writes (prefills) the fields with it. Zod-free: the browser script bundles this file.
//
// readAnswers returns RAW values in the answer shapes of definition.ts; checkAnswer and
// validateSubmission then judge them. It never throws: a form post is untrusted input.
import type { Question } from './questions';

/** The form's own fields, beside the answers. */
export const FORM_FIELDS = {
  /** The response's idempotency key. */
  session: '_s',
  /** The page the form was showing. */
  page: '_p',
  language: '_l',
  /** The button pressed: one of NAV_ACTIONS. */
  nav: '_nav',
  /** A honeypot: people never fill it in, some bots do. */
  honeypot: 'website',
} as const;
export const NAV_ACTIONS = ['next', 'back', 'email_resume'] as const;
export type NavAction = (typeof NAV_ACTIONS)[number];

/** The value of a choice question's "other" radio or checkbox (ids start with a letter). */
export const OTHER = '__other';

export const fieldName = (q: Question, part?: string): string =>
  part === undefined ? `q.${q.id}` : `q.${q.id}.${part}`;

/** Every form field name a question may send. */
export function fieldNames(q: Question): string[] {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return [fieldName(q), fieldName(q, 'other')];
    case 'ranking':
      return q.options.map((o) => fieldName(q, o.id));
    case 'matrix':
      return q.rows.map((r) => fieldName(q, r.id));
    case 'importance_performance':
      return [fieldName(q, 'importance'), fieldName(q, 'performance')];
    case 'contact':
      return [fieldName(q, 'email'), fieldName(q, 'phone')];
    default:
      return [fieldName(q)];
  }
}

/** A get() over an application/x-www-form-urlencoded body, for the server's no-JS form posts. */
export function urlEncodedGetter(body: string): (name: string) => string[] {
  const params = new URLSearchParams(body);
  return (name) => params.getAll(name);
}

type Get = (name: string) => string[];

/** Raw answers by question id for `questions`; a question with nothing filled in is left out. */
export function readAnswers(questions: readonly Question[], get: Get): Record<string, unknown> {
  const values: Get = (name) => {
    const got: unknown = get(name);
    return Array.isArray(got) ? got.filter((v): v is string => typeof v === 'string') : [];
  };
  const answers: Record<string, unknown> = {};
  for (const q of questions) {
    const value = readOne(q, values);
    if (value !== undefined) answers[q.id] = value;
  }
  return answers;
}

const first = (get: Get, name: string): string => {
  const v = get(name).filter((s) => s.trim() !== '')[0];
  return v === undefined ? '' : v;
};

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number typed as text ("3", "-2.5", "3,5"); anything else stays text for checkAnswer to refuse. */
export function parseNumber(text: string): number | string | undefined {
  let t = text.trim();
  if (t === '') return undefined;
  if (t.indexOf('.') < 0 && t.split(',').length === 2) t = t.replace(',', '.');
  if (!NUMBER.test(t)) return text;
  const n = Number(t);
  return isFinite(n) ? n : text;
}

function readOne(q: Question, get: Get): unknown {
  switch (q.type) {
    case 'nps':
    case 'rating':
    case 'csat':
    case 'ces':
    case 'number':
      return parseNumber(first(get, fieldName(q)));
    case 'text':
    case 'date':
    case 'dropdown': {
      const v = first(get, fieldName(q));
      return v === '' ? undefined : v;
    }
    case 'single_choice': {
      const picked = get(fieldName(q)).filter((v) => v !== '' && v !== OTHER)[0];
      if (picked !== undefined) return picked;
      const other = first(get, fieldName(q, 'other'));
      return other === '' ? undefined : { other };
    }
    case 'multiple_choice': {
      const given = get(fieldName(q));
      const order = (id: string) => {
        const i = q.options.map((o) => o.id).indexOf(id);
        return i < 0 ? q.options.length : i;
      };
      const picks = given
        .filter((v, i) => v !== '' && v !== OTHER && given.indexOf(v) === i)
        .sort((a, b) => order(a) - order(b));
      const other = first(get, fieldName(q, 'other'));
      if (picks.length === 0 && other === '') return undefined;
      return other === '' ? { picks } : { picks, other };
    }
    case 'ranking':
      return readRanking(q, get);
    case 'matrix': {
      const value: Record<string, unknown> = {};
      for (const row of q.rows) {
        const v = parseNumber(first(get, fieldName(q, row.id)));
        if (v !== undefined) value[row.id] = v;
      }
      return Object.keys(value).length > 0 ? value : undefined;
    }
    case 'importance_performance': {
      const importance = parseNumber(first(get, fieldName(q, 'importance')));
      const performance = parseNumber(first(get, fieldName(q, 'performance')));
      if (importance === undefined && performance === undefined) return undefined;
      const value: Record<string, unknown> = {};
      if (importance !== undefined) value.importance = importance;
      if (performance !== undefined) value.performance = performance;
      return value;
    }
    case 'contact': {
      const value: Record<string, string> = {};
      const email = first(get, fieldName(q, 'email'));
      const phone = first(get, fieldName(q, 'phone'));
      if (email !== '') value.email = email;
      if (phone !== '') value.phone = phone;
      return Object.keys(value).length > 0 ? value : undefined;
    }
    case 'consent': {
      const v = first(get, fieldName(q));
      return v === '' ? undefined : v === 'yes' ? true : v === 'no' ? false : v;
    }
  }
}

/**
 * Ranks 1..n per option become option ids, first choice first. Options without a valid rank, or
 * sharing one, are left out: checkAnswer then says "rank every option" (too_few).
 */
function readRanking(q: Extract<Question, { type: 'ranking' }>, get: Get): string[] | undefined {
  const n = q.options.length;
  const byRank: Record<number, string[]> = {};
  for (const o of q.options) {
    const rank = parseNumber(first(get, fieldName(q, o.id)));
    if (typeof rank !== 'number' || rank % 1 !== 0 || rank < 1 || rank > n) continue;
    (byRank[rank] = byRank[rank] || []).push(o.id);
  }
  const ids: string[] = [];
  for (let rank = 1; rank <= n; rank++) {
    const at = byRank[rank];
    if (at && at.length === 1) ids.push(at[0] as string);
  }
  return ids.length > 0 ? ids : undefined;
}

/**
 * The fields a form shows for an answer, as [name, value] pairs: what a browser would send back
 * (checked radios and boxes, selected options, typed text). Tolerates any value: a raw answer the
 * server refused is written back as it was typed, so the respondent can correct it.
 */
export function writeFields(q: Question, value: unknown): [string, string][] {
  if (value === undefined || value === null) return [];
  const text = (v: unknown) =>
    typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : typeof v === 'string' ? v : '';
  const obj = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined);
  const pairs: [string, string][] = [];
  const add = (name: string, v: unknown) => {
    const s = text(v);
    if (s !== '') pairs.push([name, s]);
  };
  switch (q.type) {
    case 'single_choice':
      if (typeof value === 'string') add(fieldName(q), value);
      else if (text(own('other')) !== '') {
        add(fieldName(q), OTHER);
        add(fieldName(q, 'other'), own('other'));
      }
      break;
    case 'multiple_choice': {
      const picks = own('picks');
      if (Array.isArray(picks)) for (const p of picks) add(fieldName(q), p);
      if (text(own('other')) !== '') {
        add(fieldName(q), OTHER);
        add(fieldName(q, 'other'), own('other'));
      }
      break;
    }
    case 'ranking':
      if (Array.isArray(value))
        value.forEach((id, i) => {
          if (typeof id === 'string' && q.options.some((o) => o.id === id)) add(fieldName(q, id), i + 1);
        });
      break;
    case 'matrix':
      for (const row of q.rows) add(fieldName(q, row.id), own(row.id));
      break;
    case 'importance_performance':
      add(fieldName(q, 'importance'), own('importance'));
      add(fieldName(q, 'performance'), own('performance'));
      break;
    case 'contact':
      add(fieldName(q, 'email'), own('email'));
      add(fieldName(q, 'phone'), own('phone'));
      break;
    case 'consent':
      if (value === true) add(fieldName(q), 'yes');
      break;
    default:
      add(fieldName(q), value);
  }
  return pairs;
}
