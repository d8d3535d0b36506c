// fast-check arbitraries for the property tests: small valid surveys built by construction, and
// answers that are mostly plausible for each question's type.
import fc from 'fast-check';
import type { Condition, Question, SurveyDefinition } from './definition';
import { surveyDefinitionSchema } from './definition';
import { QUESTION_TYPES } from './question-types';

export const TYPES = QUESTION_TYPES;

const opts = (...ids: string[]) => ids.map((id) => ({ id, label: { en: id.toUpperCase(), 'zh-CN': id } }));

function questionOf(type: (typeof TYPES)[number], id: string, s: number, required: boolean): object {
  const base = { id, type, required, title: { en: `Q ${id}` } };
  switch (type) {
    case 'rating':
      return { ...base, points: [5, 7, 10][s % 3] };
    case 'single_choice':
      return { ...base, options: opts('a', 'b'), other: s % 2 === 0 };
    case 'multiple_choice':
      return {
        ...base,
        options: opts('a', 'b', 'c'),
        other: s % 2 === 0,
        minPicks: s % 3,
        maxPicks: 2 + (s % 2),
      };
    case 'dropdown':
    case 'ranking':
      return { ...base, options: opts('a', 'b', 'c') };
    case 'matrix':
      return {
        ...base,
        rows: opts('r1', 'r2'),
        scale: [1, 2, 3].map((value) => ({ value, label: { en: 'x' } })),
      };
    case 'importance_performance':
      return { ...base, points: s % 2 ? 5 : 7 };
    case 'text':
      return { ...base, maxLength: 3 + (s % 10) };
    case 'number':
      return { ...base, integer: s % 2 === 0, ...(s % 3 ? { min: -3, max: 8 } : {}) };
    case 'date':
      return { ...base, min: '2024-01-01', max: '2024-12-31' };
    case 'contact':
      return { ...base, email: s % 3 !== 1, phone: s % 3 !== 0 };
    default:
      return base;
  }
}

/** A valid condition on one of `earlier` (or the hidden field `store`), chosen by `seed`. */
function conditionOn(earlier: Question[], seed: number): Condition {
  const q = earlier[seed % (earlier.length + 1)];
  const leaf = (): Condition => {
    if (!q)
      return seed % 2 ? { hidden: 'store', op: 'answered' } : { hidden: 'store', op: 'includes', value: 'a' };
    const numeric = ['lt', 'lte', 'gt', 'gte', 'eq', 'neq'] as const;
    switch (q.type) {
      case 'nps':
      case 'rating':
      case 'csat':
      case 'ces':
      case 'number':
        return { question: q.id, op: numeric[seed % 6]!, value: seed % 11 };
      case 'single_choice':
      case 'dropdown':
        return { question: q.id, op: seed % 2 ? 'eq' : 'neq', value: 'a' };
      case 'multiple_choice':
        return { question: q.id, op: seed % 2 ? 'includes' : 'excludes', value: 'b' };
      case 'text':
        return { question: q.id, op: 'includes', value: 'a' };
      case 'date':
        return { question: q.id, op: 'lt', value: '2024-06-01' };
      case 'consent':
        return { question: q.id, op: 'eq', value: true };
      default:
        return { question: q.id, op: seed % 2 ? 'answered' : 'not_answered' };
    }
  };
  const c = leaf();
  return seed % 7 === 0
    ? { not: c }
    : seed % 5 === 0
      ? { any: [c, { hidden: 'store', op: 'eq', value: 'x' }] }
      : c;
}

