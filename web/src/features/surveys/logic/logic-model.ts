// The logic editor's rules, without React: which questions a condition may read at a given place,
// which operators and values fit a question type (the same rules as common/survey/definition-checks.ts,
// so the editor only offers what the server accepts), and a condition read out as a sentence.
import type {
  Condition,
  ConditionOp,
  ConditionValue,
  Question,
  SurveyDefinition,
} from '../../../../../common/survey/definition';
import { localize } from '../../../../../common/survey/logic';
import { isIsoDate, scaleOf } from '../../../../../common/survey/scales';

export type QuestionLeaf = Extract<Condition, { question: string }>;
export type HiddenLeaf = Extract<Condition, { hidden: string }>;
export type Leaf = QuestionLeaf | HiddenLeaf;

export const isLeaf = (c: Condition): c is Leaf => 'op' in c;

/** A question with where it sits: page index, index on the page, and its number in the survey (1…). */
export interface QuestionRef {
  question: Question;
  page: number;
  index: number;
  number: number;
}

export function questionRefs(def: SurveyDefinition): QuestionRef[] {
  const refs: QuestionRef[] = [];
  def.pages.forEach((page, p) =>
    page.questions.forEach((question, index) =>
      refs.push({ question, page: p, index, number: refs.length + 1 }),
    ),
  );
  return refs;
}

/** Where a condition sits; that decides what it may read. */
export type Place =
  { kind: 'question'; page: number; index: number } | { kind: 'jump'; page: number } | { kind: 'ending' };

/**
 * Display logic reads questions before it, a page's jumps read that page and earlier ones, endings
 * read anything: logic never loops and always reads an answer that can exist already.
 */
export function mayReference(ref: Pick<QuestionRef, 'page' | 'index'>, place: Place): boolean {
  switch (place.kind) {
    case 'question':
      return ref.page < place.page || (ref.page === place.page && ref.index < place.index);
    case 'jump':
      return ref.page <= place.page;
    case 'ending':
      return true;
  }
}

export function referencableQuestions(def: SurveyDefinition, place: Place): QuestionRef[] {
  return questionRefs(def).filter((ref) => mayReference(ref, place));
}

const ORDER_OPS: ConditionOp[] = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'];
const PRESENCE_OPS: ConditionOp[] = ['answered', 'not_answered'];

export const opTakesValue = (op: ConditionOp): boolean => op !== 'answered' && op !== 'not_answered';

/** What the value input of a condition on this question is. */
export type ValueKind = 'number' | 'date' | 'option' | 'text' | 'boolean' | 'none';

export function valueKindOf(q: Question): ValueKind {
  switch (q.type) {
    case 'nps':
    case 'rating':
    case 'csat':
    case 'ces':
    case 'number':
      return 'number';
    case 'date':
      return 'date';
    case 'single_choice':
    case 'dropdown':
    case 'multiple_choice':
      return 'option';
    case 'text':
      return 'text';
    case 'consent':
      return 'boolean';
    default:
      // Ranking, matrix, importance/performance and contact: only "answered" or not.
      return 'none';
  }
}

/** The operators definition-checks.ts accepts for this question type, in the order the menu lists them. */
export function opsForQuestion(q: Question): ConditionOp[] {
  switch (q.type) {
    case 'multiple_choice':
      return ['includes', 'excludes', ...PRESENCE_OPS];
    case 'single_choice':
    case 'dropdown':
    case 'consent':
      return ['eq', 'neq', ...PRESENCE_OPS];
    case 'text':
      return ['includes', 'excludes', 'eq', 'neq', ...PRESENCE_OPS];
    default:
      return valueKindOf(q) === 'none' ? PRESENCE_OPS : [...ORDER_OPS, ...PRESENCE_OPS];
  }
}

/** Hidden fields are text from the link: compared as text, or as numbers when the value is one. */
export const HIDDEN_OPS: ConditionOp[] = [
  'eq',
  'neq',
  'includes',
  'excludes',
  'lt',
  'lte',
  'gt',
  'gte',
  'answered',
  'not_answered',
];

/** How an operator reads depends on what it compares: "is at most 6", "is before 2026-03-01", "contains". */
export type OpWording = 'number' | 'date' | 'choice' | 'multi' | 'text' | 'hidden' | 'other';

export function opWordingOf(q: Question): OpWording {
  if (q.type === 'multiple_choice') return 'multi';
  const kind = valueKindOf(q);
  if (kind === 'option' || kind === 'boolean') return 'choice';
  if (kind === 'none') return 'other';
  return kind;
}

