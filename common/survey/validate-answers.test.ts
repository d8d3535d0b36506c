import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema } from './definition';
import { storeVisitSurvey } from './fixtures';
import { validateSubmission } from './validate-answers';

const options = (...ids: string[]) => ids.map((id) => ({ id, label: { en: id.toUpperCase() } }));
const t = { en: 'Q' };

/** One page with a question of every type and no logic. */
const everyType = surveyDefinitionSchema.parse({
  defaultLanguage: 'en',
  languages: ['en'],
  endings: [{ id: 'end', title: { en: 'Thanks' } }],
  pages: [
    {
      id: 'all',
      questions: [
        { id: 'nps', type: 'nps', title: t },
        { id: 'rating', type: 'rating', points: 5, display: 'stars', title: t },
        { id: 'csat', type: 'csat', title: t },
        { id: 'ces', type: 'ces', title: t },
        { id: 'single', type: 'single_choice', options: options('a', 'b'), other: true, title: t },
        { id: 'single_closed', type: 'single_choice', options: options('a', 'b'), title: t },
        {
          id: 'multi',
          type: 'multiple_choice',
          options: options('a', 'b', 'c'),
          minPicks: 2,
          maxPicks: 2,
          title: t,
        },
        { id: 'multi_open', type: 'multiple_choice', options: options('a', 'b'), other: true, title: t },
        { id: 'dropdown', type: 'dropdown', options: options('a', 'b'), title: t },
        { id: 'ranking', type: 'ranking', options: options('a', 'b', 'c'), title: t },
        {
          id: 'matrix',
          type: 'matrix',
          rows: options('r1', 'r2'),
          scale: [1, 2, 3].map((value) => ({ value, label: { en: String(value) } })),
          title: t,
        },
        { id: 'ipa', type: 'importance_performance', points: 7, title: t },
        { id: 'text', type: 'text', maxLength: 10, title: t },
        { id: 'number', type: 'number', min: -5, max: 5, title: t },
        { id: 'integer', type: 'number', integer: true, title: t },
        { id: 'date', type: 'date', min: '2024-01-01', max: '2024-12-31', title: t },
        { id: 'email_only', type: 'contact', email: true, title: t },
        { id: 'contact', type: 'contact', email: true, phone: true, title: t },
        { id: 'consent', type: 'consent', title: t },
      ],
    },
  ],
});

const validate = (questionId: string, value: unknown) =>
  validateSubmission(everyType, { answers: { [questionId]: value } }, { complete: false });

describe('validateSubmission per question type', () => {
  it.each<[string, unknown, unknown]>([
    ['nps', 0, 0],
    ['nps', 10, 10],
    ['rating', 5, 5],
    ['csat', 1, 1],
    ['ces', 7, 7],
    ['single', 'b', 'b'],
    ['single', { other: '  Friend told me ' }, { other: 'Friend told me' }],
    ['multi', { picks: ['c', 'a'] }, { picks: ['c', 'a'] }],
    ['multi_open', { picks: ['a'], other: 'x' }, { picks: ['a'], other: 'x' }],
    ['multi_open', { picks: [], other: 'only mine' }, { picks: [], other: 'only mine' }],
    ['dropdown', 'a', 'a'],
    ['ranking', ['c', 'a', 'b'], ['c', 'a', 'b']],
    ['matrix', { r2: 3, r1: 1 }, { r1: 1, r2: 3 }],
    ['matrix', { r1: 2 }, { r1: 2 }],
    ['ipa', { importance: 7, performance: 1 }, { importance: 7, performance: 1 }],
    ['text', '  0123456789  ', '0123456789'],
    ['number', -4.5, -4.5],
    ['integer', 1e6, 1e6],
    ['date', '2024-02-29', '2024-02-29'],
    ['email_only', { email: ' a.b@shop.cn ' }, { email: 'a.b@shop.cn' }],
    ['contact', { phone: '+86 138-0013-8000' }, { phone: '+86 138-0013-8000' }],
    ['contact', { email: 'x@y.es', phone: '(555) 123 4567' }, { email: 'x@y.es', phone: '(555) 123 4567' }],
    ['consent', false, false],
  ])('accepts %s = %j', (id, value, cleaned) => {
    expect(validate(id, value)).toEqual({ ok: true, answers: { [id]: cleaned }, hidden: {} });
  });

  it.each<[string, unknown]>([
    ['text', ''],
    ['text', '   '],
    ['nps', null],
    ['multi', { picks: [] }],
    ['single', { other: ' ' }],
    ['contact', { email: '', phone: '' }],
    ['matrix', {}],
  ])('treats %s = %j as not answered', (id, value) => {
    expect(validate(id, value)).toEqual({ ok: true, answers: {}, hidden: {} });
  });

  it.each<[string, unknown, string]>([
    ['nps', 11, 'out_of_range'],
    ['nps', -1, 'out_of_range'],
    ['nps', 7.5, 'out_of_range'],
    ['nps', '9', 'invalid_type'],
    ['rating', 6, 'out_of_range'],
    ['rating', 0, 'out_of_range'],
    ['csat', 0, 'out_of_range'],
    ['ces', 8, 'out_of_range'],
    ['single', 'z', 'unknown_option'],
    ['single', 3, 'invalid_type'],
    ['single', { other: 'x'.repeat(501) }, 'too_long'],
    ['single', { other: 5 }, 'invalid_type'],
    ['single_closed', { other: 'mine' }, 'unknown_option'],
    ['multi', { picks: ['a'] }, 'too_few'],
    ['multi', { picks: ['a', 'b', 'c'] }, 'too_many'],
    ['multi', { picks: ['a', 'a'] }, 'invalid_type'],
    ['multi', { picks: ['a', 'z'] }, 'unknown_option'],
    ['multi', ['a', 'b'], 'invalid_type'],
    ['multi', { picks: ['a', 'b'], other: 'x' }, 'unknown_option'],
    ['dropdown', 'z', 'unknown_option'],
    ['dropdown', { other: 'x' }, 'invalid_type'],
    ['ranking', ['a', 'b'], 'too_few'],
    ['ranking', ['a', 'b', 'b'], 'invalid_type'],
    ['ranking', ['a', 'b', 'z'], 'unknown_option'],
    ['ranking', 'a,b,c', 'invalid_type'],
    ['matrix', { r3: 1 }, 'unknown_option'],
    ['matrix', { r1: 4 }, 'out_of_range'],
    ['matrix', { r1: '1' }, 'invalid_type'],
    ['matrix', [1, 2], 'invalid_type'],
    ['ipa', { importance: 8, performance: 1 }, 'out_of_range'],
    ['ipa', { importance: 3 }, 'invalid_type'],
    ['text', '01234567890', 'too_long'],
    ['text', 12, 'invalid_type'],
    ['number', 6, 'out_of_range'],
    ['number', '1', 'invalid_type'],
    ['integer', 1.5, 'out_of_range'],
    ['date', '2023-02-29', 'invalid_date'],
    ['date', '2024-1-5', 'invalid_date'],
    ['date', '2025-01-01', 'out_of_range'],
    ['date', 20240101, 'invalid_type'],
    ['email_only', { email: 'not-an-email' }, 'invalid_email'],
    ['email_only', { phone: '+1 555 0100' }, 'invalid_type'],
    ['contact', { phone: 'call me' }, 'invalid_phone'],
    ['contact', { phone: '12' }, 'invalid_phone'],
    ['contact', 'a@b.co', 'invalid_type'],
    ['consent', 'yes', 'invalid_type'],
  ])('rejects %s = %j with %s', (id, value, code) => {
    const result = validate(id, value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ questionId: id, code, message: expect.any(String) }]);
  });
});