const questionSeed = fc.record({
  type: fc.constantFrom(...TYPES),
  s: fc.nat(1000),
  logic: fc.nat(1000),
  req: fc.boolean(),
});
export const surveyArb: fc.Arbitrary<SurveyDefinition> = fc
  .record({
    pages: fc.array(fc.array(questionSeed, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    jumps: fc.array(fc.record({ from: fc.nat(2), to: fc.nat(3), seed: fc.nat(1000) }), { maxLength: 3 }),
    endings: fc.array(fc.nat(1000), { maxLength: 2 }),
    withDefault: fc.boolean(),
    constructorId: fc.boolean(),
  })
  .map((g) => {
    const earlier: Question[] = [];
    const pages = g.pages.map((seeds, p) => {
      const questions = seeds.map((x, i) => {
        const id = p === 0 && i === 0 && g.constructorId ? 'constructor' : `q${p}_${i}`;
        const q = questionOf(x.type, id, x.s, x.req);
        const question = x.logic % 3 !== 0 ? { ...q, displayIf: conditionOn(earlier, x.logic) } : q;
        earlier.push(question as Question);
        return question;
      });
      const jumps = g.jumps
        .filter((j) => j.from === p)
        .map((j) => ({
          if: conditionOn(earlier, j.seed),
          to: j.to + p + 1 < g.pages.length && j.to % 2 ? { page: `p${j.to + p + 1}` } : { end: 'e0' },
        }));
      return { id: `p${p}`, questions, jumps };
    });
    const endings: { id: string; if?: Condition; title: { en: string } }[] = g.endings.map((seed, k) => ({
      id: `e${k}`,
      if: conditionOn(earlier, seed),
      title: { en: 'E' },
    }));
    if (g.withDefault || endings.length === 0)
      endings.push({ id: `e${endings.length}`, title: { en: 'End' } });
    const input = {
      defaultLanguage: 'en',
      languages: ['en', 'zh-CN'],
      hiddenFields: [{ name: 'store' }],
      pages,
      endings,
    };
    const parsed = surveyDefinitionSchema.safeParse(input);
    if (!parsed.success)
      throw new Error(`generated an invalid survey: ${JSON.stringify(parsed.error.issues)}`);
    return parsed.data;
  });

export const answerValue = fc.oneof(
  fc.integer({ min: -2, max: 12 }),
  fc.double(),
  fc.constantFrom(
    'a',
    'b',
    'c',
    'z',
    '',
    ' ab ',
    'abcdefghijklmnop',
    '2024-02-29',
    '2023-02-29',
    '2025-01-01',
  ),
  fc.record({ other: fc.string({ maxLength: 8 }) }),
  fc.record({
    picks: fc.array(fc.constantFrom('a', 'b', 'c', 'z'), { maxLength: 4 }),
    other: fc.option(fc.string()),
  }),
  fc.shuffledSubarray(['a', 'b', 'c']),
  fc.dictionary(fc.constantFrom('r1', 'r2', 'r3'), fc.integer({ min: 0, max: 4 })),
  fc.record({ importance: fc.integer({ min: 0, max: 8 }), performance: fc.integer({ min: 0, max: 8 }) }),
  fc.record(
    { email: fc.constantFrom('a@b.co', 'bad', ''), phone: fc.constantFrom('+1 555 0100', 'x', '') },
    { requiredKeys: [] },
  ),
  fc.boolean(),
  fc.jsonValue(),
);
/** Mostly plausible values for the question's type, sometimes anything. */
function valueFor(q: Question): fc.Arbitrary<unknown> {
  const plausible = ((): fc.Arbitrary<unknown> => {
    switch (q.type) {
      case 'single_choice':
        return fc.oneof(fc.constantFrom('a', 'b', 'z'), fc.record({ other: fc.string({ maxLength: 5 }) }));
      case 'multiple_choice':
        return fc.record(
          {
            picks: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
            other: fc.string({ maxLength: 4 }),
          },
          { requiredKeys: ['picks'] },
        );
      case 'dropdown':
        return fc.constantFrom('a', 'b', 'c', 'z');
      case 'ranking':
        return fc.shuffledSubarray(['a', 'b', 'c'], { minLength: 2 });
      case 'matrix':
        return fc.dictionary(fc.constantFrom('r1', 'r2'), fc.integer({ min: 0, max: 3 }));
      case 'importance_performance':
        return fc.record({
          importance: fc.integer({ min: 1, max: 8 }),
          performance: fc.integer({ min: 1, max: 8 }),
        });
      case 'text':
        return fc.string({ maxLength: 14 });
      case 'date':
        return fc.constantFrom('2024-02-29', '2024-06-30', '2023-02-29', '2025-01-01');
      case 'contact':
        return fc.record(
          { email: fc.constantFrom('a@b.co', 'bad', ''), phone: fc.constantFrom('+1 555 0100', 'x', '') },
          { requiredKeys: [] },
        );
      case 'consent':
        return fc.boolean();
      case 'number':
        return fc.oneof(fc.integer({ min: -4, max: 9 }), fc.double({ min: -4, max: 9, noNaN: true }));
      default:
        return fc.integer({ min: -1, max: 11 });
    }
  })();
  return fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: answerValue });
}

/** A survey, answers to some of its questions (plus an unknown id) and hidden fields. */
export const submissionArb = surveyArb.chain((def) => {
  const questions = def.pages.flatMap((p) => p.questions);
  const values = questions.map((q) => fc.option(valueFor(q), { nil: undefined, freq: 3 }));
  return fc
    .tuple(fc.constant(def), fc.tuple(...values), fc.option(answerValue, { nil: undefined }))
    .map(([d, vs, ghost]) => {
      const answers: Record<string, unknown> = {};
      questions.forEach((q, i) => {
        if (vs[i] !== undefined) answers[q.id] = vs[i];
      });
      if (ghost !== undefined) answers.ghost = ghost;
      return { def: d, answers };
    });
});
export const hiddenArb = fc.record(
  { store: fc.constantFrom('a', 'x', 'b'), other: fc.string() },
  { requiredKeys: [] },
);
