// Editing a survey draft without mutating it: every operation returns a new definition (or the
// same one when nothing can change), so the builder keeps one immutable draft in state and undo is
// just putting an old value back. Pure: no React, no zod.
import type { LocalizedText, Page, Question, SurveyDefinition } from '../../../../common/survey/definition';

/** Where a question sits: page index and index within that page. */
export interface Position {
  page: number;
  index: number;
}

export interface Found {
  at: Position;
  question: Question;
}

const ID_MAX = 40;

/** `prefix_1`, `prefix_2`… the first not in `taken`; the prefix is made id-safe (a-z, 0-9, _). */
export function uniqueId(prefix: string, taken: ReadonlySet<string>): string {
  let clean = prefix.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  if (!/^[a-z]/.test(clean)) clean = `q${clean}`;
  for (let n = 1; ; n++) {
    const suffix = `_${n}`;
    const id = clean.slice(0, ID_MAX - suffix.length) + suffix;
    if (!taken.has(id)) return id;
  }
}

export const questionIds = (def: SurveyDefinition): Set<string> =>
  new Set(def.pages.flatMap((p) => p.questions.map((q) => q.id)));

export function findQuestion(def: SurveyDefinition, id: string): Found | null {
  for (let page = 0; page < def.pages.length; page++) {
    const index = def.pages[page]!.questions.findIndex((q) => q.id === id);
    if (index >= 0) return { at: { page, index }, question: def.pages[page]!.questions[index]! };
  }
  return null;
}

function withPage(def: SurveyDefinition, page: number, fn: (p: Page) => Page): SurveyDefinition {
  return { ...def, pages: def.pages.map((p, i) => (i === page ? fn(p) : p)) };
}

/** Moves one item of a list; indexes out of range leave it as it is. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function updateQuestion(
  def: SurveyDefinition,
  id: string,
  fn: (q: Question) => Question,
): SurveyDefinition {
  const found = findQuestion(def, id);
  if (!found) return def;
  return withPage(def, found.at.page, (p) => ({
    ...p,
    questions: p.questions.map((q) => (q.id === id ? fn(q) : q)),
  }));
}

/** Puts a question at a position (the index is clamped to the page's length). */
export function insertQuestion(def: SurveyDefinition, question: Question, at: Position): SurveyDefinition {
  if (at.page < 0 || at.page >= def.pages.length) return def;
  return withPage(def, at.page, (p) => {
    const questions = [...p.questions];
    questions.splice(Math.max(0, Math.min(at.index, questions.length)), 0, question);
    return { ...p, questions };
  });
}

export function addQuestion(def: SurveyDefinition, question: Question, page: number): SurveyDefinition {
  return insertQuestion(def, question, { page, index: Number.MAX_SAFE_INTEGER });
}

/** Takes a question out; `removed` says where it was, to put it back on undo. */
export function removeQuestion(
  def: SurveyDefinition,
  id: string,
): { def: SurveyDefinition; removed: Found } | null {
  const found = findQuestion(def, id);
  if (!found) return null;
  const next = withPage(def, found.at.page, (p) => ({
    ...p,
    questions: p.questions.filter((q) => q.id !== id),
  }));
  return { def: next, removed: found };
}

/** Moves a question to a position given as in the draft without it (what a drop target means). */
export function moveQuestion(def: SurveyDefinition, id: string, to: Position): SurveyDefinition {
  const taken = removeQuestion(def, id);
  if (!taken || to.page < 0 || to.page >= def.pages.length) return def;
  const { page, index } = taken.removed.at;
  if (page === to.page && index === to.index) return def;
  return insertQuestion(taken.def, taken.removed.question, to);
}

/**
 * Where one step up (-1) or down (+1) takes a question: within its page, or across the edge to
 * the end of the page before / the start of the page after. Null at the very top or bottom.
 */
export function stepTarget(def: SurveyDefinition, id: string, delta: -1 | 1): Position | null {
  const found = findQuestion(def, id);
  if (!found) return null;
  const { page, index } = found.at;
  const count = def.pages[page]!.questions.length;
  if (delta < 0) {
    if (index > 0) return { page, index: index - 1 };
    if (page === 0) return null;
    return { page: page - 1, index: def.pages[page - 1]!.questions.length };
  }
  if (index < count - 1) return { page, index: index + 1 };
  if (page === def.pages.length - 1) return null;
  return { page: page + 1, index: 0 };
}

