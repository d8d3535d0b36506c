// The enhancement script in a real browser (Debian's Chromium, as the e2e tests use), against a
// tiny local server that renders the page and records what the script posts. No database.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../../e2e/browser';
import { surveyAssets } from '../assets';
import { tenQuestionSurvey } from '../fixtures';
import type { SurveyPageView } from '../render-page';
import { renderSurveyPage } from '../render-page';

interface Posted {
  idempotencyKey: string;
  answers: Record<string, unknown>;
  complete: boolean;
  currentPage: string;
  pageSeconds: Record<string, number>;
}

let server: http.Server;
let base = '';
let browser: Browser;
let posts: Posted[] = [];
/** Replies to the next complete submissions, in order; then 200 {ending: 'end'}. */
let replies: { status: number; body: unknown }[] = [];
let formPosts: string[] = [];
let viewOverrides: Partial<SurveyPageView> = {};

beforeAll(async () => {
  const assets = await surveyAssets();
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const file = assets.files.get(req.url ?? '');
      if (file) {
        res.writeHead(200, { 'content-type': file.type });
        return res.end(file.body);
      }
      if (req.method === 'POST' && req.url === '/s/k/responses') {
        const posted = JSON.parse(body) as Posted;
        posts.push(posted);
        const reply = posted.complete ? replies.shift() : undefined;
        res.writeHead(reply?.status ?? 200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(reply?.body ?? (posted.complete ? { ending: 'end' } : {})));
      }
      if (req.method === 'POST') formPosts.push(body);
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'",
      });
      res.end(
        renderSurveyPage({
          key: 'k',
          definition: tenQuestionSurvey,
          language: 'en',
          pageId: 'first',
          endingId: null,
          answers: {},
          hidden: { store: 'Jing’an' },
          errors: {},
          sessionKey: 'session-1',
          mode: 'live',
          actionUrl: '/s/k',
          intakeUrl: '/s/k/responses',
          assets,
          resume: { emailAvailable: false },
          ...viewOverrides,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

beforeEach(() => {
  posts = [];
  replies = [];
  formPosts = [];
  viewOverrides = {};
});

async function open(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(`${base}/s/k`);
  if (options.javaScriptEnabled !== false) await page.waitForSelector('#sv-form[data-ready]');
  return page;
}

const pick = (page: Page, name: string, value: string) =>
  page.click(`label:has(input[name="${name}"][value="${value}"])`);
const shownErrors = (page: Page) => page.locator('.err:not(:empty)').allTextContents();
const focusedName = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);

async function answerFirstPage(page: Page) {
  await pick(page, 'q.nps', '3');
  await page.fill('input[name="q.visit.other"]', 'bike');
}

async function answerMiddlePage(page: Page) {
  await pick(page, 'q.grid.welcome', '2');
  await pick(page, 'q.grid.speed', '3');
}

describe('the survey page script', () => {
  it('checks a page, runs the logic, moves on and shows progress, without reloading', async () => {
    const page = await open();
    await page.click('button[value=next]');
    expect(await shownErrors(page)).toEqual(['Please answer this question.', 'Please answer this question.']);
    expect(await focusedName(page)).toBe('q.nps');
    expect(await page.getAttribute('input[name="q.nps"][value="0"]', 'aria-invalid')).toBe('true');

    await answerFirstPage(page);
    expect(await page.textContent('#e-nps')).toBe('');
    expect(await page.isChecked('input[name="q.visit"][value="__other"]')).toBe(true);
    await pick(page, 'q.stars', '4');
    expect(await page.locator('.st label.on').count()).toBe(4);

    await page.click('button[value=next]');
    expect(await page.inputValue('input[name=_p]')).toBe('middle');
    expect(await page.isVisible('section[data-page="middle"]')).toBe(true);
    expect(await page.isHidden('section[data-page="first"]')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('pt sr');
    expect(await page.getAttribute('.bar', 'aria-valuetext')).toBe('Page 2 of 3');
    expect(await page.isVisible('#q-issues')).toBe(true); // NPS 3 ≤ 6
    expect(await page.isVisible('button[value=back]')).toBe(true);
    await expect.poll(() => posts.length).toBe(1);
    expect(posts[0]).toMatchObject({
      idempotencyKey: 'session-1',
      complete: false,
      currentPage: 'middle',
      answers: { nps: 3, stars: 4, visit: { other: 'bike' } },
    });
    expect(Object.keys(posts[0]!.pageSeconds)).toContain('first');

    await page.click('button[value=back]');
    expect(await page.inputValue('input[name=_p]')).toBe('first');
    await pick(page, 'q.nps', '10'); // a promoter jumps to the last page
    expect(await page.getAttribute('.bar', 'aria-valuetext')).toBe('Page 1 of 2');
    await page.click('button[value=next]');
    expect(await page.inputValue('input[name=_p]')).toBe('last');
    expect(await page.textContent('#q-comment .qt')).toBe('You gave us 10. Why?');
    expect(await page.textContent('button[value=next]')).toBe('Submit');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });

  it('shows display logic at once, checks as you go and sends the answers with retries', async () => {
    replies = [{ status: 503, body: {} }];
    const page = await open();
    await answerFirstPage(page);
    await page.click('button[value=next]');
    await answerMiddlePage(page);
    await page.selectOption('select[name="q.order.price"]', '1');
    await page.selectOption('select[name="q.order.taste"]', '1'); // takes rank 1: price gives it up
    expect(await page.inputValue('select[name="q.order.price"]')).toBe('');
    await page.click('button[value=next]');
    expect(await shownErrors(page)).toEqual(['Give every option a different rank.']);
    await page.selectOption('select[name="q.order.price"]', '2');
    await page.selectOption('select[name="q.order.service"]', '3');
    await page.click('button[value=next]');

    expect(await page.isHidden('#q-reach')).toBe(true);
    await page.check('input[name="q.ok"]');
    expect(await page.isVisible('#q-reach')).toBe(true);
    await page.fill('input[name="q.reach.email"]', 'not-an-email');
    await page.locator('input[name="q.reach.email"]').blur();
    expect(await page.textContent('#e-reach')).toBe('Please enter a valid email address.');
    await page.fill('input[name="q.reach.email"]', 'a@b.co');
    expect(await page.textContent('#e-reach')).toBe('');

    await page.click('button[value=next]');
    await page.waitForSelector('[data-ending="end"]:not([hidden])', { timeout: 10_000 });
    expect(await page.isHidden('#sv-form')).toBe(true);
    const sent = posts.filter((p) => p.complete);
    expect(sent).toHaveLength(2); // one 503, then accepted
    expect(sent[1]!.answers).toEqual({
      nps: 3,
      visit: { other: 'bike' },
      grid: { welcome: 2, speed: 3 },
      order: ['taste', 'price', 'service'],
      ok: true,
      reach: { email: 'a@b.co' },
    });
    expect(await page.evaluate(() => localStorage.getItem('rapport:k'))).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Thank you');
  });

  it('shows a refused answer at its question, on its page', async () => {
    replies = [
      {
        status: 422,
        body: {
          error: {
            code: 'invalid_answers',
            message: 'x',
            details: [{ field: 'answers.grid', code: 'required', message: 'x' }],
          },
        },
      },
    ];
    const page = await open();
    await pick(page, 'q.nps', '9'); // → the last page directly
    await page.fill('input[name="q.visit.other"]', 'bike');
    await page.click('button[value=next]');
    await page.click('button[value=next]');
    await expect.poll(() => page.inputValue('input[name=_p]')).toBe('middle');
    expect(await page.textContent('#e-grid')).toBe('Please answer every row.');
    expect(await focusedName(page)).toBe('q.grid.welcome');
  });

  it('resumes on this device after a reload', async () => {
    const page = await open();
    await answerFirstPage(page);
    await page.click('button[value=next]');
    await pick(page, 'q.grid.welcome', '1');
    await page.reload();
    await page.waitForSelector('#sv-form[data-ready]');
    expect(await page.inputValue('input[name=_p]')).toBe('middle');
    expect(await page.isChecked('input[name="q.grid.welcome"][value="1"]')).toBe(true);
    expect(await page.inputValue('input[name="q.visit.other"]')).toBe('bike');
  });

  it('leaves nothing on the server for someone who only looked', async () => {
    const page = await open();
    const hide = () =>
      page.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
    await hide(); // nothing answered yet: no partial save
    await pick(page, 'q.nps', '6');
    await hide();
    await expect.poll(() => posts.length).toBe(1);
    expect(posts[0]).toMatchObject({ complete: false, currentPage: 'first', answers: { nps: 6 } });
  });

  it('saves nothing in a preview', async () => {
    viewOverrides = { mode: 'preview', actionUrl: '#', intakeUrl: '#' };
    const page = await open();
    expect(await page.textContent('.pv')).toBe('Preview – answers are not saved');
    await pick(page, 'q.nps', '10');
    await page.fill('input[name="q.visit.other"]', 'bike');
    await page.click('button[value=next]');
    await page.click('button[value=next]');
    await page.waitForSelector('[data-ending="fans"]:not([hidden])');
    expect(await page.textContent('[data-ending="fans"] .pt')).toBe('Thanks, fan from Jing’an!');
    expect(posts).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('rapport:k'))).toBeNull();
  });

  it('has no accessibility violations that axe can find', async () => {
    const page = await open();
    await page.click('button[value=next]'); // with errors shown
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await answerFirstPage(page);
    await page.click('button[value=next]');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

describe('the survey page without JavaScript', () => {
  it('posts the current page only, with the Next button', async () => {
    const page = await open({ javaScriptEnabled: false });
    expect(await page.locator('section[data-page]:visible').count()).toBe(1);
    await pick(page, 'q.nps', '4');
    await page.press('input[name="q.visit.other"]', 'Enter');
    await expect.poll(() => formPosts.length).toBe(1);
    const sent = new URLSearchParams(formPosts[0]);
    expect(sent.get('_nav')).toBe('next');
    expect(sent.get('_p')).toBe('first');
    expect(sent.get('q.nps')).toBe('4');
    expect([...sent.keys()].filter((k) => k.startsWith('q.grid') || k.startsWith('q.comment'))).toEqual([]);
  });
});
