// The survey page customers answer (GET /s/:key), against the real product: surveys made and
// published through the API with a signed-in console session, answered in Chromium as respondents
// would — without JavaScript (page-by-page form posts, logic on the server), with JavaScript on a
// phone (pages change in place), in Chinese and Spanish — and read back through the responses API.
// axe-core checks the page in every state. Each test makes its own survey.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { storeVisitInput } from '../common/survey/fixtures';
import { newPage, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

/** The store in the link (?store=…), piped into the questions and the promoters' ending. */
const STORE = 'Jing’an Temple';
const NPS_TITLE = `How likely are you to recommend ${STORE} to a friend?`;

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 3,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
};
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 860 } };

interface StoredResponse {
  id: string;
  status: 'partial' | 'complete';
  language: string;
  channel: string;
  deviceClass: string;
  ending: string | null;
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  currentPage: string | null;
}

// ---- The console side: one signed-in session makes the surveys and reads their responses. ----

let admin: Promise<{ page: Page; surveys: string; headers: Record<string, string> }> | undefined;

function signedIn() {
  admin ??= (async () => {
    const page = await newPage(browser());
    await signIn(page, server);
    const me = await page.request.get(`${server.url}/api/v1/me`);
    const headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
    return { page, surveys: `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/surveys`, headers };
  })();
  return admin;
}

afterAll(async () => {
  if (admin) await (await admin).page.context().close();
});

/** Creates a survey (POST …/surveys with `body`) and publishes it. */
async function publishSurvey(body: Record<string, unknown>): Promise<{ id: string; key: string }> {
  const { page, surveys, headers } = await signedIn();
  const created = await page.request.post(surveys, { headers, data: body });
  expect(created.status(), await created.text()).toBe(201);
  const survey = (await created.json()) as { id: string; key: string };
  const published = await page.request.post(`${surveys}/${survey.id}/publish`, { headers });
  expect(published.ok(), await published.text()).toBe(true);
  return survey;
}

const storeVisitSurvey = (name: string) => publishSurvey({ name, from: { definition: storeVisitInput() } });

/** Every response of the survey, with its answers (the list, then each one). */
async function storedResponses(surveyId: string): Promise<StoredResponse[]> {
  const { page, surveys } = await signedIn();
  const list = await page.request.get(`${surveys}/${surveyId}/responses?limit=200`);
  expect(list.ok(), await list.text()).toBe(true);
  const { items } = (await list.json()) as { items: { id: string }[] };
  return Promise.all(
    items.map(async ({ id }) => {
      const one = await page.request.get(`${surveys}/${surveyId}/responses/${id}`);
      expect(one.ok(), await one.text()).toBe(true);
      return (await one.json()) as StoredResponse;
    }),
  );
}

// ---- The respondent side. ----

/** Errors thrown by the page's script, per page. */
const scriptErrors = new WeakMap<Page, string[]>();

/**
 * Opens /s/:key in a fresh context (own cookies and storage). The theme's logo lives on a CDN the
 * tests cannot reach: that request fails at once instead of holding up the page's load event.
 * `withoutScript` keeps JavaScript on but the page's own script away: the page as it is without
 * JavaScript, which axe (itself a script) can still examine.
 */
async function openSurvey(
  key: string,
  query: Record<string, string>,
  options: BrowserContextOptions = {},
  { withoutScript = false } = {},
): Promise<Page> {
  const page = await newPage(browser(), options);
  await page.context().route('https://cdn.example.com/**', (route) => route.abort());
  if (withoutScript) await page.context().route(/\/s\/assets\/[^/?]+\.js$/, (route) => route.abort());
  const errors: string[] = [];
  scriptErrors.set(page, errors);
  page.on('pageerror', (e) => errors.push(String(e)));
  const search = new URLSearchParams(query).toString();
  await page.goto(`${server.url}/s/${key}${search ? `?${search}` : ''}`);
  if (options.javaScriptEnabled !== false && !withoutScript) await scriptReady(page);
  return page;
}

/** The script marks the form once it has taken it over. */
const scriptReady = (page: Page) => page.locator('form[data-ready]').waitFor();

/** A question by its title: a <fieldset> named by its <legend>. */
const question = (page: Page, title: string | RegExp) => page.getByRole('group', { name: title });
const option = (group: Locator, role: 'radio' | 'checkbox', name: string) =>
  group.getByRole(role, { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });
