import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../common/survey/definition';
import { surveyDefinitionSchema } from '../../../../common/survey/definition';
import { storeVisitSurvey as def } from '../../../../common/survey/fixtures';
import { answerItems, answerLanguage, formatAnswer, pageTimes, splitSeconds } from './format-answer';

const every = surveyDefinitionSchema.parse({
  defaultLanguage: 'en',
  languages: ['en', 'es'],
  pages: [
    {
      id: 'p1',
      title: { en: 'About you', es: 'Sobre usted' },
      questions: [
        {
          id: 'rank',
          type: 'ranking',
          title: { en: 'Rank these' },
          options: [
            { id: 'a', label: { en: 'Apples', es: 'Manzanas' } },
            { id: 'b', label: { en: 'Bananas' } },
          ],
        },
        {
          id: 'grid',
          type: 'matrix',
          title: { en: 'Rate' },
          rows: [
            { id: 'r1', label: { en: 'Taste' } },
            { id: 'r2', label: { en: 'Price' } },
          ],
          scale: [
            { value: 1, label: { en: 'Bad' } },
            { value: 2, label: { en: 'Good', es: 'Bueno' } },
          ],
        },
        {
          id: 'ip',
          type: 'importance_performance',
          points: 5,
          title: { en: 'Speed' },
          importanceLabel: { en: 'Matters?' },
        },
        { id: 'when', type: 'date', title: { en: 'When?' } },
        { id: 'reach', type: 'contact', email: true, phone: true, title: { en: 'Reach you' } },
        { id: 'pick', type: 'dropdown', title: { en: 'Pick' }, options: [{ id: 'x', label: { en: 'Ex' } }] },
      ],
    },
  ],
  endings: [{ id: 'end', title: { en: 'Thanks' } }],
});

const question = (d: typeof def, id: string): Question =>
  d.pages.flatMap((p) => p.questions).find((q) => q.id === id)!;

describe('formatAnswer', () => {
  it('shows scores with their scale and choices by label', () => {
    expect(formatAnswer(question(def, 'nps'), 6, def, 'en')).toEqual({
      kind: 'number',
      value: 6,
      scale: { min: 0, max: 10 },
    });
    expect(formatAnswer(question(def, 'visit_type'), 'takeaway', def, 'zh-CN')).toEqual({
      kind: 'choices',
      labels: ['外带'],
      other: null,
    });
    expect(formatAnswer(question(def, 'visit_type'), { other: 'Drive-through' }, def, 'en')).toEqual({
      kind: 'choices',
      labels: [],
      other: 'Drive-through',
    });
    expect(
      formatAnswer(question(def, 'issues'), { picks: ['wait', 'price'], other: 'noise' }, def, 'en'),
    ).toEqual({
      kind: 'choices',
      labels: ['Waiting time', 'Price'],
      other: 'noise',
    });
  });

  it('falls back to the default language, then the id, for a label', () => {
    expect(formatAnswer(question(def, 'visit_type'), 'takeaway', def, 'es')).toMatchObject({
      labels: ['Takeaway'],
    });
    expect(formatAnswer(question(def, 'visit_type'), 'gone', def, 'en')).toMatchObject({ labels: ['gone'] });
  });

  it('lists a ranking in order and a matrix row by row', () => {
    expect(formatAnswer(question(every, 'rank'), ['b', 'a'], every, 'es')).toEqual({
      kind: 'ranking',
      labels: ['Bananas', 'Manzanas'],
    });
    expect(formatAnswer(question(every, 'grid'), { r1: 2 }, every, 'es')).toEqual({
      kind: 'matrix',
      rows: [
        { label: 'Taste', value: 2, valueLabel: 'Bueno' },
        { label: 'Price', value: null, valueLabel: null },
      ],
    });
  });

  it('keeps both halves of importance/performance, contact fields and consent', () => {
    expect(formatAnswer(question(every, 'ip'), { importance: 5, performance: 2 }, every, 'en')).toEqual({
      kind: 'importancePerformance',
      importance: 5,
      performance: 2,
      max: 5,
      importanceLabel: 'Matters?',
      performanceLabel: null,
    });
    expect(formatAnswer(question(every, 'reach'), { email: 'a@b.co' }, every, 'en')).toEqual({
      kind: 'contact',
      email: 'a@b.co',
      phone: null,
    });
    expect(formatAnswer(question(def, 'callback'), false, def, 'en')).toEqual({
      kind: 'consent',
      given: false,
    });
    expect(formatAnswer(question(every, 'when'), '2026-03-01', every, 'en')).toEqual({
      kind: 'date',
      date: '2026-03-01',
    });
  });

  it('shows a value that does not fit its question as JSON', () => {
    expect(formatAnswer(question(def, 'nps'), 'ten', def, 'en')).toEqual({ kind: 'raw', json: '"ten"' });
    expect(formatAnswer(question(every, 'pick'), { other: 'x' }, every, 'en')).toMatchObject({
      kind: 'choices',
    });
    expect(formatAnswer(question(every, 'grid'), [1], every, 'en')).toEqual({ kind: 'raw', json: '[1]' });
  });
});

describe('answerItems', () => {
  it('labels answers in the console language when the survey has it, else its default', () => {
    expect(answerLanguage(def, 'zh-CN')).toBe('zh-CN');
    expect(answerLanguage(def, 'zh-TW')).toBe('en');
  });

  it('lists answered questions in order with piped titles, then unknown ids', () => {
    const items = answerItems(
      def,
      { comment: 'Too slow', nps: 4, visit_type: 'delivery', blank: '', legacy: 3 },
      { store: 'Shanghai 01' },
      'en',
    );
    expect(items.map((i) => [i.id, i.number])).toEqual([
      ['nps', 1],
      ['visit_type', 2],
      ['comment', 5],
      ['legacy', null],
    ]);
    expect(items[0]?.title).toBe('How likely are you to recommend Shanghai 01 to a friend?');
    expect(items[2]?.title).toBe('You gave Shanghai 01 a 4 for Delivery. What should we improve?');
    expect(items[3]?.answer).toEqual({ kind: 'raw', json: '3' });
  });
});

describe('pageTimes', () => {
  it('lists seconds in page order with titles, unknown pages last', () => {
    expect(pageTimes(every, { old: 3, p1: 42.4 }, 'es')).toEqual([
      { pageId: 'p1', number: 1, title: 'Sobre usted', seconds: 42.4 },
      { pageId: 'old', number: null, title: null, seconds: 3 },
    ]);
    expect(splitSeconds(75.4)).toEqual({ minutes: 1, seconds: 15 });
  });
});