export type OpLabelKey =
  | `ops.${ConditionOp}`
  | `opsDate.${'lt' | 'lte' | 'gt' | 'gte'}`
  | `opsText.${'includes' | 'excludes'}`
  | `opsHidden.${'answered' | 'not_answered'}`;

/** The i18n key (under surveyLogic.) of an operator as it reads for this kind of subject. */
export function opLabelKey(op: ConditionOp, wording: OpWording): OpLabelKey {
  if (wording === 'date' && (op === 'lt' || op === 'lte' || op === 'gt' || op === 'gte'))
    return `opsDate.${op}`;
  if ((wording === 'text' || wording === 'hidden') && (op === 'includes' || op === 'excludes'))
    return `opsText.${op}`;
  if (wording === 'hidden' && (op === 'answered' || op === 'not_answered')) return `opsHidden.${op}`;
  return `ops.${op}`;
}

/** Whether a value fits the question, as definition-checks.ts judges it. */
export function isValidValue(q: Question, value: ConditionValue | undefined): boolean {
  if (value === undefined) return false;
  switch (valueKindOf(q)) {
    case 'number':
      return typeof value === 'number' && isFinite(value);
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'option':
      return typeof value === 'string' && 'options' in q && q.options.some((o) => o.id === value);
    case 'text':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'none':
      return false;
  }
}

/** A sensible first value for a new condition: the low end of the scale, the first option, yes. */
export function defaultValue(q: Question, today: string): ConditionValue | undefined {
  switch (valueKindOf(q)) {
    case 'number': {
      const scale = scaleOf(q);
      if (scale) return scale.min;
      return q.type === 'number' ? (q.min ?? 0) : 0;
    }
    case 'date':
      return q.type === 'date' ? (q.min ?? today) : today;
    case 'option':
      return 'options' in q ? q.options[0]?.id : undefined;
    case 'text':
      return '';
    case 'boolean':
      return true;
    case 'none':
      return undefined;
  }
}

/** A leaf with `op` and `value` made valid for its subject, keeping what still fits. */
export function fitLeaf(leaf: Leaf, def: SurveyDefinition, today: string): Leaf {
  if ('hidden' in leaf) {
    const op = HIDDEN_OPS.includes(leaf.op) ? leaf.op : 'eq';
    if (!opTakesValue(op)) return { hidden: leaf.hidden, op };
    const value =
      typeof leaf.value === 'string' ||
      (typeof leaf.value === 'number' && op !== 'includes' && op !== 'excludes')
        ? leaf.value
        : '';
    return { hidden: leaf.hidden, op, value };
  }
  const q = findQuestion(def, leaf.question);
  if (!q) return leaf;
  const ops = opsForQuestion(q);
  const op = ops.includes(leaf.op) ? leaf.op : (ops[0] ?? 'answered');
  if (!opTakesValue(op)) return { question: leaf.question, op };
  const value = isValidValue(q, leaf.value) ? leaf.value : defaultValue(q, today);
  return value === undefined ? { question: leaf.question, op } : { question: leaf.question, op, value };
}

/** A fresh condition on the nearest earlier question (else the first hidden field); null when none. */
export function newLeaf(def: SurveyDefinition, place: Place, today: string): Leaf | null {
  const refs = referencableQuestions(def, place);
  // Ending logic may read any question; its natural choice is the first one, not the last.
  const ref = place.kind === 'ending' ? refs[0] : refs[refs.length - 1];
  if (ref) return fitLeaf({ question: ref.question.id, op: 'eq' }, def, today);
  const hidden = def.hiddenFields[0];
  return hidden ? { hidden: hidden.name, op: 'eq', value: '' } : null;
}

export type LeafProblem = 'unknownQuestion' | 'notEarlier' | 'unknownHidden' | 'badOp' | 'badValue';

