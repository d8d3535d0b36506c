import { describe, expect, it } from 'vitest';
import type { Condition, ConditionOp, SurveyDefinition } from '../../../../../common/survey/definition';
import { CONDITION_OPS, surveyDefinitionSchema } from '../../../../../common/survey/definition';
import { storeVisitSurvey as def } from '../../../../../common/survey/fixtures';
import {
  asRootGroup,
  fromRootGroup,
  updateAt,
  withDisplayIf,
  withEndingIf,
  withJumps,
} from './condition-tree';
import {
  HIDDEN_OPS,
  conditionText,
  defaultValue,
  fitLeaf,
  leafProblem,
  newLeaf,
  opLabelKey,
  opsForQuestion,
  opTakesValue,
  questionLabel,
  questionRefs,
  referencableQuestions,
  truncate,
  type Place,
  type SentenceWords,
} from './logic-model';

const TODAY = '2026-05-01';
const valid = (d: SurveyDefinition) => surveyDefinitionSchema.safeParse(d).success;

const EN_OPS: Record<string, string> = {
  'ops.eq': 'is',
  'ops.neq': 'is not',
  'ops.lt': 'is less than',
  'ops.lte': 'is at most',
  'ops.gt': 'is more than',
  'ops.gte': 'is at least',
  'ops.includes': 'includes',
  'ops.excludes': 'does not include',
  'ops.answered': 'is answered',
  'ops.not_answered': 'is not answered',
  'opsDate.lt': 'is before',
  'opsText.includes': 'contains',
  'opsHidden.answered': 'is present',
};
const words: SentenceWords = {
  op: (op, wording) => EN_OPS[opLabelKey(op, wording)] ?? op,
  hidden: (name) => `hidden field ${name}`,
  yes: 'yes',
  no: 'no',
  join: (kind, parts) => parts.join(kind === 'all' ? ' and ' : ' or '),
  not: (text) => `not ${text}`,
};

describe('which questions a condition may read', () => {
  const ids = (place: Place) => referencableQuestions(def, place).map((r) => r.question.id);

  it('display logic reads the questions before it, on earlier pages and its own', () => {
    expect(ids({ kind: 'question', page: 0, index: 0 })).toEqual([]);
    expect(ids({ kind: 'question', page: 1, index: 1 })).toEqual(['nps', 'visit_type', 'issues']);
  });

  it('jumps read their own page and earlier ones; endings read everything', () => {
    expect(ids({ kind: 'jump', page: 0 })).toEqual(['nps', 'visit_type']);
    expect(ids({ kind: 'ending' })).toHaveLength(questionRefs(def).length);
  });

  it('agrees with the definition checks for every question and every place', () => {
    const refs = questionRefs(def);
    for (const place of refs) {
      for (const target of refs) {
        const cond: Condition = { question: target.question.id, op: 'answered' };
        const next = withDisplayIf(def, place.page, place.index, cond);
        const allowed = ids({ kind: 'question', page: place.page, index: place.index }).includes(
          target.question.id,
        );
        expect(valid(next), `${place.question.id} reads ${target.question.id}`).toBe(allowed);
      }
    }
  });
});

describe('operators and values per question type', () => {
  it('offers exactly the ops the definition checks accept, each with a valid default value', () => {
    for (const ref of questionRefs(def)) {
      const offered = opsForQuestion(ref.question);
      for (const op of CONDITION_OPS) {
        const value = opTakesValue(op) ? defaultValue(ref.question, TODAY) : undefined;
        const leaf: Condition =
          value === undefined ? { question: ref.question.id, op } : { question: ref.question.id, op, value };
        const next = withEndingIf(def, 2, leaf);
        expect(valid(next), `${ref.question.type} ${op}`).toBe(offered.includes(op));
      }
    }
  });

  it('offers comparisons for scales, picks for multiple choice, only presence for a contact', () => {
    const q = (id: string) => questionRefs(def).find((r) => r.question.id === id)!.question;
    expect(opsForQuestion(q('nps'))).toContain('lte');
    expect(opsForQuestion(q('issues'))).toEqual(['includes', 'excludes', 'answered', 'not_answered']);
    expect(opsForQuestion(q('contact'))).toEqual(['answered', 'not_answered']);
    expect(opsForQuestion(q('callback'))).toEqual(['eq', 'neq', 'answered', 'not_answered']);
  });

  it('reads operators in the words of what they compare', () => {
    expect(opLabelKey('lt', 'date')).toBe('opsDate.lt');
    expect(opLabelKey('lt', 'number')).toBe('ops.lt');
    expect(opLabelKey('includes', 'text')).toBe('opsText.includes');
    expect(opLabelKey('includes', 'multi')).toBe('ops.includes');
    expect(opLabelKey('answered', 'hidden')).toBe('opsHidden.answered');
    expect(HIDDEN_OPS).toHaveLength(CONDITION_OPS.length);
  });
});