describe('validateSubmission on the respondent path', () => {
  const def = storeVisitSurvey;
  const hidden = { store: 'Madrid 3', utm: 'x' };

  it('drops answers to unknown ids, hidden questions and skipped pages, and undeclared hidden fields', () => {
    const answers = {
      nps: 10,
      visit_type: 'takeaway',
      issues: { picks: ['wait'] },
      comment: 'Great',
      ghost: 1,
    };
    expect(validateSubmission(def, { answers, hidden }, { complete: true })).toEqual({
      ok: true,
      answers: { nps: 10, visit_type: 'takeaway' },
      hidden: { store: 'Madrid 3' },
    });
  });

  it('does not report invalid answers the respondent could not see', () => {
    const answers = { nps: 8, satisfaction: 4, issues: 'garbage', contact: { email: 'nope' } };
    expect(validateSubmission(def, { answers, hidden }, { complete: true })).toMatchObject({ ok: true });
  });

  it('enforces required questions only when complete', () => {
    const partial = validateSubmission(def, { answers: { nps: 3 }, hidden }, { complete: false });
    expect(partial).toEqual({ ok: true, answers: { nps: 3 }, hidden: { store: 'Madrid 3' } });
    const complete = validateSubmission(
      def,
      { answers: { nps: 3, callback: true }, hidden },
      { complete: true },
    );
    expect(complete.ok ? [] : complete.errors.map((e) => [e.questionId, e.code])).toEqual([
      ['satisfaction', 'required'],
      ['contact', 'required'],
    ]);
    const empty = validateSubmission(def, { answers: {}, hidden: {} }, { complete: true });
    expect(empty.ok ? [] : empty.errors.map((e) => e.questionId)).toEqual(['nps', 'satisfaction']);
  });

  it('requires consent to be given and every matrix row answered when required', () => {
    const strict = surveyDefinitionSchema.parse({
      ...everyType,
      pages: [{ id: 'p', questions: everyType.pages[0]!.questions.map((q) => ({ ...q, required: true })) }],
    });
    const only = (id: string, value: unknown, complete: boolean) => {
      const result = validateSubmission(strict, { answers: { [id]: value } }, { complete });
      return result.ok ? [] : result.errors.filter((e) => e.questionId === id).map((e) => e.code);
    };
    expect(only('consent', false, true)).toEqual(['required']);
    expect(only('consent', true, true)).toEqual([]);
    expect(only('consent', false, false)).toEqual([]);
    expect(only('matrix', { r1: 1 }, true)).toEqual(['required']);
    expect(only('matrix', { r1: 1, r2: 2 }, true)).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const input of [null, undefined, 5, 'x', [], { answers: null }, { answers: [1] }, { hidden: 5 }]) {
      expect(() => validateSubmission(def, input as never, { complete: true })).not.toThrow();
    }
    let deep: unknown = 1;
    for (let i = 0; i < 50000; i++) deep = { other: [deep] };
    for (const id of ['nps', 'visit_type', 'issues', 'comment', 'contact']) {
      const answers = { nps: 2, callback: true, [id]: deep };
      expect(() => validateSubmission(def, { answers }, { complete: false })).not.toThrow();
    }
    const proto = JSON.parse('{"__proto__": {"nps": 10}, "constructor": 1}');
    expect(validateSubmission(def, { answers: proto }, { complete: false })).toEqual({
      ok: true,
      answers: {},
      hidden: {},
    });
  });
});
