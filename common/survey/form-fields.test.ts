import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surveyArb } from './arbitraries';
import { checkAnswer } from './check-answer';
import type { Question, SurveyDefinitionInput } from './definition';
import { surveyDefinitionSchema } from './definition';
import { storeVisitSurvey } from './fixtures';
import { fieldNames, OTHER, parseNumber, readAnswers, urlEncodedGetter, writeFields } from './form-fields';

const RUNS = { numRuns: 300 };

function questionsOf(input: SurveyDefinitionInput['pages'][number]['questions']): Question[] {
  const def = surveyDefinitionSchema.parse({
    defaultLanguage: 'en',
    languages: ['en'],
    pages: [{ id: 'p', questions: input }],
    endings: [{ id: 'end', title: { en: 'Thanks' } }],
  });
  return def.pages[0]!.questions;
}

const opts = (...ids: string[]) => ids.map((id) => ({ id, label: { en: id } }));
const [nps, single, multi, ranking, matrix, ip, contact, consent, num, text] = questionsOf([
  { id: 'nps', type: 'nps', title: { en: 'NPS' } },
  { id: 'single', type: 'single_choice', other: true, options: opts('a', 'b'), title: { en: 'S' } },
  { id: 'multi', type: 'multiple_choice', other: true, options: opts('a', 'b', 'c'), title: { en: 'M' } },
  { id: 'rank', type: 'ranking', options: opts('a', 'b', 'c'), title: { en: 'R' } },
  {
    id: 'grid',
    type: 'matrix',
    rows: opts('r1', 'r2'),
    scale: [1, 2, 3].map((value) => ({ value, label: { en: String(value) } })),
    title: { en: 'G' },
  },
  { id: 'ip', type: 'importance_performance', points: 5, title: { en: 'IP' } },
  { id: 'reach', type: 'contact', email: true, phone: true, title: { en: 'C' } },
  { id: 'ok', type: 'consent', title: { en: 'OK?' } },
  { id: 'count', type: 'number', title: { en: 'N' } },
  { id: 'note', type: 'text', title: { en: 'T' } },
]) as Question[];

/** A get() over [name, value] pairs, as a browser sends them. */
const getterOf = (pairs: [string, string][]) => (name: string) =>
  pairs.filter(([n]) => n === name).map(([, v]) => v);
const read = (q: Question, pairs: [string, string][]) => readAnswers([q], getterOf(pairs))[q.id];

describe('fieldNames', () => {
  it('names the fields of each question type', () => {
    expect(fieldNames(nps!)).toEqual(['q.nps']);
    expect(fieldNames(single!)).toEqual(['q.single', 'q.single.other']);
    expect(fieldNames(ranking!)).toEqual(['q.rank.a', 'q.rank.b', 'q.rank.c']);
    expect(fieldNames(matrix!)).toEqual(['q.grid.r1', 'q.grid.r2']);
    expect(fieldNames(ip!)).toEqual(['q.ip.importance', 'q.ip.performance']);
    expect(fieldNames(contact!)).toEqual(['q.reach.email', 'q.reach.phone']);
    expect(fieldNames(consent!)).toEqual(['q.ok']);
  });
});