/** The bar's own text: "Page 2 of 3" (its name is in the page's language, and there is one bar). */
const progressText = (page: Page) => page.getByRole('progressbar').getAttribute('aria-valuetext');
const scrollWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');
const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

/** Counts the main frame's navigations from now on (page changes in place make none). */
function countNavigations(page: Page): () => number {
  let n = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) n++;
  });
  return () => n;
}

async function close(page: Page): Promise<void> {
  expect(scriptErrors.get(page) ?? []).toEqual([]);
  await page.context().close();
}

// ---- The tests. ----

describe('without JavaScript', () => {
  it('goes page by page on the server: detractor questions, piping, the skip for promoters, both endings', async () => {
    const survey = await storeVisitSurvey('E2E survey page without JavaScript');
    const noScript: BrowserContextOptions = { javaScriptEnabled: false };

    // A detractor, with the keyboard where a respondent would use it.
    const page = await openSurvey(survey.key, { store: STORE }, noScript);
    expect(await progressText(page)).toBe('Page 1 of 3');
    const score = question(page, NPS_TITLE);
    await option(score, 'radio', '3').focus();
    await page.keyboard.press('Space');
    expect(await option(score, 'radio', '3').isChecked()).toBe(true);
    await option(question(page, 'How did you visit us?'), 'radio', 'Takeaway').check();
    await button(page, 'Next').click();

    await heading(page, 'Tell us more').waitFor();
    expect(page.url()).toMatch(/[?&]p=details(&|$)/);
    expect(await progressText(page)).toBe('Page 2 of 3');
    const issues = question(page, 'What went wrong?');
    expect(await issues.isVisible()).toBe(true); // NPS 3 ≤ 6
    await option(issues, 'checkbox', 'Waiting time').focus();
    await page.keyboard.press('Space');
    await option(issues, 'checkbox', 'Staff').check();
    await option(issues, 'checkbox', 'Other, please say').check();
    await issues.getByRole('textbox', { name: 'Other, please say' }).fill('No napkins');
    await option(question(page, 'Overall, how satisfied were you?'), 'radio', '2').check();
    // Piped on the server: the store from the link and the answers of page 1.
    const comment = page.getByRole('textbox', {
      name: `You gave ${STORE} a 3 for Takeaway. What should we improve?`,
      exact: true,
    });
    await comment.click();
    await page.keyboard.type('The queue was long.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Cold fries.');
    await button(page, 'Next').click();

    await heading(page, 'Page 3 of 3').waitFor();
    expect(page.url()).toMatch(/[?&]p=follow_up(&|$)/);
    expect(
      await page.getByRole('checkbox', { name: 'May we contact you about your visit?' }).isChecked(),
    ).toBe(false);
    await button(page, 'Submit').click();

    await heading(page, 'We are sorry').waitFor();
    expect(page.url()).toMatch(new RegExp(`/s/${survey.key}/done\\?r=`));
    expect(await page.getByText('A manager will read your comment today.').isVisible()).toBe(true);
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await close(page);

    // A promoter: NPS 10 jumps from page 1 straight to the promoters' ending.
    const promoter = await openSurvey(survey.key, { store: STORE }, noScript);
    await option(question(promoter, NPS_TITLE), 'radio', '10').check();
    await option(question(promoter, 'How did you visit us?'), 'radio', 'Dine in').check();
    await button(promoter, 'Next').click();
    await heading(promoter, `Thank you! See you soon at ${STORE}.`).waitFor();
    expect(promoter.url()).toMatch(new RegExp(`/s/${survey.key}/done\\?r=`));
    await close(promoter);

    const stored = await storedResponses(survey.id);
    expect(stored).toHaveLength(2);
    const sorry = stored.find((r) => r.ending === 'sorry');
    expect(sorry).toMatchObject({
      status: 'complete',
      language: 'en',
      channel: 'link',
      deviceClass: 'desktop',
      hidden: { store: STORE },
      currentPage: null,
    });
    expect(sorry?.answers).toEqual({
      nps: 3,
      visit_type: 'takeaway',
      issues: { picks: ['wait', 'staff'], other: 'No napkins' },
      satisfaction: 2,
      comment: 'The queue was long.\nCold fries.',
    });
    const thanks = stored.find((r) => r.ending === 'promoter_thanks');
    expect(thanks).toMatchObject({ status: 'complete', language: 'en', hidden: { store: STORE } });
    expect(thanks?.answers).toEqual({ nps: 10, visit_type: 'dine_in' });

    // A required question left empty: the page comes back with the error, and nothing is stored.
    const empty = await openSurvey(survey.key, { store: STORE }, noScript);
    const [reply] = await Promise.all([
      empty.waitForResponse((r) => r.request().method() === 'POST'),
      button(empty, 'Next').click(),
    ]);
    expect(reply.status()).toBe(422);
    const summary = empty.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(`${NPS_TITLE}: Please answer this question.`);
    const unanswered = question(empty, NPS_TITLE);
    expect(await unanswered.getByText('Please answer this question.').isVisible()).toBe(true);
    const radios = await unanswered.getByRole('radio').all();
    expect(radios).toHaveLength(11);
    for (const radio of radios) expect(await radio.getAttribute('aria-invalid')).toBe('true');
    expect(await heading(empty, 'Page 1 of 3').isVisible()).toBe(true);
    expect(await storedResponses(survey.id)).toHaveLength(2);
    await close(empty);
  });
});

