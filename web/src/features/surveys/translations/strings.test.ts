import { describe, expect, it } from 'vitest';
import type { SurveyDefinition } from '../../../../../common/survey/definition';
import { surveyDefinitionSchema } from '../../../../../common/survey/definition';
import { storeVisitSurvey } from '../../../../../common/survey/fixtures';
import { BUILT_IN_TEMPLATES, findTemplate } from '../../../../../common/survey/templates';
import { getText, missingCounts, missingPaths, placeholdersDiffer, setText, surveyStrings } from './strings';

const template = (key: string): SurveyDefinition =>
  surveyDefinitionSchema.parse(findTemplate(key)!.definition);

describe('surveyStrings', () => {
  it('has nothing missing in any built-in template', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const def = surveyDefinitionSchema.parse(t.definition);
      expect(missingCounts(def), t.key).toEqual({ es: 0, 'zh-CN': 0, 'zh-TW': 0 });
    }
  });

  it('lists every kind of text with a unique path', () => {
    const def = template('servqual');
    const strings = surveyStrings(def);
    expect(new Set(strings.map((s) => s.path)).size).toBe(strings.length);
    const kinds = new Set(strings.map((s) => s.kind));
    expect(kinds).toContain('matrixRow');
    expect(kinds).toContain('scaleLabel');
    expect(kinds).toContain('endingTitle');
    const ip = surveyStrings(template('store-visit')).map((s) => s.kind);
    expect(ip).toContain('importanceLabel');
    expect(ip).toContain('performanceLabel');
  });

  it('reports exactly the one label removed from Spanish', () => {
    const def = template('servqual');
    const row = surveyStrings(def).find((s) => s.kind === 'matrixRow')!;
    const broken = setText(def, row.path, 'es', '');
    expect(missingPaths(broken, 'es')).toEqual([row.path]);
    expect(missingPaths(broken, 'zh-CN')).toEqual([]);
    expect(getText(broken, row.path)).not.toHaveProperty('es');
    expect(surveyDefinitionSchema.safeParse(broken).success).toBe(true);
  });

  it('counts what a partly translated survey lacks', () => {
    // The fixture is written in English, partly in Chinese, hardly in Spanish.
    const counts = missingCounts(storeVisitSurvey);
    expect(Object.keys(counts)).toEqual(['zh-CN', 'es']);
    expect(counts['zh-CN']).toBe(2); // the consent title and the "sorry" message
    expect(missingPaths(storeVisitSurvey, 'zh-CN')).toEqual([
      'question:callback/title',
      'ending:sorry/message',
    ]);
    expect(counts.es).toBe(surveyStrings(storeVisitSurvey).length - 1); // only "Dine in" is in Spanish
  });
});

describe('getText and setText', () => {
  it('reads and writes by path, for every kind of text', () => {
    for (const key of ['servqual', 'store-visit', 'csat-after-purchase']) {
      let def = template(key);
      for (const s of surveyStrings(def)) def = setText(def, s.path, 'fr', `fr ${s.path}`);
      for (const s of surveyStrings(def)) expect(getText(def, s.path)?.fr, s.path).toBe(`fr ${s.path}`);
    }
  });

  it('leaves other languages and texts alone, and ignores unknown paths', () => {
    const def = storeVisitSurvey;
    const next = setText(def, 'question:visit_type/option:takeaway', 'es', 'Para llevar');
    expect(getText(next, 'question:visit_type/option:takeaway')).toEqual({
      en: 'Takeaway',
      'zh-CN': '外带',
      es: 'Para llevar',
    });
    expect(getText(next, 'question:visit_type/option:delivery')).toEqual(
      getText(def, 'question:visit_type/option:delivery'),
    );
    expect(setText(def, 'question:nope/title', 'es', 'x')).toEqual(def);
    expect(setText(def, 'nonsense', 'es', 'x')).toBe(def);
  });

  it('finds placeholders a translation lost', () => {
    expect(placeholdersDiffer('Hi {{h:store}}', 'Hola {{h:store}}')).toBe(false);
    expect(placeholdersDiffer('Hi {{h:store}}', 'Hola')).toBe(true);
    expect(placeholdersDiffer('Hi {{h:store}}', '')).toBe(false);
  });
});