describe('readAnswers', () => {
  it('parses numbers for the numeric types and leaves empty fields out', () => {
    expect(read(nps!, [['q.nps', '7']])).toBe(7);
    expect(read(nps!, [['q.nps', '']])).toBeUndefined();
    expect(read(num!, [['q.count', ' -2,5 ']])).toBe(-2.5);
    expect(read(num!, [['q.count', 'lots']])).toBe('lots');
    expect(readAnswers([nps!, num!], () => [])).toEqual({});
  });

  it('reads a choice, or the text of "other"', () => {
    expect(read(single!, [['q.single', 'a']])).toBe('a');
    expect(
      read(single!, [
        ['q.single', OTHER],
        ['q.single.other', ' tea '],
      ]),
    ).toEqual({ other: ' tea ' });
    // Typing in "other" is itself a pick; a real option wins over it.
    expect(read(single!, [['q.single.other', 'tea']])).toEqual({ other: 'tea' });
    expect(
      read(single!, [
        ['q.single', 'b'],
        ['q.single.other', 'tea'],
      ]),
    ).toBe('b');
    expect(read(single!, [['q.single', OTHER]])).toBeUndefined();
  });

  it('reads picks in option order, without repeats, with "other"', () => {
    const pairs: [string, string][] = [
      ['q.multi', 'c'],
      ['q.multi', 'a'],
      ['q.multi', 'c'],
      ['q.multi', OTHER],
      ['q.multi.other', 'x'],
    ];
    expect(read(multi!, pairs)).toEqual({ picks: ['a', 'c'], other: 'x' });
    expect(read(multi!, [['q.multi', 'b']])).toEqual({ picks: ['b'] });
    expect(read(multi!, [['q.multi', 'z']])).toEqual({ picks: ['z'] });
  });

  it('turns ranks into a ranking; a shared or missing rank leaves the ranking short', () => {
    const ranks = (a: string, b: string, c: string): [string, string][] => [
      ['q.rank.a', a],
      ['q.rank.b', b],
      ['q.rank.c', c],
    ];
    expect(read(ranking!, ranks('2', '3', '1'))).toEqual(['c', 'a', 'b']);
    const shared = read(ranking!, ranks('1', '1', '2'));
    expect(shared).toEqual(['c']);
    expect(checkAnswer(ranking!, shared)).toMatchObject({ code: 'too_few' });
    expect(read(ranking!, ranks('', '', ''))).toBeUndefined();
    expect(read(ranking!, ranks('9', '0', '1.5'))).toBeUndefined();
  });

  it('reads matrix rows, both parts of importance/performance, contact and consent', () => {
    expect(read(matrix!, [['q.grid.r2', '3']])).toEqual({ r2: 3 });
    expect(read(ip!, [['q.ip.importance', '4']])).toEqual({ importance: 4 });
    expect(checkAnswer(ip!, read(ip!, [['q.ip.importance', '4']]))).toMatchObject({ code: 'invalid_type' });
    expect(read(contact!, [['q.reach.email', 'a@b.co']])).toEqual({ email: 'a@b.co' });
    expect(read(consent!, [['q.ok', 'yes']])).toBe(true);
    expect(read(consent!, [])).toBeUndefined();
  });

  it('reads a urlencoded body', () => {
    const get = urlEncodedGetter('q.multi=a&q.multi=b&q.note=hello+there&q.nps=10');
    expect(readAnswers([multi!, text!, nps!], get)).toEqual({
      multi: { picks: ['a', 'b'] },
      note: 'hello there',
      nps: 10,
    });
  });

  it('never throws, whatever get() returns', () => {
    const all = [nps, single, multi, ranking, matrix, ip, contact, consent, num, text] as Question[];
    expect(() => readAnswers(all, () => null as any)).not.toThrow();
    expect(() => readAnswers(all, () => [1, {}, 'x'] as any)).not.toThrow();
  });
});

