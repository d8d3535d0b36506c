// Whole-survey rules that a field-by-field schema cannot express: unique ids, references that only
// point backwards (so logic never loops and the answer it reads already exists), ops that fit the
// question type, piping placeholders, and sensible min/max settings. Each problem names its path.
import type { Condition, ConditionOp, ConditionValue, LocalizedText, Question } from './questions';
import { isIsoDate, placeholderPattern } from './scales';
import type { SurveyShape } from './survey-shape';

export type Path = (string | number)[];
export type Report = (path: Path, message: string) => void;

interface QuestionRef {
  page: number;
  index: number;
  question: Question;
}
/** Which questions a condition or a placeholder at some place may read. */
type Scope = (ref: QuestionRef) => boolean;

interface Env {
  def: SurveyShape;
  report: Report;
  questions: Map<string, QuestionRef>;
  hidden: Set<string>;
}

export function checkSurveyDefinition(def: SurveyShape, report: Report): void {
  if (def.languages.indexOf(def.defaultLanguage) < 0) {
    report(['languages'], `languages must include the default language ${def.defaultLanguage}`);
  }
  reportDuplicates(def.languages, (k) => ['languages', k], report);
  reportDuplicates(
    def.pages.map((p) => p.id),
    (k) => ['pages', k, 'id'],
    report,
  );
  reportDuplicates(
    def.endings.map((e) => e.id),
    (k) => ['endings', k, 'id'],
    report,
  );
  reportDuplicates(
    def.hiddenFields.map((h) => h.name),
    (k) => ['hiddenFields', k, 'name'],
    report,
  );

  const env: Env = {
    def,
    report,
    questions: new Map(),
    hidden: new Set(def.hiddenFields.map((h) => h.name)),
  };
  def.pages.forEach((page, p) =>
    page.questions.forEach((question, index) => {
      if (env.questions.has(question.id)) report(['pages', p, 'questions', index, 'id'], 'duplicate id');
      else env.questions.set(question.id, { page: p, index, question });
    }),
  );

  def.pages.forEach((page, p) => {
    checkText(env, page.title, ['pages', p, 'title'], (ref) => ref.page < p);
    page.questions.forEach((q, i) => {
      const path: Path = ['pages', p, 'questions', i];
      const earlier: Scope = (ref) => ref.page < p || (ref.page === p && ref.index < i);
      checkQuestion(env, q, path, earlier);
      if (q.displayIf) checkCondition(env, q.displayIf, [...path, 'displayIf'], earlier);
    });
    (page.jumps ?? []).forEach((jump, j) => {
      const path: Path = ['pages', p, 'jumps', j];
      checkCondition(env, jump.if, [...path, 'if'], (ref) => ref.page <= p);
      if ('page' in jump.to) {
        const target = indexOfId(def.pages, jump.to.page);
        if (target < 0) report([...path, 'to', 'page'], `unknown page ${jump.to.page}`);
        else if (target <= p) report([...path, 'to', 'page'], 'jumps can only go forward');
      } else if (indexOfId(def.endings, jump.to.end) < 0) {
        report([...path, 'to', 'end'], `unknown ending ${jump.to.end}`);
      }
    });
  });

  let defaults = 0;
  def.endings.forEach((ending, k) => {
    const anywhere: Scope = () => true;
    checkText(env, ending.title, ['endings', k, 'title'], anywhere);
    checkText(env, ending.message, ['endings', k, 'message'], anywhere);
    if (ending.if) checkCondition(env, ending.if, ['endings', k, 'if'], anywhere);
    else if (++defaults > 1) report(['endings', k, 'if'], 'only one ending can be the default (without if)');
  });
}

function indexOfId(items: { id: string }[], id: string): number {
  for (let i = 0; i < items.length; i++) if (items[i]?.id === id) return i;
  return -1;
}

function reportDuplicates<T>(values: T[], pathOf: (k: number) => Path, report: Report): void {
  const seen = new Set<T>();
  values.forEach((v, k) => {
    if (seen.has(v)) report(pathOf(k), `duplicate ${String(v)}`);
    seen.add(v);
  });
}

function checkText(env: Env, text: LocalizedText | undefined, path: Path, scope: Scope): void {
  if (!text) return;
  if (!Object.prototype.hasOwnProperty.call(text, env.def.defaultLanguage)) {
    env.report(path, `missing text in the default language ${env.def.defaultLanguage}`);
  }
  for (const language of Object.keys(text)) {
    const re = placeholderPattern();
    let m: RegExpExecArray | null;
    while ((m = re.exec(text[language] ?? '')) !== null) {
      const name = m[2] ?? '';
      if (m[1] === 'h') {
        if (!env.hidden.has(name))
          env.report([...path, language], `unknown hidden field ${name} in {{h:${name}}}`);
        continue;
      }
      const ref = env.questions.get(name);
      if (!ref) env.report([...path, language], `unknown question ${name} in {{q:${name}}}`);
      else if (!scope(ref))
        env.report([...path, language], `{{q:${name}}} must refer to an earlier question`);
    }
  }
}

