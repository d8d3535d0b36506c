import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue, LocalizedText, Question, SurveyDefinition } from '../definition';
import { surveyDefinitionSchema } from '../definition';
import { pagePath, pipe, visibleQuestions } from '../logic';
import { validateSubmission } from '../validate-answers';
import type { SurveyTemplate } from './index';
import {
  BUILT_IN_TEMPLATES,
  findTemplate,
  SERVQUAL_DIMENSIONS,
  TEMPLATE_CATEGORIES,
  TEMPLATE_LANGUAGES,
} from './index';

const TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;
const LANGUAGES: readonly string[] = TEMPLATE_LANGUAGES;

/** An object whose keys are all language tags, at least one of them a template language. */
function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => TAG.test(k)) && keys.some((k) => LANGUAGES.includes(k));
}

/** Every localized text anywhere in `value`, with its path. */
function localizedTexts(value: unknown, path = ''): { path: string; text: LocalizedText }[] {
  if (isLocalizedText(value)) return [{ path, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
}

function parse(template: SurveyTemplate): SurveyDefinition {
  const result = surveyDefinitionSchema.safeParse(template.definition);
  if (!result.success) throw new Error(`${template.key}: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

const questionsOf = (def: SurveyDefinition): Question[] => def.pages.flatMap((p) => p.questions);

/** An unhappy respondent who answers everything: low scores, problems picked, a call-back asked for. */
function detractorAnswer(q: Question): AnswerValue {
  switch (q.type) {
    case 'nps':
      return 3;
    case 'rating':
    case 'csat':
      return 1;
    case 'ces':
      return 2;
    case 'single_choice':
    case 'dropdown':
      return q.options[q.options.length - 1]!.id;
    case 'multiple_choice':
      return { picks: [q.options[0]!.id] };
    case 'matrix': {
      const values = q.scale.map((s) => s.value);
      const value = q.id.startsWith('exp_') ? Math.max(...values) : Math.min(...values);
      return Object.fromEntries(q.rows.map((r) => [r.id, value]));
    }
    case 'importance_performance':
      return { importance: q.points, performance: 1 };
    case 'text':
      return 'It took far too long and nobody told me why.';
    case 'consent':
      return true;
    case 'contact':
      return {
        ...(q.email ? { email: 'ana@example.com' } : {}),
        ...(q.phone ? { phone: '+34 600 123 456' } : {}),
      };
    default:
      throw new Error(`no detractor answer for a ${q.type} question`);
  }
}

const detractorAnswers = (def: SurveyDefinition): Answers =>
  Object.fromEntries(questionsOf(def).map((q) => [q.id, detractorAnswer(q)]));
const hiddenOf = (def: SurveyDefinition): Record<string, string> =>
  Object.fromEntries(def.hiddenFields.map((h) => [h.name, `${h.name} value`]));

/** Characters that exist only in Simplified Chinese (their Traditional forms differ). */
const SIMPLIFIED_ONLY =
  '们为这说对时会个门务问题员经进应该发关么吗买卖订价质优让还联电邮满验设计给谢实帮够业长见项谁体产单处欢费简认识'.split(
    '',
  );
/** Their Traditional counterparts, which must not appear in Simplified text. */
const TRADITIONAL_ONLY =
  '們為這說對時會個門務問題員經進應該發關麼嗎買賣訂單價質優讓還聯電郵滿驗設計給謝實幫夠業長見項誰體產處歡費簡認識'.split(
    '',
  );
/** Mainland wording a Taiwanese brand would not use, even in Traditional characters. */
const MAINLAND_TERMS = ['質量', '信息', '郵箱', '反饋', '視頻', '軟件', '渠道', '二維碼', '小票'];

describe.each(BUILT_IN_TEMPLATES.map((t) => [t.key, t] as const))('template %s', (key, template) => {
  const def = parse(template);
  const texts = localizedTexts(template);

  it('parses as a survey definition with the four languages, English first, and the default theme', () => {
    expect(def.defaultLanguage).toBe('en');
    expect(def.languages).toEqual(['en', 'es', 'zh-CN', 'zh-TW']);
    expect(template.definition.theme).toBeUndefined();
    expect(def.theme).toEqual({ accent: '#0f766e' });
    expect(TEMPLATE_CATEGORIES).toContain(template.category);
    expect(key).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(findTemplate(key)).toBe(template);
  });

  it('has every localized text in all four languages', () => {
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.map((t) => t.path)).toContain('.name');
    expect(texts.map((t) => t.path)).toContain('.description');
    for (const { path, text } of texts) {
      expect(Object.keys(text).sort(), path).toEqual([...LANGUAGES].sort());
      for (const language of LANGUAGES) expect(text[language]?.trim(), `${path}.${language}`).toBeTruthy();
    }
  });

  it('is written in Traditional Chinese for zh-TW and Simplified Chinese for zh-CN', () => {
    const zhCN = texts.map((t) => t.text['zh-CN']).join('\n');
    const zhTW = texts.map((t) => t.text['zh-TW']).join('\n');
    expect(zhTW).not.toBe(zhCN);
    expect(SIMPLIFIED_ONLY.filter((c) => zhTW.includes(c))).toEqual([]);
    expect(TRADITIONAL_ONLY.filter((c) => zhCN.includes(c))).toEqual([]);
    expect(MAINLAND_TERMS.filter((term) => zhTW.includes(term))).toEqual([]);
  });

  it('reaches an ending from an empty answer set and from a detractor answer set', () => {
    const endings = def.endings.map((e) => e.id);
    const empty = pagePath(def, { answers: {}, hidden: {} });
    expect(empty.pages[0]).toBe(def.pages[0]!.id);
    expect(endings).toContain(empty.ending);
    const detractor = pagePath(def, { answers: detractorAnswers(def), hidden: hiddenOf(def) });
    expect(endings).toContain(detractor.ending);
  });

  it('accepts an empty partial save and a complete detractor response', () => {
    expect(validateSubmission(def, { answers: {} }, { complete: false }).ok).toBe(true);
    const result = validateSubmission(
      def,
      { answers: detractorAnswers(def), hidden: hiddenOf(def) },
      { complete: true },
    );
    expect(result).toMatchObject({ ok: true });
  });
});

describe('the built-in templates', () => {
  it('are the seven templates, each with a unique key', () => {
    const keys = BUILT_IN_TEMPLATES.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([
      'nps-relationship',
      'csat-after-purchase',
      'ces-after-service',
      'servqual',
      'store-visit',
      'unboxing',
      'website-nps',
    ]);
    expect(findTemplate('no-such-template')).toBeUndefined();
  });

  it('use a page jump somewhere', () => {
    expect(BUILT_IN_TEMPLATES.some((t) => t.definition.pages.some((p) => (p.jumps ?? []).length > 0))).toBe(
      true,
    );
  });
});

const get = (key: string): SurveyDefinition => parse(findTemplate(key)!);
const ids = (qs: Question[]) => qs.map((q) => q.id);

describe('nps-relationship', () => {
  const def = get('nps-relationship');
  const shown = (answers: Answers) => ids(visibleQuestions(def, 'feedback', { answers, hidden: {} }));

  it('asks about the brand from the hidden field', () => {
    const title = def.pages[0]!.questions[0]!.title;
    const ctx = { answers: {}, hidden: { brand: 'Rapport Café' } };
    expect(pipe(title['en']!, ctx, def, 'en')).toBe(
      'How likely are you to recommend Rapport Café to a friend or colleague?',
    );
    expect(pipe(title['zh-TW']!, ctx, def, 'zh-TW')).toContain('Rapport Café');
  });

  it.each([
    [0, 'detractor_reason'],
    [6, 'detractor_reason'],
    [7, 'passive_reason'],
    [8, 'passive_reason'],
    [9, 'promoter_reason'],
    [10, 'promoter_reason'],
  ])('asks a score of %i the %s question only', (nps, question) => {
    expect(shown({ nps })).toEqual([question, 'contact_ok']);
  });

  it('asks for an email only after consent', () => {
    expect(shown({ nps: 3, contact_ok: false })).not.toContain('contact');
    expect(shown({ nps: 3, contact_ok: true })).toContain('contact');
    expect(pagePath(def, { answers: { nps: 3, contact_ok: true }, hidden: {} }).ending).toBe(
      'thanks_contact',
    );
    expect(pagePath(def, { answers: { nps: 10 }, hidden: {} }).ending).toBe('thanks');
  });
});

describe('csat-after-purchase', () => {
  const def = get('csat-after-purchase');

  it('carries the order, store and channel and offers the six drivers', () => {
    expect(def.hiddenFields.map((h) => h.name)).toEqual(['order_id', 'store', 'channel']);
    const choice = questionsOf(def).filter((q) => q.id === 'mattered_most')[0];
    expect(choice?.type).toBe('single_choice');
    if (choice?.type !== 'single_choice') return;
    expect(choice.options.map((o) => o.id)).toEqual(['price', 'quality', 'delivery', 'packaging', 'service']);
    expect(choice.other).toBe(true);
    expect(questionsOf(def).map((q) => q.type)).toEqual(['csat', 'single_choice', 'text']);
  });
});

describe('ces-after-service', () => {
  const def = get('ces-after-service');
  const shown = (answers: Answers) => ids(visibleQuestions(def, 'effort', { answers, hidden: {} }));

  it('uses the CES 2.0 "made it easy" wording', () => {
    const ces = questionsOf(def)[0]!;
    expect(ces.type).toBe('ces');
    expect(ces.title['en']).toContain('made it easy');
    expect(def.hiddenFields.map((h) => h.name)).toContain('case_id');
  });

  it.each<[Answers, boolean]>([
    [{ ces: 3, resolved: 'yes' }, true],
    [{ ces: 1 }, true],
    [{ ces: 7, resolved: 'no' }, true],
    [{ ces: 4, resolved: 'yes' }, false],
    [{}, false],
  ])('with %j shows the comment: %s', (answers, visible) => {
    expect(shown(answers).includes('comment')).toBe(visible);
  });
});

describe('servqual', () => {
  const def = get('servqual');
  const matrix = (id: string) => {
    const q = questionsOf(def).filter((x) => x.id === id)[0];
    if (q?.type !== 'matrix') throw new Error(`${id} is not a matrix`);
    return q;
  };
  const DIMENSIONS: [string, string[]][] = [
    ['tangibles', ['t1', 't2', 't3', 't4']],
    ['reliability', ['rel1', 'rel2', 'rel3', 'rel4', 'rel5']],
    ['responsiveness', ['res1', 'res2', 'res3', 'res4']],
    ['assurance', ['a1', 'a2', 'a3', 'a4']],
    ['empathy', ['e1', 'e2', 'e3', 'e4', 'e5']],
  ];

  it('has 22 items split 4/5/4/4/5 with the same row ids in expectations and perceptions', () => {
    let total = 0;
    for (const [dimension, rows] of DIMENSIONS) {
      expect(matrix(`exp_${dimension}`).rows.map((r) => r.id)).toEqual(rows);
      expect(matrix(`perc_${dimension}`).rows.map((r) => r.id)).toEqual(rows);
      total += rows.length;
    }
    expect(total).toBe(22);
    expect(SERVQUAL_DIMENSIONS.map((d) => d.items.length)).toEqual([4, 5, 4, 4, 5]);
  });

  it('puts expectations on one page and perceptions on the next, then the overall rating', () => {
    expect(def.pages.map((p) => p.id)).toEqual(['expectations', 'perceptions', 'overall']);
    expect(ids(def.pages[0]!.questions)).toEqual(DIMENSIONS.map(([d]) => `exp_${d}`));
    expect(ids(def.pages[1]!.questions)).toEqual(DIMENSIONS.map(([d]) => `perc_${d}`));
    expect(def.pages[2]!.questions).toMatchObject([
      { id: 'overall_satisfaction', type: 'rating', points: 7, display: 'numbers' },
    ]);
  });

  it('rates every item on the same 7-point agreement scale', () => {
    for (const [dimension] of DIMENSIONS) {
      for (const id of [`exp_${dimension}`, `perc_${dimension}`]) {
        const q = matrix(id);
        expect(q.scale.map((s) => s.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
        expect(q.scale[0]!.label['en']).toBe('Strongly disagree');
        expect(q.scale[6]!.label['en']).toBe('Strongly agree');
      }
    }
  });

  it('asks about an excellent store first and the brand second, item by item', () => {
    for (const [dimension] of DIMENSIONS) {
      const exp = matrix(`exp_${dimension}`).rows;
      const perc = matrix(`perc_${dimension}`).rows;
      exp.forEach((row) => expect(row.label['en']).toMatch(/excellent stores/i));
      perc.forEach((row) => expect(row.label['en']).toContain('{{h:brand}}'));
    }
  });
});

describe('store-visit', () => {
  const def = get('store-visit');

  it('has exactly the five importance–performance attributes, then NPS and a comment', () => {
    const qs = questionsOf(def);
    const pairs = qs.filter((q) => q.type === 'importance_performance');
    expect(ids(pairs)).toEqual([
      'ip_staff_attitude',
      'ip_speed',
      'ip_cleanliness',
      'ip_availability',
      'ip_price',
    ]);
    expect(pairs.every((q) => q.type === 'importance_performance' && q.points === 5)).toBe(true);
    expect(qs.map((q) => q.type)).toEqual([
      'importance_performance',
      'importance_performance',
      'importance_performance',
      'importance_performance',
      'importance_performance',
      'nps',
      'text',
    ]);
    expect(def.hiddenFields.map((h) => h.name)).toEqual(['store', 'staff']);
  });
});

describe('unboxing', () => {
  const def = get('unboxing');
  const path = (answers: Answers) => pagePath(def, { answers, hidden: {} });

  it('lets a happy customer with no problem skip the follow-up page', () => {
    expect(path({ rating: 5, issues: { picks: ['nothing'] } })).toEqual({
      pages: ['unboxing'],
      ending: 'thanks',
    });
    expect(path({ rating: 4 })).toEqual({ pages: ['unboxing'], ending: 'thanks' });
    expect(path({ rating: 5, issues: { picks: ['damaged_box'] } }).pages).toEqual(['unboxing', 'follow_up']);
    expect(path({ rating: 3 }).pages).toEqual(['unboxing', 'follow_up']);
  });

  it('asks for a comment only at 3 stars or fewer, and for contact details only after consent', () => {
    const shown = (answers: Answers) => ids(visibleQuestions(def, 'follow_up', { answers, hidden: {} }));
    expect(shown({ rating: 3 })).toEqual(['comment', 'callback']);
    expect(shown({ rating: 4, issues: { picks: ['wrong_item'] } })).toEqual(['callback']);
    expect(shown({ rating: 1, callback: true })).toEqual(['comment', 'callback', 'contact']);
    expect(path({ rating: 1, callback: true }).ending).toBe('callback_thanks');
  });

  it('limits the picks to the four problems', () => {
    const issues = questionsOf(def).filter((q) => q.id === 'issues')[0];
    expect(issues).toMatchObject({ type: 'multiple_choice', maxPicks: 4 });
  });
});

describe('website-nps', () => {
  it('is exactly one NPS question on one page', () => {
    const def = get('website-nps');
    expect(def.pages).toHaveLength(1);
    expect(def.pages[0]!.questions).toMatchObject([{ type: 'nps' }]);
    expect(def.pages[0]!.questions).toHaveLength(1);
    expect(def.hiddenFields).toEqual([{ name: 'page_url' }]);
  });
});
