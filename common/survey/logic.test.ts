import { describe, expect, it } from 'vitest';
import type { Answers, Condition, ConditionOp, ConditionValue, LogicContext } from './definition';
import { storeVisitSurvey as def } from './fixtures';
import {
  chooseEnding,
  evaluateCondition,
  isQuestionVisible,
  localize,
  nextStep,
  pagePath,
  pipe,
  visibleQuestions,
} from './logic';

const answers: Answers = {
  nps: 9,
  zero: 0,
  choice: 'dine_in',
  choice_other: { other: 'Drive-through' },
  multi: { picks: ['wait', 'food'] },
  multi_other: { picks: [], other: 'noise' },
  text: 'Slow SERVICE at the counter',
  empty_text: '  ',
  date: '2026-03-01',
  agreed: true,
  declined: false,
  ranking: ['b', 'a'],
  matrix: { r1: 4 },
  contact: { email: 'a@b.co' },
  no_picks: { picks: [] },
};
const ctx: LogicContext = { answers, hidden: { store: 'Shanghai 01', total: '120.5', blank: '' } };
const q = (question: string, op: ConditionOp, value?: ConditionValue): Condition => ({ question, op, value });
const h = (hidden: string, op: ConditionOp, value?: ConditionValue): Condition => ({ hidden, op, value });

describe('evaluateCondition', () => {
  it.each<[string, Condition, boolean]>([
    ['answered number', q('nps', 'answered'), true],
    ['answered zero', q('zero', 'answered'), true],
    ['answered missing', q('missing', 'answered'), false],
    ['answered blank text', q('empty_text', 'answered'), false],
    ['answered no picks', q('no_picks', 'answered'), false],
    ['answered only other', q('multi_other', 'answered'), true],
    ['answered consent false', q('declined', 'answered'), true],
    ['answered ranking', q('ranking', 'answered'), true],
    ['answered matrix', q('matrix', 'answered'), true],
    ['answered contact', q('contact', 'answered'), true],
    ['not_answered missing', q('missing', 'not_answered'), true],
    ['not_answered number', q('nps', 'not_answered'), false],
    ['eq number', q('nps', 'eq', 9), true],
    ['eq number other', q('nps', 'eq', 8), false],
    ['neq number', q('nps', 'neq', 8), true],
    ['neq number same', q('nps', 'neq', 9), false],
    ['lt', q('nps', 'lt', 10), true],
    ['lt equal', q('nps', 'lt', 9), false],
    ['lte', q('nps', 'lte', 9), true],
    ['gt', q('nps', 'gt', 9), false],
    ['gte', q('nps', 'gte', 9), true],
    ['gte zero', q('zero', 'gte', 0), true],
    ['eq choice id', q('choice', 'eq', 'dine_in'), true],
    ['eq choice other id', q('choice', 'eq', 'takeaway'), false],
    ['eq other text is not an option', q('choice_other', 'eq', 'dine_in'), false],
    ['neq choice', q('choice', 'neq', 'takeaway'), true],
    ['includes pick', q('multi', 'includes', 'food'), true],
    ['includes missing pick', q('multi', 'includes', 'price'), false],
    ['excludes pick', q('multi', 'excludes', 'price'), true],
    ['excludes present pick', q('multi', 'excludes', 'wait'), false],
    ['includes text ignores case', q('text', 'includes', 'service'), true],
    ['excludes text', q('text', 'excludes', 'price'), true],
    ['eq text', q('text', 'eq', 'Slow SERVICE at the counter'), true],
    ['date lt', q('date', 'lt', '2026-04-01'), true],
    ['date gte', q('date', 'gte', '2026-03-02'), false],
    ['date eq', q('date', 'eq', '2026-03-01'), true],
    ['consent eq true', q('agreed', 'eq', true), true],
    ['consent eq true on false', q('declined', 'eq', true), false],
    ['consent neq true on false', q('declined', 'neq', true), true],
    ['unanswered eq', q('missing', 'eq', 1), false],
    ['unanswered neq', q('missing', 'neq', 1), true],
    ['unanswered lt', q('missing', 'lt', 1), false],
    ['unanswered includes', q('missing', 'includes', 'a'), false],
    ['unanswered excludes', q('missing', 'excludes', 'a'), false],
    ['number vs text never orders', q('text', 'lt', 5), false],
    ['constructor is not an answer', q('constructor', 'answered'), false],
    ['hidden answered', h('store', 'answered'), true],
    ['hidden blank', h('blank', 'answered'), false],
    ['hidden missing', h('nope', 'not_answered'), true],
    ['hidden eq', h('store', 'eq', 'Shanghai 01'), true],
    ['hidden includes', h('store', 'includes', 'shanghai'), true],
    ['hidden numeric gt', h('total', 'gt', 100), true],
    ['hidden numeric lte', h('total', 'lte', 100), false],
    ['hidden numeric eq', h('total', 'eq', 120.5), true],
    ['hidden non-numeric gt', h('store', 'gt', 1), false],
    ['all', { all: [q('nps', 'gte', 9), h('store', 'answered')] }, true],
    ['all one false', { all: [q('nps', 'gte', 9), h('blank', 'answered')] }, false],
    ['any', { any: [q('nps', 'lt', 5), h('store', 'answered')] }, true],
    ['any none', { any: [q('nps', 'lt', 5), h('blank', 'answered')] }, false],
    ['not', { not: q('nps', 'lt', 5) }, true],
  ])('%s', (_name, cond, expected) => {
    expect(evaluateCondition(cond, ctx)).toBe(expected);
  });
});