describe('parseNumber', () => {
  it.each([
    ['3', 3],
    ['+4', 4],
    ['.5', 0.5],
    ['1e3', 1000],
    ['3,5', 3.5],
    ['1,000.5', '1,000.5'],
    ['0x10', '0x10'],
    ['1e999', '1e999'],
    [' ', undefined],
  ])('%j → %j', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

/** Picks in option order: the order a form sends them in. */
function canonical(q: Question, value: unknown): unknown {
  if (q.type !== 'multiple_choice' || typeof value !== 'object' || value === null) return value;
  const v = value as { picks: string[]; other?: string };
  const ids = q.options.map((o) => o.id);
  return { ...v, picks: [...v.picks].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)) };
}

/** Values of the question's type, many of them valid. Consent `false` is left out: an unticked box is no answer. */
function valueFor(q: Question): fc.Arbitrary<unknown> {
  switch (q.type) {
    case 'single_choice':
      return fc.oneof(fc.constantFrom('a', 'b'), fc.record({ other: fc.string({ maxLength: 6 }) }));
    case 'multiple_choice':
      return fc.record(
        { picks: fc.uniqueArray(fc.constantFrom('a', 'b', 'c')), other: fc.string({ maxLength: 4 }) },
        { requiredKeys: ['picks'] },
      );
    case 'dropdown':
      return fc.constantFrom('a', 'b', 'c');
    case 'ranking':
      return fc.shuffledSubarray(['a', 'b', 'c'], { minLength: 3 });
    case 'matrix':
      return fc.dictionary(fc.constantFrom('r1', 'r2'), fc.integer({ min: 1, max: 3 }));
    case 'importance_performance':
      return fc.record({
        importance: fc.integer({ min: 1, max: 7 }),
        performance: fc.integer({ min: 1, max: 7 }),
      });
    case 'text':
      return fc.string({ maxLength: 14 });
    case 'date':
      return fc.constantFrom('2024-02-29', '2024-06-30', '2024-01-01');
    case 'contact':
      return fc.record(
        { email: fc.constantFrom('a@b.co', ' x@y.org '), phone: fc.constantFrom('+1 555 0100', '12345678') },
        { requiredKeys: [] },
      );
    case 'consent':
      return fc.constant(true);
    case 'number':
      return fc.oneof(
        fc.constant(-0),
        fc.integer({ min: -4, max: 9 }),
        fc.double({ min: -4, max: 9, noNaN: true }),
      );
    default:
      return fc.integer({ min: 0, max: 10 });
  }
}

const questionAndStrings = surveyArb.chain((def) =>
  fc.tuple(
    fc.constantFrom(...def.pages.flatMap((p) => p.questions)),
    fc.dictionary(fc.string(), fc.array(fc.string(), { maxLength: 3 })),
    fc.array(fc.string(), { maxLength: 4 }),
  ),
);

describe('properties', () => {
  it('readAnswers never throws, for any question and any strings', () => {
    fc.assert(
      fc.property(questionAndStrings, ([q, byName, fallback]) => {
        const get = (name: string) =>
          Object.prototype.hasOwnProperty.call(byName, name) ? byName[name]! : fallback;
        expect(() => readAnswers([q], get)).not.toThrow();
        expect(() => checkAnswer(q, readAnswers([q], get)[q.id])).not.toThrow();
      }),
      RUNS,
    );
  });

  it('round-trips every valid answer through the form fields', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        surveyArb
          .chain((def) => fc.constantFrom(...def.pages.flatMap((p) => p.questions)))
          .chain((q) => fc.tuple(fc.constant(q), valueFor(q))),
        ([q, raw]) => {
          const result = checkAnswer(q, raw);
          if (!('value' in result) || result.value === undefined) return;
          checked++;
          const back = readAnswers([q], getterOf(writeFields(q, result.value)))[q.id];
          expect(checkAnswer(q, back)).toEqual({ value: canonical(q, result.value) });
          expect(back).toEqual(canonical(q, result.value));
        },
      ),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThan(250);
  });

  it('round-trips the store-visit fixture', () => {
    const questions = storeVisitSurvey.pages.flatMap((p) => p.questions);
    const answers = {
      nps: 4,
      visit_type: { other: 'drive-through' },
      issues: { picks: ['wait', 'price'], other: 'noise' },
      satisfaction: 2,
      comment: 'Slow',
      callback: true,
      contact: { email: 'a@b.co' },
    };
    const pairs = questions.flatMap((q) => writeFields(q, (answers as Record<string, unknown>)[q.id]));
    expect(readAnswers(questions, getterOf(pairs))).toEqual(answers);
  });
});