export function stepQuestion(def: SurveyDefinition, id: string, delta: -1 | 1): SurveyDefinition {
  const to = stepTarget(def, id, delta);
  return to ? moveQuestion(def, id, to) : def;
}

/** A new page holding the given questions (a valid page needs at least one), added at the end. */
export function addPage(def: SurveyDefinition, questions: Question[]): SurveyDefinition {
  const id = uniqueId('page', new Set(def.pages.map((p) => p.id)));
  return { ...def, pages: [...def.pages, { id, questions }] };
}

export function removePage(def: SurveyDefinition, page: number): SurveyDefinition {
  if (def.pages.length <= 1 || page < 0 || page >= def.pages.length) return def;
  return { ...def, pages: def.pages.filter((_, i) => i !== page) };
}

export function movePage(def: SurveyDefinition, from: number, to: number): SurveyDefinition {
  const pages = moveItem(def.pages, from, to);
  return from === to ? def : { ...def, pages };
}

export function updatePage(def: SurveyDefinition, page: number, fn: (p: Page) => Page): SurveyDefinition {
  return page >= 0 && page < def.pages.length ? withPage(def, page, fn) : def;
}

/**
 * Sets one language's text. An empty text in another language is dropped (the page falls back to
 * the default language); an optional text with nothing left becomes undefined; a required one
 * keeps the default language's key, even empty, so the draft says what is missing.
 */
export function setText(
  text: LocalizedText | undefined,
  lang: string,
  value: string,
  defaultLanguage: string,
  optional = false,
): LocalizedText | undefined {
  const next: LocalizedText = { ...text };
  if (value === '' && (lang !== defaultLanguage || optional)) delete next[lang];
  else next[lang] = value;
  if (optional && Object.values(next).every((v) => v.trim() === '')) return undefined;
  return next;
}

/** The keys under which a definition holds localized text. */
const TEXT_KEYS = new Set([
  'title',
  'description',
  'label',
  'message',
  'importanceLabel',
  'performanceLabel',
]);

/** A copy of any part of a definition with one language's texts taken out of every localized text. */
function withoutLanguage<T>(value: T, lang: string): T {
  if (Array.isArray(value)) return value.map((v: unknown) => withoutLanguage(v, lang)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (TEXT_KEYS.has(key) && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const text: LocalizedText = { ...(v as LocalizedText) };
      delete text[lang];
      out[key] = text;
    } else {
      out[key] = withoutLanguage(v, lang);
    }
  }
  return out as T;
}

export function addLanguage(def: SurveyDefinition, lang: string): SurveyDefinition {
  return def.languages.includes(lang) ? def : { ...def, languages: [...def.languages, lang] };
}

/** Removes a language and its texts everywhere; the default language cannot be removed. */
export function removeLanguage(def: SurveyDefinition, lang: string): SurveyDefinition {
  if (lang === def.defaultLanguage || !def.languages.includes(lang)) return def;
  const stripped = withoutLanguage(def, lang);
  return { ...stripped, languages: def.languages.filter((l) => l !== lang) };
}

export function setDefaultLanguage(def: SurveyDefinition, lang: string): SurveyDefinition {
  return { ...addLanguage(def, lang), defaultLanguage: lang };
}

export function addHiddenField(def: SurveyDefinition, name: string): SurveyDefinition {
  if (def.hiddenFields.some((h) => h.name === name)) return def;
  return { ...def, hiddenFields: [...def.hiddenFields, { name }] };
}

export function removeHiddenField(def: SurveyDefinition, name: string): SurveyDefinition {
  return { ...def, hiddenFields: def.hiddenFields.filter((h) => h.name !== name) };
}

/** A new ending titled in the default language; its condition is set in the logic editor. */
export function addEnding(def: SurveyDefinition, title: string): SurveyDefinition {
  const id = uniqueId('ending', new Set(def.endings.map((e) => e.id)));
  return { ...def, endings: [...def.endings, { id, title: { [def.defaultLanguage]: title } }] };
}

export function removeEnding(def: SurveyDefinition, id: string): SurveyDefinition {
  if (def.endings.length <= 1) return def;
  return { ...def, endings: def.endings.filter((e) => e.id !== id) };
}
