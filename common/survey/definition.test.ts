import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema } from './definition';
import { storeVisitInput } from './fixtures';

/** The paths (joined with .) of every issue, or [] when the survey parses. */
function issuePaths(input: unknown): string[] {
  const result = surveyDefinitionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

/** The fixture, changed by `edit` (which may mutate the fresh copy it is given). */
function edited(edit: (s: any) => void): unknown {
  const s: any = storeVisitInput();
  edit(s);
  return s;
}

describe('surveyDefinitionSchema', () => {
  it('parses a realistic survey and fills in defaults', () => {
    const parsed = surveyDefinitionSchema.parse(storeVisitInput());
    expect(parsed.pages.map((p) => p.id)).toEqual(['score', 'details', 'follow_up']);
    const comment = parsed.pages[1]!.questions[2]!;
    expect(comment).toMatchObject({ type: 'text', required: false, maxLength: 2000, multiline: true });
    expect(surveyDefinitionSchema.parse(edited((s) => delete s.theme)).theme).toEqual({ accent: '#0f766e' });
  });

  it('accepts every question type', () => {
    const questions = [
      { id: 'a', type: 'rating', points: 7, display: 'stars', title: { en: 'A' } },
      { id: 'b', type: 'ces', title: { en: 'B' } },
      { id: 'c', type: 'dropdown', title: { en: 'C' }, options: [{ id: 'x', label: { en: 'X' } }] },
      { id: 'd', type: 'ranking', title: { en: 'D' }, options: [{ id: 'x', label: { en: 'X' } }] },
      {
        id: 'e',
        type: 'matrix',
        title: { en: 'E' },
        rows: [{ id: 'r', label: { en: 'R' } }],
        scale: [
          { value: 1, label: { en: 'Bad' } },
          { value: 2, label: { en: 'Good' } },
        ],
      },
      {
        id: 'f',
        type: 'importance_performance',
        points: 5,
        title: { en: 'F' },
        importanceLabel: { en: 'I' },
      },
      { id: 'g', type: 'number', min: 0, max: 10, integer: true, title: { en: 'G' } },
      { id: 'h', type: 'date', min: '2024-02-29', title: { en: 'H' } },
    ];
    expect(issuePaths(edited((s) => s.pages.push({ id: 'more', questions })))).toEqual([]);
  });

  it.each<[string, (s: any) => void, string]>([
    [
      'a duplicate question id across pages',
      (s) => (s.pages[2].questions[0].id = 'nps'),
      'pages.2.questions.0.id',
    ],
    ['a duplicate page id', (s) => (s.pages[1].id = 'score'), 'pages.1.id'],
    [
      'a duplicate option id',
      (s) => (s.pages[0].questions[1].options[2].id = 'dine_in'),
      'pages.0.questions.1.options.2.id',
    ],
    ['a duplicate ending id', (s) => (s.endings[2].id = 'sorry'), 'endings.2.id'],
    ['a duplicate hidden field', (s) => s.hiddenFields.push({ name: 'store' }), 'hiddenFields.2.name'],
    ['two default endings', (s) => delete s.endings[1].if, 'endings.2.if'],
    [
      'display logic reading a later question',
      (s) => (s.pages[1].questions[1].displayIf = { question: 'comment', op: 'answered' }),
      'pages.1.questions.1.displayIf.question',
    ],
    [
      'display logic reading the question itself',
      (s) => (s.pages[0].questions[0].displayIf = { question: 'nps', op: 'answered' }),
      'pages.0.questions.0.displayIf.question',
    ],
    [
      'a nested condition reading an unknown question',
      (s) => (s.pages[1].questions[0].displayIf = { all: [{ not: { question: 'ghost', op: 'answered' } }] }),
      'pages.1.questions.0.displayIf.all.0.not.question',
    ],
    [
      'a jump reading a later page',
      (s) => (s.pages[0].jumps[0].if = { question: 'comment', op: 'answered' }),
      'pages.0.jumps.0.if.question',
    ],
    [
      'an undeclared hidden field',
      (s) => (s.endings[1].if = { hidden: 'staff', op: 'answered' }),
      'endings.1.if.hidden',
    ],
    [
      'an unknown jump page',
      (s) => (s.pages[0].jumps[0].to = { page: 'nowhere' }),
      'pages.0.jumps.0.to.page',
    ],
    [
      'an unknown jump ending',
      (s) => (s.pages[0].jumps[0].to = { end: 'nowhere' }),
      'pages.0.jumps.0.to.end',
    ],
    [
      'a backward jump',
      (s) => (s.pages[1].jumps = [{ if: { question: 'nps', op: 'eq', value: 1 }, to: { page: 'score' } }]),
      'pages.1.jumps.0.to.page',
    ],
    [
      'a jump to the same page',
      (s) => (s.pages[1].jumps = [{ if: { question: 'nps', op: 'eq', value: 1 }, to: { page: 'details' } }]),
      'pages.1.jumps.0.to.page',
    ],
    [
      'missing default-language title',
      (s) => delete s.pages[0].questions[1].title.en,
      'pages.0.questions.1.title',
    ],
    [
      'missing default-language option label',
      (s) => delete s.pages[0].questions[1].options[1].label.en,
      'pages.0.questions.1.options.1.label',
    ],
    [
      'missing default-language ending text',
      (s) => (s.endings[1].message = { es: 'Lo siento' }),
      'endings.1.message',
    ],
    ['a default language not in languages', (s) => (s.languages = ['zh-CN', 'es']), 'languages'],
    [
      'lt on a choice question',
      (s) => (s.pages[1].questions[0].displayIf = { question: 'visit_type', op: 'lt', value: 3 }),
      'pages.1.questions.0.displayIf.op',
    ],
    [
      'includes on a number',
      (s) => (s.pages[0].jumps[0].if = { question: 'nps', op: 'includes', value: 'x' }),
      'pages.0.jumps.0.if.op',
    ],
    [
      'eq on a multiple choice',
      (s) => (s.endings[1].if = { question: 'issues', op: 'eq', value: 'wait' }),
      'endings.1.if.op',
    ],
    [
      'a text value for nps',
      (s) => (s.pages[0].jumps[0].if = { question: 'nps', op: 'gte', value: '9' }),
      'pages.0.jumps.0.if.value',
    ],
    [
      'an unknown option in a condition',
      (s) => (s.endings[1].if = { question: 'visit_type', op: 'eq', value: 'walk' }),
      'endings.1.if.value',
    ],
    [
      'a value with answered',
      (s) => (s.endings[1].if = { question: 'nps', op: 'answered', value: 1 }),
      'endings.1.if.value',
    ],
    ['eq without a value', (s) => (s.endings[1].if = { hidden: 'store', op: 'eq' }), 'endings.1.if.value'],
    [
      'piping a later question',
      (s) => (s.pages[0].questions[1].title.en = 'After {{q:comment}}?'),
      'pages.0.questions.1.title.en',
    ],
    [
      'piping an unknown hidden field',
      (s) => (s.pages[1].title['zh-CN'] = '{{h:staff}}'),
      'pages.1.title.zh-CN',
    ],
    [
      'piping in a page title from the same page',
      (s) => (s.pages[1].title.en = '{{q:comment}}'),
      'pages.1.title.en',
    ],
    [
      'minPicks above maxPicks',
      (s) => (s.pages[1].questions[0].minPicks = 4),
      'pages.1.questions.0.minPicks',
    ],
    [
      'maxPicks above the options',
      (s) => (s.pages[1].questions[0].maxPicks = 6),
      'pages.1.questions.0.maxPicks',
    ],
    [
      'a contact question asking for nothing',
      (s) => (s.pages[2].questions[1].phone = s.pages[2].questions[1].email = false),
      'pages.2.questions.1.email',
    ],
    ['a bad id', (s) => (s.pages[0].id = 'Score'), 'pages.0.id'],
    ['a bad language tag', (s) => (s.languages = ['en', 'zh_CN']), 'languages.1'],
    ['a plain http logo', (s) => (s.theme.logoUrl = 'http://cdn.example.com/logo.png'), 'theme.logoUrl'],
    ['a bad accent', (s) => (s.theme.accent = 'red'), 'theme.accent'],
    ['no endings', (s) => (s.endings = []), 'endings'],
    [
      'a condition with extra keys',
      (s) => (s.endings[1].if = { not: { hidden: 'store', op: 'answered' }, all: [] }),
      'endings.1.if',
    ],
  ])('rejects %s', (_name, edit, path) => {
    expect(issuePaths(edited(edit))).toContain(path);
  });

  it('refuses deeply nested input instead of exhausting the stack', () => {
    let deep: object = { hidden: 'store', op: 'answered' };
    for (let i = 0; i < 20000; i++) deep = { not: deep };
    expect(issuePaths(edited((s) => (s.endings[1].if = deep)))).toEqual(['']);
    let fine: object = { hidden: 'store', op: 'answered' };
    for (let i = 0; i < 20; i++) fine = { not: fine };
    expect(issuePaths(edited((s) => (s.endings[1].if = fine)))).toEqual([]);
  });

  it('rejects bad number and date bounds', () => {
    const bounded = (q: object) =>
      edited((s) => s.pages.push({ id: 'more', questions: [{ title: { en: 'Q' }, ...q }] }));
    expect(issuePaths(bounded({ id: 'n', type: 'number', min: 5, max: 1 }))).toEqual([
      'pages.3.questions.0.min',
    ]);
    expect(issuePaths(bounded({ id: 'd', type: 'date', max: '2023-02-29' }))).toEqual([
      'pages.3.questions.0.max',
    ]);
    expect(issuePaths(bounded({ id: 'd', type: 'date', min: '2024-02-01', max: '2024-01-01' }))).toEqual([
      'pages.3.questions.0.min',
    ]);
  });
});