function checkQuestion(env: Env, q: Question, path: Path, scope: Scope): void {
  const { report } = env;
  checkText(env, q.title, [...path, 'title'], scope);
  checkText(env, q.description, [...path, 'description'], scope);
  if ('options' in q) {
    q.options.forEach((o, k) => checkText(env, o.label, [...path, 'options', k, 'label'], scope));
    reportDuplicates(
      q.options.map((o) => o.id),
      (k) => [...path, 'options', k, 'id'],
      report,
    );
  }
  switch (q.type) {
    case 'multiple_choice': {
      const available = q.options.length + (q.other ? 1 : 0);
      if (q.minPicks !== undefined && q.maxPicks !== undefined && q.minPicks > q.maxPicks) {
        report([...path, 'minPicks'], 'minPicks must not exceed maxPicks');
      }
      if (q.minPicks !== undefined && q.minPicks > available)
        report([...path, 'minPicks'], 'more than the options');
      if (q.maxPicks !== undefined && q.maxPicks > available)
        report([...path, 'maxPicks'], 'more than the options');
      break;
    }
    case 'matrix':
      q.rows.forEach((r, k) => checkText(env, r.label, [...path, 'rows', k, 'label'], scope));
      q.scale.forEach((s, k) => checkText(env, s.label, [...path, 'scale', k, 'label'], scope));
      reportDuplicates(
        q.rows.map((r) => r.id),
        (k) => [...path, 'rows', k, 'id'],
        report,
      );
      reportDuplicates(
        q.scale.map((s) => s.value),
        (k) => [...path, 'scale', k, 'value'],
        report,
      );
      break;
    case 'importance_performance':
      checkText(env, q.importanceLabel, [...path, 'importanceLabel'], scope);
      checkText(env, q.performanceLabel, [...path, 'performanceLabel'], scope);
      break;
    case 'number':
      if (q.min !== undefined && q.max !== undefined && q.min > q.max)
        report([...path, 'min'], 'min exceeds max');
      break;
    case 'date':
      if (q.min !== undefined && !isIsoDate(q.min)) report([...path, 'min'], 'not a calendar date');
      if (q.max !== undefined && !isIsoDate(q.max)) report([...path, 'max'], 'not a calendar date');
      if (q.min !== undefined && q.max !== undefined && q.min > q.max)
        report([...path, 'min'], 'min is after max');
      break;
    case 'contact':
      if (!q.email && !q.phone) report([...path, 'email'], 'ask for an email, a phone number or both');
      break;
  }
}

function checkCondition(env: Env, c: Condition, path: Path, scope: Scope): void {
  if ('all' in c) c.all.forEach((x, k) => checkCondition(env, x, [...path, 'all', k], scope));
  else if ('any' in c) c.any.forEach((x, k) => checkCondition(env, x, [...path, 'any', k], scope));
  else if ('not' in c) checkCondition(env, c.not, [...path, 'not'], scope);
  else if ('question' in c) {
    const ref = env.questions.get(c.question);
    if (!ref) return env.report([...path, 'question'], `unknown question ${c.question}`);
    if (!scope(ref))
      return env.report([...path, 'question'], `${c.question} must come earlier in the survey`);
    const problem = opProblem(ref.question, c.op, c.value);
    if (problem) env.report([...path, problem.field], problem.message);
  } else {
    if (!env.hidden.has(c.hidden))
      return env.report([...path, 'hidden'], `undeclared hidden field ${c.hidden}`);
    const problem = hiddenOpProblem(c.op, c.value);
    if (problem) env.report([...path, problem.field], problem.message);
  }
}

type Problem = { field: 'op' | 'value'; message: string } | null;
const ORDER_OPS: ConditionOp[] = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'];

function opProblem(q: Question, op: ConditionOp, value: ConditionValue | undefined): Problem {
  if (op === 'answered' || op === 'not_answered') {
    return value === undefined ? null : { field: 'value', message: `${op} takes no value` };
  }
  let ops: ConditionOp[] = [];
  let valueOk = (_v: ConditionValue) => false;
  switch (q.type) {
    case 'nps':
    case 'rating':
    case 'csat':
    case 'ces':
    case 'number':
      ops = ORDER_OPS;
      valueOk = (v) => typeof v === 'number';
      break;
    case 'date':
      ops = ORDER_OPS;
      valueOk = (v) => typeof v === 'string' && isIsoDate(v);
      break;
    case 'single_choice':
    case 'dropdown':
    case 'multiple_choice': {
      ops = q.type === 'multiple_choice' ? ['includes', 'excludes'] : ['eq', 'neq'];
      const ids = q.options.map((o) => o.id);
      valueOk = (v) => typeof v === 'string' && ids.indexOf(v) >= 0;
      break;
    }
    case 'text':
      ops = ['eq', 'neq', 'includes', 'excludes'];
      valueOk = (v) => typeof v === 'string';
      break;
    case 'consent':
      ops = ['eq', 'neq'];
      valueOk = (v) => typeof v === 'boolean';
      break;
  }
  if (ops.indexOf(op) < 0) return { field: 'op', message: `${op} does not apply to a ${q.type} question` };
  if (value === undefined || !valueOk(value)) {
    return { field: 'value', message: `${op} on a ${q.type} question needs a matching value` };
  }
  return null;
}

function hiddenOpProblem(op: ConditionOp, value: ConditionValue | undefined): Problem {
  if (op === 'answered' || op === 'not_answered') {
    return value === undefined ? null : { field: 'value', message: `${op} takes no value` };
  }
  const ok =
    op === 'includes' || op === 'excludes'
      ? typeof value === 'string'
      : typeof value === 'string' || typeof value === 'number';
  return ok ? null : { field: 'value', message: `${op} on a hidden field needs a text or number value` };
}