describe('fitting a condition to its subject', () => {
  it('keeps what still fits and replaces the rest', () => {
    expect(fitLeaf({ question: 'visit_type', op: 'lte', value: 6 }, def, TODAY)).toEqual({
      question: 'visit_type',
      op: 'eq',
      value: 'dine_in',
    });
    expect(fitLeaf({ question: 'nps', op: 'gte', value: 9 }, def, TODAY)).toEqual({
      question: 'nps',
      op: 'gte',
      value: 9,
    });
    expect(fitLeaf({ question: 'contact', op: 'eq', value: 1 }, def, TODAY)).toEqual({
      question: 'contact',
      op: 'answered',
    });
    expect(fitLeaf({ hidden: 'store', op: 'includes', value: 3 }, def, TODAY)).toEqual({
      hidden: 'store',
      op: 'includes',
      value: '',
    });
  });

  it('starts a new condition on the nearest earlier question, or a hidden field', () => {
    expect(newLeaf(def, { kind: 'question', page: 1, index: 0 }, TODAY)).toEqual({
      question: 'visit_type',
      op: 'eq',
      value: 'dine_in',
    });
    expect(newLeaf(def, { kind: 'question', page: 0, index: 0 }, TODAY)).toEqual({
      hidden: 'store',
      op: 'eq',
      value: '',
    });
    expect(newLeaf({ ...def, hiddenFields: [] }, { kind: 'question', page: 0, index: 0 }, TODAY)).toBeNull();
  });

  it('names what is wrong with a condition', () => {
    const first: Place = { kind: 'question', page: 0, index: 1 };
    expect(leafProblem({ question: 'nps', op: 'lte', value: 6 }, def, first)).toBeNull();
    expect(leafProblem({ question: 'comment', op: 'answered' }, def, first)).toBe('notEarlier');
    expect(leafProblem({ question: 'gone', op: 'answered' }, def, first)).toBe('unknownQuestion');
    expect(leafProblem({ question: 'nps', op: 'includes', value: 'x' }, def, first)).toBe('badOp');
    expect(leafProblem({ question: 'nps', op: 'lte', value: 'six' }, def, first)).toBe('badValue');
    expect(leafProblem({ hidden: 'staff', op: 'eq', value: 'x' }, def, first)).toBe('unknownHidden');
  });
});

describe('a condition as a sentence', () => {
  it('reads questions by number and truncated title, options by label, groups in brackets', () => {
    const cond: Condition = {
      all: [
        { question: 'nps', op: 'lte', value: 6 },
        {
          any: [
            { question: 'visit_type', op: 'eq', value: 'takeaway' },
            { hidden: 'store', op: 'includes', value: 'Shanghai' },
          ],
        },
      ],
    };
    expect(conditionText(cond, def, words)).toBe(
      'Q1 · How likely are you to recommend [store] to a fr… is at most 6 and ' +
        '(Q2 · How did you visit us? is Takeaway or hidden field store contains “Shanghai”)',
    );
  });

  it('reads consent, presence and an existing not', () => {
    expect(conditionText({ question: 'callback', op: 'eq', value: true }, def, words)).toBe(
      'Q6 · May we contact you about your visit? is yes',
    );
    expect(conditionText({ not: { question: 'issues', op: 'includes', value: 'wait' } }, def, words)).toBe(
      'not Q3 · What went wrong? includes Waiting time',
    );
    expect(conditionText({ hidden: 'store', op: 'answered' }, def, words)).toBe(
      'hidden field store is present',
    );
  });

  it('truncates long titles', () => {
    expect(truncate('a'.repeat(60), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(questionLabel(def, 'comment', 20)).toBe('Q5 · You gave [store] a…');
  });
});

describe('editing the condition tree', () => {
  const nested: Condition = {
    all: [
      { question: 'nps', op: 'lte', value: 6 },
      { any: [{ question: 'visit_type', op: 'eq', value: 'takeaway' }] },
    ],
  };

  it('removes an empty group with its last condition, and the root of one is that condition', () => {
    const without = updateAt(nested, [1, 0], () => null);
    expect(without).toEqual({ all: [{ question: 'nps', op: 'lte', value: 6 }] });
    expect(fromRootGroup(without)).toEqual({ question: 'nps', op: 'lte', value: 6 });
    expect(fromRootGroup(updateAt(asRootGroup({ question: 'nps', op: 'answered' }), [0], () => null))).toBe(
      undefined,
    );
  });

  it('changes a node inside a not', () => {
    const c: Condition = { not: { any: [{ question: 'nps', op: 'lte', value: 6 }] } };
    const op: ConditionOp = 'gte';
    expect(updateAt(c, ['not', 0], (n) => ({ ...n, op }) as Condition)).toEqual({
      not: { any: [{ question: 'nps', op: 'gte', value: 6 }] },
    });
  });

  it('writes display logic, jumps and ending logic back into a valid definition', () => {
    let next = withDisplayIf(def, 1, 2, nested);
    next = withJumps(next, 1, [
      { if: { question: 'satisfaction', op: 'lte', value: 2 }, to: { page: 'follow_up' } },
    ]);
    next = withEndingIf(next, 0, undefined);
    expect(valid(withEndingIf(next, 2, { question: 'nps', op: 'answered' }))).toBe(true);
    expect(next.pages[1]?.questions[2]?.displayIf).toEqual(nested);
    expect(withJumps(next, 1, []).pages[1]).not.toHaveProperty('jumps');
    expect(next.endings[0]).not.toHaveProperty('if');
  });
});