describe('with JavaScript on a phone (390×844)', () => {
  it('changes pages in place, shows logic at once, checks as you type and sends one response', async () => {
    const survey = await storeVisitSurvey('E2E survey page on a phone');
    const page = await openSurvey(survey.key, { store: STORE, ch: 'qr' }, PHONE);
    const navigations = countNavigations(page);
    await page.evaluate('window.__surveyMarker = "page 1"');

    const bar = page.getByRole('progressbar', { name: 'Progress' });
    expect(await bar.isVisible()).toBe(true);
    expect(await bar.getAttribute('aria-valuetext')).toBe('Page 1 of 3');
    expect(await bar.getAttribute('aria-valuenow')).toBe('0');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    // A passive first: no detractor question on page 2.
    const score = question(page, NPS_TITLE);
    await option(score, 'radio', '8').tap();
    await option(question(page, 'How did you visit us?'), 'radio', 'Delivery').tap();
    await button(page, 'Next').tap();
    await heading(page, 'Tell us more').waitFor();
    expect(await question(page, 'What went wrong?').count()).toBe(0);
    expect(await bar.getAttribute('aria-valuetext')).toBe('Page 2 of 3');

    // Back, a 5: the detractor question is there on page 2, and the comment's piping follows.
    await button(page, 'Back').tap();
    await score.waitFor();
    expect(await option(score, 'radio', '8').isChecked()).toBe(true);
    await option(score, 'radio', '5').tap();
    await button(page, 'Next').tap();
    const issues = question(page, 'What went wrong?');
    await issues.waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('33');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await option(issues, 'checkbox', 'Food').tap();
    await option(question(page, 'Overall, how satisfied were you?'), 'radio', '1').tap();
    await page
      .getByRole('textbox', {
        name: `You gave ${STORE} a 5 for Delivery. What should we improve?`,
        exact: true,
      })
      .fill('The fries were cold.');
    await button(page, 'Next').tap();

    // The last page: the contact question appears with the consent, the email is checked on leaving it.
    await heading(page, 'Page 3 of 3').waitFor();
    expect(await bar.getAttribute('aria-valuetext')).toBe('Page 3 of 3');
    const contact = question(page, 'How can we reach you?');
    expect(await contact.count()).toBe(0);
    await page.getByRole('checkbox', { name: 'May we contact you about your visit?' }).tap();
    await contact.waitFor();
    const email = contact.getByRole('textbox', { name: 'Email' });
    await email.fill('not-an-email');
    await email.press('Tab');
    const invalid = contact.getByText('Please enter a valid email address.');
    await invalid.waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    // Once shown, the error follows the typing.
    await email.fill('ana@example.com');
    await invalid.waitFor({ state: 'detached' });
    expect(await email.getAttribute('aria-invalid')).toBeNull();
    // Each page change saved the attempt so far (in the background), still partial.
    await expect
      .poll(() => storedResponses(survey.id))
      .toEqual([expect.objectContaining({ status: 'partial', currentPage: 'follow_up' })]);

    await button(page, 'Submit').tap();
    await heading(page, 'We are sorry').waitFor();
    expect(await page.getByText('A manager will read your comment today.').isVisible()).toBe(true);
    expect(await bar.isVisible()).toBe(false);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    // The same document from page 1 to the ending.
    expect(await page.evaluate('window.__surveyMarker')).toBe('page 1');
    expect(navigations()).toBe(0);
    await close(page);

    const stored = await storedResponses(survey.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      status: 'complete',
      ending: 'sorry',
      channel: 'qr',
      deviceClass: 'mobile',
      language: 'en',
      hidden: { store: STORE },
    });
    expect(stored[0]?.answers).toEqual({
      nps: 5,
      visit_type: 'delivery',
      issues: { picks: ['food'] },
      satisfaction: 1,
      comment: 'The fries were cold.',
      callback: true,
      contact: { email: 'ana@example.com' },
    });
  });

  it('keeps progress through a reload: the same page, the answers given', async () => {
    const survey = await storeVisitSurvey('E2E survey page reload');
    const page = await openSurvey(survey.key, { store: STORE }, PHONE);
    await option(question(page, NPS_TITLE), 'radio', '2').tap();
    await option(question(page, 'How did you visit us?'), 'radio', 'Takeaway').tap();
    await button(page, 'Next').tap();
    await heading(page, 'Tell us more').waitFor();
    await option(question(page, 'What went wrong?'), 'checkbox', 'Price').tap();
    const comment = page.getByRole('textbox', { name: /What should we improve\?/ });
    await comment.fill('Too expensive.');

    await page.reload();
    await scriptReady(page);
    await heading(page, 'Tell us more').waitFor();
    expect(await progressText(page)).toBe('Page 2 of 3');
    expect(await option(question(page, 'What went wrong?'), 'checkbox', 'Price').isChecked()).toBe(true);
    expect(await comment.inputValue()).toBe('Too expensive.');
    expect(
      await page
        .getByRole('textbox', { name: `You gave ${STORE} a 2 for Takeaway. What should we improve?` })
        .count(),
    ).toBe(1);
    await button(page, 'Back').tap();
    const score = question(page, NPS_TITLE);
    await score.waitFor();
    expect(await option(score, 'radio', '2').isChecked()).toBe(true);
    expect(await option(question(page, 'How did you visit us?'), 'radio', 'Takeaway').isChecked()).toBe(true);

    await button(page, 'Next').tap();
    await option(question(page, 'Overall, how satisfied were you?'), 'radio', '2').tap();
    await button(page, 'Next').tap();
    await button(page, 'Submit').tap();
    await heading(page, 'We are sorry').waitFor();
    await close(page);

    // The attempt kept its key through the reload: one response, now complete.
    const stored = await storedResponses(survey.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'complete', ending: 'sorry', deviceClass: 'mobile' });
    expect(stored[0]?.answers).toEqual({
      nps: 2,
      visit_type: 'takeaway',
      issues: { picks: ['price'] },
      satisfaction: 2,
      comment: 'Too expensive.',
    });
  });
});

