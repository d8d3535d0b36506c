// Every text of a survey a respondent reads, with a path made of ids (so it survives reordering),
// read and written by that path, and which ones a language still lacks.
import type { LocalizedText, Question, SurveyDefinition } from '../../../../../common/survey/definition';
import { placeholderPattern } from '../../../../../common/survey/scales';

export type StringKind =
  | 'pageTitle'
  | 'questionTitle'
  | 'questionDescription'
  | 'option'
  | 'matrixRow'
  | 'scaleLabel'
  | 'importanceLabel'
  | 'performanceLabel'
  | 'endingTitle'
  | 'endingMessage';

export interface SurveyString {
  /** `page:intro/title`, `question:nps/title`, `question:visit/option:takeaway`, `ending:thanks/message`… */
  path: string;
  kind: StringKind;
  /** The page (or ending) it belongs to, by index, for grouping on screen. */
  section: { kind: 'page' | 'ending'; index: number };
  /** The question it belongs to, if any. */
  questionId?: string;
  text: LocalizedText;
}

function questionStrings(q: Question, section: SurveyString['section']): SurveyString[] {
  const base = `question:${q.id}`;
  const s = (suffix: string, kind: StringKind, text: LocalizedText | undefined): SurveyString[] =>
    text ? [{ path: `${base}/${suffix}`, kind, section, questionId: q.id, text }] : [];
  const out = [
    ...s('title', 'questionTitle', q.title),
    ...s('description', 'questionDescription', q.description),
  ];
  if ('options' in q) for (const o of q.options) out.push(...s(`option:${o.id}`, 'option', o.label));
  if (q.type === 'matrix') {
    for (const r of q.rows) out.push(...s(`row:${r.id}`, 'matrixRow', r.label));
    for (const p of q.scale) out.push(...s(`scale:${p.value}`, 'scaleLabel', p.label));
  }
  if (q.type === 'importance_performance') {
    out.push(...s('importanceLabel', 'importanceLabel', q.importanceLabel));
    out.push(...s('performanceLabel', 'performanceLabel', q.performanceLabel));
  }
  return out;
}

/** Every localized text, in the order a respondent meets them, endings last. */
export function surveyStrings(def: SurveyDefinition): SurveyString[] {
  const out: SurveyString[] = [];
  def.pages.forEach((page, index) => {
    const section = { kind: 'page' as const, index };
    if (page.title) out.push({ path: `page:${page.id}/title`, kind: 'pageTitle', section, text: page.title });
    for (const q of page.questions) out.push(...questionStrings(q, section));
  });
  def.endings.forEach((ending, index) => {
    const section = { kind: 'ending' as const, index };
    out.push({ path: `ending:${ending.id}/title`, kind: 'endingTitle', section, text: ending.title });
    if (ending.message)
      out.push({ path: `ending:${ending.id}/message`, kind: 'endingMessage', section, text: ending.message });
  });
  return out;
}

export function getText(def: SurveyDefinition, path: string): LocalizedText | undefined {
  return surveyStrings(def).find((s) => s.path === path)?.text;
}

const hasText = (text: LocalizedText | undefined, language: string): boolean =>
  !!text && Object.prototype.hasOwnProperty.call(text, language) && (text[language] ?? '').trim() !== '';

/** Missing in `language`: there is a text in the default language but none (or only spaces) in this one. */
export function isMissing(s: SurveyString, def: SurveyDefinition, language: string): boolean {
  return hasText(s.text, def.defaultLanguage) && !hasText(s.text, language);
}

export function missingPaths(def: SurveyDefinition, language: string): string[] {
  return surveyStrings(def)
    .filter((s) => isMissing(s, def, language))
    .map((s) => s.path);
}

/** How many texts each language other than the default still lacks. */
export function missingCounts(def: SurveyDefinition): Record<string, number> {
  const strings = surveyStrings(def);
  const counts: Record<string, number> = {};
  for (const language of def.languages) {
    if (language === def.defaultLanguage) continue;
    counts[language] = strings.filter((s) => isMissing(s, def, language)).length;
  }
  return counts;
}

/** A translation that drops or invents a {{q:…}} / {{h:…}} placeholder would pipe the wrong thing. */
export function placeholdersDiffer(source: string, translation: string): boolean {
  const names = (s: string) => [...s.matchAll(placeholderPattern())].map((m) => `${m[1]}:${m[2]}`).sort();
  if (translation.trim() === '') return false;
  return names(source).join(' ') !== names(translation).join(' ');
}

/** `text` with `language` set to `value`; an empty value removes the language (it falls back to the default). */
function withLanguage(text: LocalizedText, language: string, value: string): LocalizedText {
  const { [language]: _old, ...rest } = text;
  return value === '' ? rest : { ...rest, [language]: value };
}

type Owner = { kind: 'page' | 'question' | 'ending'; id: string; field: string };

function parsePath(path: string): Owner | null {
  const m = /^(page|question|ending):([^/]+)\/(.+)$/.exec(path);
  return m ? { kind: m[1] as Owner['kind'], id: m[2]!, field: m[3]! } : null;
}

type Setter = (text: LocalizedText) => LocalizedText;

function setInQuestion(q: Question, field: string, set: Setter): Question {
  const [name, item] = field.split(':') as [string, string | undefined];
  switch (name) {
    case 'title':
      return { ...q, title: set(q.title) };
    case 'description':
      return q.description ? { ...q, description: set(q.description) } : q;
    case 'option':
      if (!('options' in q)) return q;
      return {
        ...q,
        options: q.options.map((o) => (o.id === item ? { ...o, label: set(o.label) } : o)),
      } as Question;
    case 'row':
      return q.type === 'matrix'
        ? { ...q, rows: q.rows.map((r) => (r.id === item ? { ...r, label: set(r.label) } : r)) }
        : q;
    case 'scale':
      return q.type === 'matrix'
        ? { ...q, scale: q.scale.map((s) => (String(s.value) === item ? { ...s, label: set(s.label) } : s)) }
        : q;
    case 'importanceLabel':
    case 'performanceLabel':
      return q.type === 'importance_performance' && q[name] ? { ...q, [name]: set(q[name]) } : q;
    default:
      return q;
  }
}

/** The definition with one text of one language changed; an unknown path changes nothing. */
export function setText(
  def: SurveyDefinition,
  path: string,
  language: string,
  value: string,
): SurveyDefinition {
  const owner = parsePath(path);
  if (!owner) return def;
  const set: Setter = (text) => withLanguage(text, language, value);
  switch (owner.kind) {
    case 'page':
      return {
        ...def,
        pages: def.pages.map((p) => (p.id === owner.id && p.title ? { ...p, title: set(p.title) } : p)),
      };
    case 'question':
      return {
        ...def,
        pages: def.pages.map((p) =>
          p.questions.some((q) => q.id === owner.id)
            ? {
                ...p,
                questions: p.questions.map((q) =>
                  q.id === owner.id ? setInQuestion(q, owner.field, set) : q,
                ),
              }
            : p,
        ),
      };
    case 'ending':
      return {
        ...def,
        endings: def.endings.map((e) => {
          if (e.id !== owner.id) return e;
          if (owner.field === 'title') return { ...e, title: set(e.title) };
          return e.message ? { ...e, message: set(e.message) } : e;
        }),
      };
  }
}