const hidden = { store: 'Shanghai 01' };
const with_ = (a: Answers): LogicContext => ({ answers: a, hidden });

describe('paths and jumps', () => {
  it.each<[string, Answers, string[], string]>([
    ['a promoter skips to the promoter ending', { nps: 10 }, ['score'], 'promoter_thanks'],
    ['a detractor walks every page', { nps: 3 }, ['score', 'details', 'follow_up'], 'sorry'],
    ['a passive gets the default ending', { nps: 7 }, ['score', 'details', 'follow_up'], 'default_end'],
    ['no answer yet', {}, ['score', 'details', 'follow_up'], 'default_end'],
  ])('%s', (_name, a, pages, ending) => {
    expect(pagePath(def, with_(a))).toEqual({ pages, ending });
  });

  it('nextStep follows the first matching jump, else the next page, else the ending', () => {
    expect(nextStep(def, 'score', with_({ nps: 9 }))).toEqual({ end: 'promoter_thanks' });
    expect(nextStep(def, 'score', with_({ nps: 8 }))).toEqual({ page: 'details' });
    expect(nextStep(def, 'details', with_({ nps: 8 }))).toEqual({ page: 'follow_up' });
    expect(nextStep(def, 'follow_up', with_({ nps: 2 }))).toEqual({ end: 'sorry' });
    expect(nextStep(def, 'follow_up', with_({ nps: 8 }))).toEqual({ end: 'default_end' });
  });

  it('jumps to a later page, skipping the pages between', () => {
    const jumpy = {
      ...def,
      pages: def.pages.map((p) =>
        p.id === 'score'
          ? { ...p, jumps: [{ if: q('visit_type', 'eq', 'delivery'), to: { page: 'follow_up' } }] }
          : p,
      ),
    };
    const delivery = with_({ nps: 5, visit_type: 'delivery' });
    expect(nextStep(jumpy, 'score', delivery)).toEqual({ page: 'follow_up' });
    expect(pagePath(jumpy, delivery)).toEqual({ pages: ['score', 'follow_up'], ending: 'sorry' });
  });

  it('chooseEnding picks the first matching conditional ending, else the default', () => {
    expect(chooseEnding(def, with_({ nps: 0 }))).toBe('sorry');
    expect(chooseEnding(def, with_({ nps: 10 }))).toBe('promoter_thanks');
    expect(chooseEnding(def, with_({ nps: 8 }))).toBe('default_end');
    const noDefault = { ...def, endings: def.endings.filter((e) => e.if) };
    expect(chooseEnding(noDefault, with_({ nps: 8 }))).toBe('promoter_thanks');
  });
});

