import { describe, expect, it } from 'vitest';
import type { Question, SurveyDefinition } from '../../../../common/survey/definition';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import {
  addEnding,
  addHiddenField,
  addLanguage,
  addPage,
  addQuestion,
  findQuestion,
  insertQuestion,
  moveItem,
  movePage,
  moveQuestion,
  questionIds,
  removeEnding,
  removeLanguage,
  removePage,
  removeQuestion,
  setDefaultLanguage,
  setText,
  stepQuestion,
  stepTarget,
  uniqueId,
  updateQuestion,
} from './draft-ops';
import { describePath, draftIssues } from './issues';
import { QUESTION_TYPES, newQuestion } from './question-factory';

const def = (): SurveyDefinition => structuredClone(storeVisitSurvey);
/** Question ids page by page: [['nps', 'visit_type'], […], …]. */
const layout = (d: SurveyDefinition) => d.pages.map((p) => p.questions.map((q) => q.id));
const texts = { option: (n: number) => `Option ${n}`, row: (n: number) => `Row ${n}` };

describe('uniqueId', () => {
  it('numbers the prefix past the ids taken', () => {
    expect(uniqueId('text', new Set())).toBe('text_1');
    expect(uniqueId('text', new Set(['text_1', 'text_2']))).toBe('text_3');
  });
  it('makes any prefix a valid id of at most 40 characters', () => {
    expect(uniqueId('9 Lives!', new Set())).toBe('q9_lives__1');
    expect(uniqueId('x'.repeat(60), new Set())).toHaveLength(40);
  });
});

describe('questions', () => {
  it('finds a question with its page and index', () => {
    expect(findQuestion(def(), 'comment')?.at).toEqual({ page: 1, index: 2 });
    expect(findQuestion(def(), 'nope')).toBeNull();
  });

  it('adds, inserts and removes without touching the original', () => {
    const original = def();
    const q = newQuestion('text', questionIds(original), 'en', texts);
    const added = addQuestion(original, q, 0);
    expect(layout(added)[0]).toEqual(['nps', 'visit_type', 'text_1']);
    expect(layout(original)[0]).toEqual(['nps', 'visit_type']);

    const inserted = insertQuestion(original, q, { page: 2, index: 0 });
    expect(layout(inserted)[2]).toEqual(['text_1', 'callback', 'contact']);

    const removed = removeQuestion(inserted, 'text_1');
    expect(removed?.removed.at).toEqual({ page: 2, index: 0 });
    expect(layout(removed!.def)).toEqual(layout(original));
    // Undo: put it back where it was.
    expect(layout(insertQuestion(removed!.def, removed!.removed.question, removed!.removed.at))).toEqual(
      layout(inserted),
    );
  });

  it('updates one question', () => {
    const next = updateQuestion(def(), 'satisfaction', (q) => ({ ...q, required: false }));
    expect(findQuestion(next, 'satisfaction')?.question.required).toBe(false);
    expect(findQuestion(def(), 'satisfaction')?.question.required).toBe(true);
  });

  it('moves a question within its page and to another page', () => {
    expect(layout(moveQuestion(def(), 'issues', { page: 1, index: 2 }))[1]).toEqual([
      'satisfaction',
      'comment',
      'issues',
    ]);
    const across = moveQuestion(def(), 'nps', { page: 2, index: 1 });
    expect(layout(across)[0]).toEqual(['visit_type']);
    expect(layout(across)[2]).toEqual(['callback', 'nps', 'contact']);
  });

  it('steps up and down, crossing page edges, and stops at the ends', () => {
    const d = def();
    expect(layout(stepQuestion(d, 'nps', 1))[0]).toEqual(['visit_type', 'nps']);
    // Down from the last of a page: first of the next page.
    expect(layout(stepQuestion(d, 'visit_type', 1))).toEqual([
      ['nps'],
      ['visit_type', 'issues', 'satisfaction', 'comment'],
      ['callback', 'contact'],
    ]);
    // Up from the first of a page: last of the page before.
    expect(layout(stepQuestion(d, 'callback', -1))[1]).toEqual([
      'issues',
      'satisfaction',
      'comment',
      'callback',
    ]);
    expect(stepTarget(d, 'nps', -1)).toBeNull();
    expect(stepTarget(d, 'contact', 1)).toBeNull();
    expect(stepQuestion(d, 'nps', -1)).toBe(d);
  });
});

describe('pages', () => {
  it('adds a page with its first question and a fresh id', () => {
    const q = newQuestion('nps', new Set(['nps']), 'en', texts);
    const next = addPage(def(), [q]);
    expect(next.pages).toHaveLength(4);
    expect(next.pages[3]).toMatchObject({ id: 'page_1', questions: [{ id: 'nps_1', type: 'nps' }] });
  });

  it('moves and removes pages, never the last one', () => {
    expect(movePage(def(), 2, 0).pages.map((p) => p.id)).toEqual(['follow_up', 'score', 'details']);
    expect(removePage(def(), 1).pages.map((p) => p.id)).toEqual(['score', 'follow_up']);
    const single = { ...def(), pages: [def().pages[0]!] };
    expect(removePage(single, 0)).toBe(single);
  });

  it('moveItem leaves the list alone for indexes out of range', () => {
    expect(moveItem([1, 2, 3], 0, 2)).toEqual([2, 3, 1]);
    expect(moveItem([1, 2, 3], 0, 5)).toEqual([1, 2, 3]);
  });
});

