import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check-answer';
import { hiddenArb, submissionArb } from './arbitraries';
import type { Answers, Question, SurveyDefinition } from './definition';
import { surveyDefinitionSchema } from './definition';
import { storeVisitInput } from './fixtures';
import { isAnswered, isQuestionVisible, pagePath } from './logic';
import { validateSubmission } from './validate-answers';

const RUNS = { numRuns: 300 };
describe('surveyDefinitionSchema on arbitrary input', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(surveyDefinitionSchema.safeParse(json).success).toBe(false);
      }),
      RUNS,
    );
  });

  it('never throws when one field of a valid survey is replaced by arbitrary JSON', () => {
    const paths: string[][] = [];
    const collect = (v: unknown, path: string[]) => {
      paths.push(path);
      if (v && typeof v === 'object') for (const k of Object.keys(v)) collect((v as any)[k], [...path, k]);
    };
    collect(storeVisitInput(), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, json) => {
        const survey: any = storeVisitInput();
        let parent = survey;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path[path.length - 1]!] = json;
        expect(() => surveyDefinitionSchema.safeParse(survey)).not.toThrow();
      }),
      RUNS,
    );
  });
});

function findQuestion(def: SurveyDefinition, id: string): Question | undefined {
  return def.pages.flatMap((p) => p.questions).filter((q) => q.id === id)[0];
}

/** Kept answers are valid, visible and on the path, and checking them again changes nothing. */
function expectClean(
  def: SurveyDefinition,
  answers: Answers,
  hidden: Record<string, string>,
  complete: boolean,
) {
  const ctx = { answers, hidden };
  const path = pagePath(def, ctx).pages;
  for (const id of Object.keys(answers)) {
    const q = findQuestion(def, id)!;
    expect(q).toBeDefined();
    expect(path).toContain(def.pages.filter((p) => p.questions.includes(q))[0]!.id);
    expect(isQuestionVisible(def, id, ctx)).toBe(true);
    expect(isAnswered(answers[id])).toBe(true);
    expect(checkAnswer(q, answers[id])).toEqual({ value: answers[id] });
  }
  expect(validateSubmission(def, { answers, hidden }, { complete })).toEqual({ ok: true, answers, hidden });
}

describe('validateSubmission on generated surveys', () => {
  it('never throws, and whatever it accepts is clean', () => {
    fc.assert(
      fc.property(submissionArb, hiddenArb, fc.boolean(), ({ def, answers }, hidden, complete) => {
        const result = validateSubmission(def, { answers, hidden }, { complete });
        if (result.ok) expectClean(def, result.answers, result.hidden, complete);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('accepts a partial save once the failing answers are removed', () => {
    fc.assert(
      fc.property(submissionArb, hiddenArb, ({ def, answers }, hidden) => {
        const raw: Record<string, unknown> = { ...answers };
        let result = validateSubmission(def, { answers: raw, hidden }, { complete: false });
        for (let i = 0; !result.ok && i < 10; i++) {
          for (const e of result.errors) delete raw[e.questionId];
          result = validateSubmission(def, { answers: raw, hidden }, { complete: false });
        }
        expect(result.ok).toBe(true);
        if (result.ok) expectClean(def, result.answers, result.hidden, false);
      }),
      RUNS,
    );
  });
});