describe('in other languages', () => {
  it('serves a zh-CN survey from a built-in template in Chinese', async () => {
    const survey = await publishSurvey({
      name: 'E2E 品牌关系 NPS',
      from: { template: 'nps-relationship' },
      language: 'zh-CN',
    });
    const page = await openSurvey(survey.key, { brand: '瑞思咖啡' }, { locale: 'zh-CN' });
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(await progressText(page)).toBe('第 1 页，共 2 页');
    const score = question(page, '您有多大可能向朋友或同事推荐瑞思咖啡？');
    expect(await score.textContent()).toContain('必填');
    expect(await score.textContent()).toContain('0 分表示完全不可能，10 分表示极有可能');

    // The page's own words are Chinese too: the button, and an error.
    await button(page, '下一页').click();
    await score.getByText('请回答此问题。').waitFor();
    await option(score, 'radio', '9').click();
    await button(page, '下一页').click();

    const reason = page.getByRole('textbox', { name: '太好了！您最喜欢瑞思咖啡的哪些方面？' });
    await reason.fill('咖啡很香，店员很热情。');
    expect(await page.getByRole('textbox', { name: /很抱歉没能让您满意/ }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: '我们可以就您的反馈与您联系吗？' }).isVisible()).toBe(
      true,
    );
    expect(await button(page, '上一页').isVisible()).toBe(true);
    await button(page, '提交').click();
    await heading(page, '感谢您的反馈！').waitFor();
    expect(await page.getByText('我们的团队会认真阅读每一条反馈，并据此不断改进。').isVisible()).toBe(true);
    await close(page);

    const stored = await storedResponses(survey.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'complete', language: 'zh-CN', ending: 'thanks' });
    expect(stored[0]?.answers).toEqual({ nps: 9, promoter_reason: '咖啡很香，店员很热情。' });
  });

  it('serves the same survey in Spanish with ?lang=es, in English where it has no Spanish', async () => {
    const survey = await storeVisitSurvey('E2E survey page in Spanish');

    const english = await openSurvey(survey.key, { store: STORE });
    expect(await htmlLang(english)).toBe('en');
    const visitEn = question(english, 'How did you visit us?');
    expect(await option(visitEn, 'radio', 'Dine in').count()).toBe(1);
    expect(await button(english, 'Next').isVisible()).toBe(true);
    await close(english);

    // ?lang=es wins over the browser's Chinese.
    const page = await openSurvey(survey.key, { store: STORE, lang: 'es' }, { locale: 'zh-CN' });
    expect(await htmlLang(page)).toBe('es');
    expect(await progressText(page)).toBe('Página 1 de 3');
    const visit = question(page, 'How did you visit us?'); // no Spanish title: English
    expect(await option(visit, 'radio', 'Comer en el local').count()).toBe(1);
    expect(await option(visit, 'radio', 'Takeaway').count()).toBe(1);
    expect(await option(visit, 'radio', 'Otro (especifique)').count()).toBe(1);
    const score = question(page, NPS_TITLE);
    expect(await score.textContent()).toContain('Obligatoria');
    await button(page, 'Siguiente').click();
    await score.getByText('Responda esta pregunta.').waitFor();

    await option(score, 'radio', '7').click();
    await option(visit, 'radio', 'Comer en el local').click();
    await button(page, 'Siguiente').click();
    await heading(page, 'Tell us more').waitFor();
    expect(await button(page, 'Atrás').isVisible()).toBe(true);
    await option(question(page, 'Overall, how satisfied were you?'), 'radio', '4').click();
    await page
      .getByRole('textbox', { name: `You gave ${STORE} a 7 for Comer en el local. What should we improve?` })
      .fill('Nada');
    await button(page, 'Siguiente').click();
    await button(page, 'Enviar').click();
    await heading(page, 'Thank you for your feedback').waitFor();
    await close(page);

    const stored = await storedResponses(survey.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'complete', language: 'es', ending: 'default_end' });
    expect(stored[0]?.answers).toEqual({ nps: 7, visit_type: 'dine_in', satisfaction: 4, comment: 'Nada' });
  });
});