describe('display conditions', () => {
  it('shows the issues question to detractors only', () => {
    expect(isQuestionVisible(def, 'issues', with_({ nps: 6 }))).toBe(true);
    expect(isQuestionVisible(def, 'issues', with_({ nps: 7 }))).toBe(false);
    expect(isQuestionVisible(def, 'issues', with_({}))).toBe(false);
    expect(visibleQuestions(def, 'details', with_({ nps: 2 })).map((x) => x.id)).toEqual([
      'issues',
      'satisfaction',
      'comment',
    ]);
    expect(visibleQuestions(def, 'details', with_({ nps: 8 })).map((x) => x.id)).toEqual([
      'satisfaction',
      'comment',
    ]);
  });

  it('reacts to an earlier answer on the same page', () => {
    expect(isQuestionVisible(def, 'contact', with_({ callback: true }))).toBe(true);
    expect(isQuestionVisible(def, 'contact', with_({ callback: false }))).toBe(false);
  });

  it('ignores answers to questions hidden by logic', () => {
    const chained = {
      ...def,
      pages: def.pages.map((p) => ({
        ...p,
        questions: p.questions.map((x) =>
          x.id === 'satisfaction' ? { ...x, displayIf: q('issues', 'includes', 'staff') } : x,
        ),
      })),
    };
    expect(isQuestionVisible(chained, 'satisfaction', with_({ nps: 2, issues: { picks: ['staff'] } }))).toBe(
      true,
    );
    // nps 8 hides `issues`, so its stale answer no longer shows `satisfaction`.
    expect(isQuestionVisible(chained, 'satisfaction', with_({ nps: 8, issues: { picks: ['staff'] } }))).toBe(
      false,
    );
  });

  it('is display logic only: a page off the path is read as if the respondent reached it', () => {
    expect(pagePath(def, with_({ nps: 10 })).pages).not.toContain('follow_up');
    expect(isQuestionVisible(def, 'contact', with_({ nps: 10, callback: true }))).toBe(true);
    expect(isQuestionVisible(def, 'unknown', with_({}))).toBe(false);
  });
});

describe('piping and languages', () => {
  const comment = def.pages[1]!.questions[2]!.title;
  const respondent = with_({ nps: 4, visit_type: 'takeaway' });

  it('pipes answers and hidden fields in English', () => {
    expect(pipe(localize(comment, 'en', def), respondent, def, 'en')).toBe(
      'You gave Shanghai 01 a 4 for Takeaway. What should we improve?',
    );
  });

  it('pipes option labels in Chinese', () => {
    expect(pipe(localize(comment, 'zh-CN', def), respondent, def, 'zh-CN')).toBe(
      '您给Shanghai 01的外带打了4分。我们应该改进什么？',
    );
  });

  it('pipes other text, multiple picks and missing values', () => {
    expect(pipe('{{q:visit_type}}', with_({ visit_type: { other: 'Drive-through' } }), def, 'en')).toBe(
      'Drive-through',
    );
    const picks = with_({ nps: 2, issues: { picks: ['wait', 'price'], other: 'noise' } });
    expect(pipe('[{{q:issues}}]', picks, def, 'zh-CN')).toBe('[等待时间, 价格, noise]');
    expect(pipe('[{{q:comment}}|{{h:nope}}|{{q:nope}}]', with_({}), def, 'en')).toBe('[||]');
    expect(pipe('{{h:store}}', { answers: {}, hidden: {} }, def, 'en')).toBe('');
  });

  it('does not pipe answers hidden by logic, and returns text as is (callers escape)', () => {
    expect(pipe('{{q:issues}}', with_({ nps: 9, issues: { picks: ['wait'] } }), def, 'en')).toBe('');
    expect(pipe('<b>{{q:comment}}</b>', with_({ comment: '<i>hi</i>' }), def, 'en')).toBe('<b><i>hi</i></b>');
  });

  it('localize falls back to the default language', () => {
    const text = { en: 'Hello', 'zh-CN': '你好', es: '' };
    expect(localize(text, 'zh-CN', def)).toBe('你好');
    expect(localize(text, 'zh-TW', def)).toBe('Hello');
    expect(localize(text, 'es', def)).toBe('Hello');
    expect(localize(undefined, 'en', def)).toBe('');
    expect(localize(def.pages[0]!.questions[1]!.title, 'es', def)).toBe('How did you visit us?');
  });
});
