// The survey page's script and stylesheet: built for old browsers, free of zod, and within the
// page's budget (all JS + CSS ≤ 15 KB gzipped for a ten-question survey). A budget on bytes.
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { buildScript, surveyAssets } from './assets';
import { tenQuestionSurvey } from './fixtures';
import { renderSurveyPage } from './render-page';

const BUDGET_BYTES = 15 * 1024;

describe('surveyAssets', () => {
  it('names the files by content hash under /s/assets/, once per process', async () => {
    const assets = await surveyAssets();
    expect(assets.scriptUrl).toMatch(/^\/s\/assets\/survey\.[0-9a-f]{12}\.js$/);
    expect(assets.styleUrl).toMatch(/^\/s\/assets\/survey\.[0-9a-f]{12}\.css$/);
    expect(assets.files.get(assets.scriptUrl)?.type).toBe('text/javascript; charset=utf-8');
    expect(assets.files.get(assets.styleUrl)?.type).toBe('text/css; charset=utf-8');
    expect(await surveyAssets()).toBe(assets);
  });

  it('bundles no zod and nothing newer than ES2017', async () => {
    const { code, inputs } = await buildScript();
    expect(inputs.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(inputs).not.toContain('common/survey/questions.ts');
    expect(inputs).not.toContain('common/survey/definition.ts');
    // An ES2017 parser refuses any later syntax (?., ??, object spread, regexp named groups…).
    expect(() => parse(code, { ecmaVersion: 2017 })).not.toThrow();
    expect(() => parse('x?.y', { ecmaVersion: 2017 })).toThrow();
    for (const api of [
      '.flatMap(',
      '.flat(',
      'fromEntries',
      '.finally(',
      'replaceAll',
      'matchAll',
      'Object.hasOwn',
      'structuredClone',
    ])
      expect(code, api).not.toContain(api);
    expect(code).toMatch(/^("use strict";)?\(\(\)=>\{/);
  });

  it('keeps all JS and CSS of a ten-question survey page within 15 KB gzipped', async () => {
    const assets = await surveyAssets();
    const html = renderSurveyPage({
      key: 'k',
      definition: tenQuestionSurvey,
      language: 'en',
      pageId: 'first',
      endingId: null,
      answers: {},
      hidden: {},
      errors: {},
      sessionKey: 's',
      mode: 'live',
      actionUrl: '/s/k',
      intakeUrl: '/s/k/responses',
      assets,
      resume: { emailAvailable: false },
    });
    expect(tenQuestionSurvey.pages.flatMap((p) => p.questions)).toHaveLength(10);
    // Everything the page loads: the one script and the one stylesheet, nothing inline but JSON.
    expect(html.match(/<script src=/g)).toHaveLength(1);
    expect(html.match(/<link rel="stylesheet"/g)).toHaveLength(1);
    expect(html).not.toContain('<style');
    const gz = (url: string) => gzipSync(assets.files.get(url)!.body, { level: 9 }).length;
    const js = gz(assets.scriptUrl);
    const css = gz(assets.styleUrl);
    console.info(
      `survey page assets, gzipped: JS ${js} B, CSS ${css} B, total ${js + css} B of ${BUDGET_BYTES} B`,
    );
    expect(js + css).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
