// The one logic engine of a survey, used by the survey page and by the server alike.
//
// Logic reads the *effective* answers: walking the pages from the first, a question counts only
// if it is visible (its displayIf holds on the effective answers before it) and its page is on
// the path. A stale answer to a question the respondent can no longer see therefore changes
// nothing, and the server's cleaning (validate-answers.ts) agrees with what the page showed.
import { evaluateCondition, isAnswered, isObject, own } from './condition';
import type {
  AnswerValue,
  Answers,
  LocalizedText,
  LogicContext,
  Page,
  Question,
  SurveyDefinition,
} from './definition';
import { placeholderPattern } from './scales';

export { evaluateCondition, isAnswered, own } from './condition';

/** Turns a raw value into the answer logic keeps, or undefined to leave the question unanswered. */
export type AdmitAnswer = (question: Question, raw: unknown) => AnswerValue | undefined;
const admitAnswered: AdmitAnswer = (_q, raw) => (isAnswered(raw) ? (raw as AnswerValue) : undefined);

export interface SurveyWalk {
  /** Page ids in the order the respondent sees them. */
  pages: string[];
  ending: string;
  /** The visible questions of each page on the path. */
  visible: Map<string, Question[]>;
  /** The effective answers: visible questions on the path only. */
  answers: Answers;
}

/** Walks the survey from the first page. validateSubmission passes its own `admit` to check values. */
export function walkSurvey(
  def: SurveyDefinition,
  raw: Record<string, unknown>,
  hidden: Record<string, string>,
  admit: AdmitAnswer = admitAnswered,
): SurveyWalk {
  const ctx: LogicContext = { answers: {}, hidden };
  const pages: string[] = [];
  const visible = new Map<string, Question[]>();
  let index = 0;
  let page = def.pages[0];
  while (page) {
    pages.push(page.id);
    visible.set(page.id, admitPage(page, raw, ctx, admit));
    const step = stepFrom(def, index, ctx);
    if ('end' in step) return { pages, ending: step.end, visible, answers: ctx.answers };
    index = step.index; // always forward, so the walk ends
    page = def.pages[index];
  }
  return { pages, ending: endingFor(def, ctx), visible, answers: ctx.answers };
}

function admitPage(
  page: Page,
  raw: Record<string, unknown>,
  ctx: LogicContext,
  admit: AdmitAnswer,
): Question[] {
  const shown: Question[] = [];
  for (const q of page.questions) {
    if (q.displayIf && !evaluateCondition(q.displayIf, ctx)) continue;
    shown.push(q);
    const value = admit(q, own(raw, q.id));
    if (value !== undefined) ctx.answers[q.id] = value;
  }
  return shown;
}

function indexOfPage(def: SurveyDefinition, pageId: string): number {
  for (let i = 0; i < def.pages.length; i++) if (def.pages[i]?.id === pageId) return i;
  return -1;
}

function stepFrom(
  def: SurveyDefinition,
  index: number,
  ctx: LogicContext,
): { index: number } | { end: string } {
  for (const jump of def.pages[index]?.jumps ?? []) {
    if (!evaluateCondition(jump.if, ctx)) continue;
    if ('page' in jump.to) {
      const target = indexOfPage(def, jump.to.page);
      if (target > index) return { index: target };
    } else {
      const end = jump.to.end;
      if (def.endings.some((e) => e.id === end)) return { end };
    }
  }
  return index + 1 < def.pages.length ? { index: index + 1 } : { end: endingFor(def, ctx) };
}

function endingFor(def: SurveyDefinition, ctx: LogicContext): string {
  const matched = def.endings.filter((e) => e.if && evaluateCondition(e.if, ctx))[0];
  const fallback = def.endings.filter((e) => !e.if)[0] ?? def.endings[0];
  return (matched ?? fallback)?.id ?? '';
}

const walk = (def: SurveyDefinition, ctx: LogicContext) => walkSurvey(def, ctx.answers, ctx.hidden);

/** The state after a page: its visible questions and the effective answers up to and including it. */
function pageState(def: SurveyDefinition, pageId: string, ctx: LogicContext) {
  const w = walk(def, ctx);
  const onPath = w.visible.get(pageId);
  if (onPath) return { visible: onPath, ctx: { answers: w.answers, hidden: ctx.hidden } };
  // A page off the path (an editor preview): read it on top of the path's answers.
  const local: LogicContext = { answers: { ...w.answers }, hidden: ctx.hidden };
  const page = def.pages[indexOfPage(def, pageId)];
  return { visible: page ? admitPage(page, ctx.answers, local, admitAnswered) : [], ctx: local };
}