/** What is wrong with a condition at its place (a question moved, an option removed), or null. */
export function leafProblem(leaf: Leaf, def: SurveyDefinition, place: Place): LeafProblem | null {
  if ('hidden' in leaf) {
    if (!def.hiddenFields.some((h) => h.name === leaf.hidden)) return 'unknownHidden';
    if (!HIDDEN_OPS.includes(leaf.op)) return 'badOp';
    if (!opTakesValue(leaf.op)) return leaf.value === undefined ? null : 'badValue';
    const ok =
      leaf.op === 'includes' || leaf.op === 'excludes'
        ? typeof leaf.value === 'string'
        : typeof leaf.value === 'string' || typeof leaf.value === 'number';
    return ok ? null : 'badValue';
  }
  const ref = questionRefs(def).find((r) => r.question.id === leaf.question);
  if (!ref) return 'unknownQuestion';
  if (!mayReference(ref, place)) return 'notEarlier';
  if (!opsForQuestion(ref.question).includes(leaf.op)) return 'badOp';
  if (!opTakesValue(leaf.op)) return leaf.value === undefined ? null : 'badValue';
  return isValidValue(ref.question, leaf.value) ? null : 'badValue';
}

export function findQuestion(def: SurveyDefinition, id: string): Question | undefined {
  for (const page of def.pages) for (const q of page.questions) if (q.id === id) return q;
  return undefined;
}

export function truncate(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A title without piping syntax: {{q:nps}} and {{h:store}} read as [nps] and [store]. */
export const plainText = (text: string): string =>
  text.replace(/\{\{\s*[qh]:([a-z][a-z0-9_]*)\s*\}\}/g, '[$1]');

/** "Q3 · How likely are you to…" in the survey's default language. */
export function questionLabel(def: SurveyDefinition, id: string, max = 48): string {
  const ref = questionRefs(def).find((r) => r.question.id === id);
  if (!ref) return id;
  const title = plainText(localize(ref.question.title, def.defaultLanguage, def));
  return `Q${ref.number} · ${truncate(title || id, max)}`;
}

/** A page as the editor names it: "2 · Tell us more", or just its number when it has no title. */
export function pageLabel(def: SurveyDefinition, index: number, max = 40): string {
  const page = def.pages[index];
  const title = page?.title ? plainText(localize(page.title, def.defaultLanguage, def)) : '';
  return title ? `${index + 1} · ${truncate(title, max)}` : `${index + 1}`;
}

export function endingLabel(def: SurveyDefinition, id: string, max = 40): string {
  const ending = def.endings.find((e) => e.id === id);
  if (!ending) return id;
  return truncate(plainText(localize(ending.title, def.defaultLanguage, def)) || id, max);
}

/** The words a sentence is made of, in the console's language. */
export interface SentenceWords {
  op: (op: ConditionOp, wording: OpWording) => string;
  hidden: (name: string) => string;
  yes: string;
  no: string;
  join: (kind: 'all' | 'any', parts: string[]) => string;
  not: (text: string) => string;
}

/** A condition read out: `Q1 · How likely… is at most 6 and (Q2 · … is Takeaway or …)`. */
export function conditionText(c: Condition, def: SurveyDefinition, words: SentenceWords): string {
  return sentence(c, def, words, false);
}

function sentence(c: Condition, def: SurveyDefinition, words: SentenceWords, nested: boolean): string {
  if ('all' in c || 'any' in c) {
    const kind = 'all' in c ? 'all' : 'any';
    const items = 'all' in c ? c.all : c.any;
    if (items.length === 1 && items[0]) return sentence(items[0], def, words, nested);
    const text = words.join(
      kind,
      items.map((x) => sentence(x, def, words, true)),
    );
    return nested ? `(${text})` : text;
  }
  if ('not' in c) return words.not(sentence(c.not, def, words, true));
  return leafText(c, def, words);
}

function leafText(leaf: Leaf, def: SurveyDefinition, words: SentenceWords): string {
  const q = 'question' in leaf ? findQuestion(def, leaf.question) : undefined;
  const subject = 'hidden' in leaf ? words.hidden(leaf.hidden) : questionLabel(def, leaf.question);
  const wording: OpWording = 'hidden' in leaf ? 'hidden' : q ? opWordingOf(q) : 'other';
  const op = words.op(leaf.op, wording);
  if (!opTakesValue(leaf.op) || leaf.value === undefined) return `${subject} ${op}`;
  return `${subject} ${op} ${valueText(leaf.value, q, def, words)}`;
}

function valueText(
  value: ConditionValue,
  q: Question | undefined,
  def: SurveyDefinition,
  words: SentenceWords,
): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (q && 'options' in q) {
    const option = q.options.find((o) => o.id === value);
    if (option) return truncate(localize(option.label, def.defaultLanguage, def) || value, 32);
  }
  if (q?.type === 'date') return value;
  return `“${truncate(value, 32)}”`;
}
