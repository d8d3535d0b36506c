// Answers made readable with the version they were given against: option labels instead of ids, a
// matrix as rows, a ranking in order, both halves of importance/performance. No React here.
import type { LogicContext, Question, SurveyDefinition } from '../../../../common/survey/definition';
import { isAnswered, localize, own, pipe } from '../../../../common/survey/logic';
import { scaleOf } from '../../../../common/survey/scales';

export type FormattedAnswer =
  | { kind: 'number'; value: number; scale: { min: number; max: number } | null }
  | { kind: 'choices'; labels: string[]; other: string | null }
  | { kind: 'ranking'; labels: string[] }
  | { kind: 'matrix'; rows: { label: string; value: number | null; valueLabel: string | null }[] }
  | {
      kind: 'importancePerformance';
      importance: number;
      performance: number;
      max: number;
      /** The question's own wording, else null for the console's. */
      importanceLabel: string | null;
      performanceLabel: string | null;
    }
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: string }
  | { kind: 'contact'; email: string | null; phone: string | null }
  | { kind: 'consent'; given: boolean }
  /** A value that does not fit its question (an old or hand-made response): shown as JSON. */
  | { kind: 'raw'; json: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The console's language when the survey is written in it, else the survey's default language. */
export function answerLanguage(def: SurveyDefinition, consoleLanguage: string): string {
  return def.languages.includes(consoleLanguage) ? consoleLanguage : def.defaultLanguage;
}

const raw = (value: unknown): FormattedAnswer => ({
  kind: 'raw',
  json: JSON.stringify(value) ?? String(value),
});

export function formatAnswer(
  q: Question,
  value: unknown,
  def: SurveyDefinition,
  language: string,
): FormattedAnswer {
  const label = (list: { id: string; label: Record<string, string> }[], id: string) => {
    const found = list.find((o) => o.id === id);
    return found ? localize(found.label, language, def) || id : id;
  };
  switch (q.type) {
    case 'nps':
    case 'rating':
    case 'csat':
    case 'ces':
    case 'number':
      return typeof value === 'number' ? { kind: 'number', value, scale: scaleOf(q) } : raw(value);
    case 'single_choice':
    case 'dropdown':
      if (typeof value === 'string')
        return { kind: 'choices', labels: [label(q.options, value)], other: null };
      if (isRecord(value) && typeof value.other === 'string')
        return { kind: 'choices', labels: [], other: value.other };
      return raw(value);
    case 'multiple_choice': {
      if (!isRecord(value) || !Array.isArray(value.picks)) return raw(value);
      const picks = value.picks.filter((p): p is string => typeof p === 'string');
      const other = typeof value.other === 'string' && value.other.trim() !== '' ? value.other : null;
      return { kind: 'choices', labels: picks.map((id) => label(q.options, id)), other };
    }
    case 'ranking':
      if (!Array.isArray(value)) return raw(value);
      return { kind: 'ranking', labels: value.map((id) => label(q.options, String(id))) };
    case 'matrix': {
      if (!isRecord(value)) return raw(value);
      const rows = q.rows.map((r) => {
        const v = own(value, r.id);
        const point = typeof v === 'number' ? q.scale.find((s) => s.value === v) : undefined;
        return {
          label: localize(r.label, language, def) || r.id,
          value: typeof v === 'number' ? v : null,
          valueLabel: point ? localize(point.label, language, def) || null : null,
        };
      });
      return { kind: 'matrix', rows };
    }
    case 'importance_performance':
      if (!isRecord(value) || typeof value.importance !== 'number' || typeof value.performance !== 'number')
        return raw(value);
      return {
        kind: 'importancePerformance',
        importance: value.importance,
        performance: value.performance,
        max: q.points,
        importanceLabel: q.importanceLabel ? localize(q.importanceLabel, language, def) || null : null,
        performanceLabel: q.performanceLabel ? localize(q.performanceLabel, language, def) || null : null,
      };
    case 'text':
      return typeof value === 'string' ? { kind: 'text', text: value } : raw(value);
    case 'date':
      return typeof value === 'string' ? { kind: 'date', date: value } : raw(value);
    case 'contact': {
      if (!isRecord(value)) return raw(value);
      const field = (k: string) =>
        typeof value[k] === 'string' && value[k] !== '' ? (value[k] as string) : null;
      return { kind: 'contact', email: field('email'), phone: field('phone') };
    }
    case 'consent':
      return typeof value === 'boolean' ? { kind: 'consent', given: value } : raw(value);
  }
}

export interface AnswerItem {
  /** The question id, also for answers to questions the version does not have. */
  id: string;
  /** Q1, Q2… in the version's order; null for an unknown question. */
  number: number | null;
  /** The title in `language`, with {{q:…}} / {{h:…}} filled in from this response. */
  title: string;
  answer: FormattedAnswer;
}

/** The answered questions in the version's order, then any answers the version does not know. */
export function answerItems(
  def: SurveyDefinition,
  answers: Record<string, unknown>,
  hidden: Record<string, string>,
  language: string,
): AnswerItem[] {
  const ctx = { answers, hidden } as LogicContext;
  const items: AnswerItem[] = [];
  const known = new Set<string>();
  let number = 0;
  for (const page of def.pages) {
    for (const q of page.questions) {
      number++;
      known.add(q.id);
      const value = own(answers, q.id);
      if (!isAnswered(value)) continue;
      const title = pipe(localize(q.title, language, def), ctx, def, language) || q.id;
      items.push({ id: q.id, number, title, answer: formatAnswer(q, value, def, language) });
    }
  }
  for (const id of Object.keys(answers)) {
    if (!known.has(id) && isAnswered(answers[id]))
      items.push({ id, number: null, title: id, answer: raw(answers[id]) });
  }
  return items;
}

export interface PageTime {
  pageId: string;
  /** 1… in the version's order; null for a page the version does not have. */
  number: number | null;
  title: string | null;
  seconds: number;
}

/** Seconds per page, in the version's page order. */
export function pageTimes(
  def: SurveyDefinition | undefined,
  pageSeconds: Record<string, number>,
  language: string,
): PageTime[] {
  const pages = def?.pages ?? [];
  const times: PageTime[] = [];
  pages.forEach((page, i) => {
    const seconds = own(pageSeconds, page.id);
    if (typeof seconds !== 'number') return;
    const title = page.title && def ? localize(page.title, language, def) || null : null;
    times.push({ pageId: page.id, number: i + 1, title, seconds });
  });
  for (const [pageId, seconds] of Object.entries(pageSeconds)) {
    if (!pages.some((p) => p.id === pageId)) times.push({ pageId, number: null, title: null, seconds });
  }
  return times;
}

/** 75 → {minutes: 1, seconds: 15}; rounded to whole seconds. */
export function splitSeconds(total: number): { minutes: number; seconds: number } {
  const s = Math.max(0, Math.round(total));
  return { minutes: Math.floor(s / 60), seconds: s % 60 };
}