/**
 * The questions of a page whose displayIf holds. Display logic only: whether the page is on the
 * respondent's path is pagePath's answer (a page off the path is read as if they reached it).
 */
export function visibleQuestions(def: SurveyDefinition, pageId: string, ctx: LogicContext): Question[] {
  return pageState(def, pageId, ctx).visible;
}

/** Display logic only, like visibleQuestions; false for an unknown id. */
export function isQuestionVisible(def: SurveyDefinition, questionId: string, ctx: LogicContext): boolean {
  const page = def.pages.filter((p) => p.questions.some((q) => q.id === questionId))[0];
  return !!page && visibleQuestions(def, page.id, ctx).some((q) => q.id === questionId);
}

/** Where the respondent goes after `pageId`: the first matching jump, else the next page, else an ending. */
export function nextStep(
  def: SurveyDefinition,
  pageId: string,
  ctx: LogicContext,
): { page: string } | { end: string } {
  const index = indexOfPage(def, pageId);
  const state = pageState(def, pageId, ctx);
  if (index < 0) return { end: endingFor(def, state.ctx) };
  const step = stepFrom(def, index, state.ctx);
  return 'end' in step ? step : { page: def.pages[step.index]?.id ?? '' };
}

/** The first ending whose `if` holds, else the default ending (without `if`), else the first one. */
export function chooseEnding(def: SurveyDefinition, ctx: LogicContext): string {
  return endingFor(def, { answers: walk(def, ctx).answers, hidden: ctx.hidden });
}

export function pagePath(def: SurveyDefinition, ctx: LogicContext): { pages: string[]; ending: string } {
  const w = walk(def, ctx);
  return { pages: w.pages, ending: w.ending };
}

/** The text in `language`, else in the survey's default language; empty translations fall back too. */
export function localize(
  text: LocalizedText | undefined,
  language: string,
  def: Pick<SurveyDefinition, 'defaultLanguage'>,
): string {
  const wanted = own(text, language);
  if (wanted) return wanted;
  return own(text, def.defaultLanguage) ?? '';
}

/** Replaces {{q:id}} with a readable answer and {{h:name}} with a hidden value. Plain text: escape it. */
export function pipe(text: string, ctx: LogicContext, def: SurveyDefinition, language: string): string {
  if (text.indexOf('{{') < 0) return text;
  const answers = walk(def, ctx).answers;
  return text.replace(placeholderPattern(), (_m, kind: string, name: string) => {
    if (kind === 'h')
      return def.hiddenFields.some((h) => h.name === name) ? (own(ctx.hidden, name) ?? '') : '';
    const question = findQuestion(def, name);
    return question ? readable(question, own(answers, name), def, language) : '';
  });
}

function findQuestion(def: SurveyDefinition, id: string): Question | undefined {
  for (const page of def.pages) for (const q of page.questions) if (q.id === id) return q;
  return undefined;
}

function readable(q: Question, value: unknown, def: SurveyDefinition, language: string): string {
  const texts = (list: { id: string; label: LocalizedText }[], ids: unknown[]) =>
    ids.map((id) => localize(list.filter((o) => o.id === id)[0]?.label, language, def));
  const join = (parts: unknown[]) => parts.filter((p) => typeof p === 'string' && p !== '').join(', ');
  switch (q.type) {
    case 'single_choice':
    case 'dropdown':
      if (typeof value === 'string') return join(texts(q.options, [value]));
      return isObject(value) ? join([value.other]) : '';
    case 'multiple_choice':
      if (!isObject(value) || !Array.isArray(value.picks)) return '';
      return join([...texts(q.options, value.picks), value.other]);
    case 'ranking':
      return Array.isArray(value) ? join(texts(q.options, value)) : '';
    case 'matrix': {
      if (!isObject(value)) return '';
      const rows = q.rows.filter((r) => typeof value[r.id] === 'number' && own(value, r.id) !== undefined);
      const scaleLabel = (v: unknown) =>
        localize(q.scale.filter((s) => s.value === v)[0]?.label, language, def);
      return join(rows.map((r) => `${localize(r.label, language, def)}: ${scaleLabel(value[r.id])}`));
    }
    case 'importance_performance':
      return isObject(value) ? `${String(value.importance)} / ${String(value.performance)}` : '';
    case 'contact':
      return isObject(value) ? join([value.email, value.phone]) : '';
    case 'consent':
      return '';
    default:
      return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
  }
}