describe('accessibility', () => {
  async function seriousViolations(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }

  // axe runs as a script in the page: "JavaScript off" is the page with its own script blocked.
  for (const script of [true, false]) {
    for (const [size, device] of [
      ['a phone', PHONE],
      ['a desktop', DESKTOP],
    ] as const) {
      it(`on ${size}, ${script ? 'with' : 'without'} its script: the first page, with errors, the ending`, async () => {
        const survey = await storeVisitSurvey(`E2E survey page accessibility, ${size}, script ${script}`);
        const page = await openSurvey(survey.key, { store: STORE }, device, { withoutScript: !script });
        const score = question(page, NPS_TITLE);
        await score.waitFor();
        expect(await seriousViolations(page), 'the first page').toEqual([]);

        await button(page, 'Next').click();
        await score.getByText('Please answer this question.').waitFor();
        // Without the script the server shows the page again, with a summary of the errors.
        expect(await page.getByRole('alert').count()).toBe(script ? 0 : 1);
        expect(await seriousViolations(page), 'with errors').toEqual([]);

        // A promoter's answers end the survey: the script says so on the button already.
        await option(score, 'radio', '10').click();
        await button(page, script ? 'Submit' : 'Next').click();
        await heading(page, `Thank you! See you soon at ${STORE}.`).waitFor();
        expect(page.url()).toContain(script ? `/s/${survey.key}?` : `/s/${survey.key}/done?`);
        expect(await seriousViolations(page), 'the ending').toEqual([]);
        await close(page);
      });
    }
  }
});