describe('texts and languages', () => {
  it('keeps an empty default-language text but drops other empty ones', () => {
    expect(setText({ en: 'Hi', es: 'Hola' }, 'es', '', 'en')).toEqual({ en: 'Hi' });
    expect(setText({ en: 'Hi' }, 'en', '', 'en')).toEqual({ en: '' });
    expect(setText({ en: 'Hi' }, 'es', 'Hola', 'en')).toEqual({ en: 'Hi', es: 'Hola' });
  });

  it('makes an optional text undefined once nothing is left', () => {
    expect(setText({ en: 'Note' }, 'en', '', 'en', true)).toBeUndefined();
    expect(setText(undefined, 'en', 'Note', 'en', true)).toEqual({ en: 'Note' });
  });

  it('removes a language with its texts everywhere, but never the default', () => {
    const next = removeLanguage(def(), 'zh-CN');
    expect(next.languages).toEqual(['en', 'es']);
    expect(JSON.stringify(next)).not.toContain('zh-CN');
    expect(findQuestion(next, 'visit_type')?.question).toMatchObject({
      options: [{ label: { en: 'Dine in', es: 'Comer en el local' } }, {}, {}],
    });
    const d = def();
    expect(removeLanguage(d, 'en')).toBe(d);
  });

  it('adds a language once and can make it the default', () => {
    expect(addLanguage(def(), 'fr').languages).toEqual(['en', 'zh-CN', 'es', 'fr']);
    expect(addLanguage(def(), 'es').languages).toEqual(['en', 'zh-CN', 'es']);
    expect(setDefaultLanguage(def(), 'de')).toMatchObject({
      defaultLanguage: 'de',
      languages: ['en', 'zh-CN', 'es', 'de'],
    });
  });
});

describe('hidden fields and endings', () => {
  it('adds a hidden field once', () => {
    expect(addHiddenField(def(), 'order_id').hiddenFields.map((h) => h.name)).toEqual([
      'store',
      'order_total',
      'order_id',
    ]);
    expect(addHiddenField(def(), 'store').hiddenFields).toHaveLength(2);
  });

  it('adds and removes endings, keeping at least one', () => {
    const next = addEnding(def(), 'Bye');
    expect(next.endings.at(-1)).toEqual({ id: 'ending_1', title: { en: 'Bye' } });
    expect(removeEnding(next, 'ending_1').endings).toHaveLength(3);
    const one = { ...def(), endings: [def().endings[0]!] };
    expect(removeEnding(one, 'promoter_thanks')).toBe(one);
  });
});

describe('newQuestion', () => {
  it.each(QUESTION_TYPES)('makes a valid %s question once it has a title', (type) => {
    const d = def();
    const q = newQuestion(type, questionIds(d), 'en', texts);
    expect(q.type).toBe(type);
    // The empty title is the only thing the builder asks for.
    expect(draftIssues(addQuestion(d, q, 0)).map((i) => i.path.join('.'))).toEqual([
      `pages.0.questions.2.title.en`,
    ]);
    const titled = { ...q, title: { en: 'Asked' } } as Question;
    expect(draftIssues(addQuestion(d, titled, 0))).toEqual([]);
  });
});

describe('issues', () => {
  it('finds none in a valid survey', () => {
    expect(draftIssues(def())).toEqual([]);
  });

  it('reports an empty page and a missing default text with the place in parts', () => {
    const d = def();
    const broken = moveQuestion(moveQuestion(d, 'callback', { page: 0, index: 0 }), 'contact', {
      page: 0,
      index: 0,
    });
    const issues = draftIssues(broken);
    expect(issues.some((i) => i.path.join('.') === 'pages.2.questions')).toBe(true);

    const noTitle = updateQuestion(d, 'comment', (q) => ({ ...q, title: { 'zh-CN': '意见' } }));
    const issue = draftIssues(noTitle).find((i) => i.path.join('.') === 'pages.1.questions.2.title');
    expect(issue?.message).toContain('default language');
  });

  it('describes a path as numbered places, fields and languages', () => {
    expect(describePath(def(), ['pages', 1, 'questions', 0, 'options', 2, 'label', 'zh-CN'])).toEqual([
      { kind: 'numbered', key: 'page', n: 2 },
      { kind: 'numbered', key: 'question', n: 1 },
      { kind: 'numbered', key: 'option', n: 3 },
      { kind: 'field', key: 'label' },
      { kind: 'language', tag: 'zh-CN' },
    ]);
    expect(describePath(def(), ['endings', 0, 'if', 'all', 1, 'question'])).toEqual([
      { kind: 'numbered', key: 'ending', n: 1 },
      { kind: 'field', key: 'if' },
      { kind: 'raw', text: 'all' },
      { kind: 'raw', text: '1' },
      { kind: 'raw', text: 'question' },
    ]);
  });
});
