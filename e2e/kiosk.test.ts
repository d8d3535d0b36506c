// The kiosk (/k/:code) in a real Chromium against a real Rapport: a tablet in a store that loops one
// survey. Answered online, then offline — the page reloads from the service worker's cache and
// three more people answer in a row, their responses waiting on the device — then back online,
// where everything arrives exactly once, even when the reply to one send is lost on the way and
// the kiosk sends it again. And a respondent who walks away mid-survey: the kiosk starts over.
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

const TABLET: BrowserContextOptions = { viewport: { width: 820, height: 1180 }, hasTouch: true };
const NPS = 'How likely are you to recommend our store?';
const VISIT = 'How did you visit us?';
const COMMENT = 'Anything else you would like to tell us?';
const ENDING = 'Thank you for your time!';

const definition = {
  defaultLanguage: 'en',
  languages: ['en', 'es'],
  pages: [
    {
      id: 'score',
      questions: [
        { id: 'nps', type: 'nps', required: true, title: { en: NPS, es: '¿Recomendaría nuestra tienda?' } },
        {
          id: 'visit',
          type: 'single_choice',
          title: { en: VISIT, es: '¿Cómo nos visitó?' },
          options: [
            { id: 'dine_in', label: { en: 'Dine in', es: 'En el local' } },
            { id: 'takeaway', label: { en: 'Takeaway', es: 'Para llevar' } },
          ],
        },
      ],
    },
    {
      id: 'more',
      questions: [{ id: 'comment', type: 'text', title: { en: COMMENT, es: '¿Algo más?' } }],
    },
  ],
  endings: [{ id: 'thanks', title: { en: ENDING, es: '¡Gracias por su tiempo!' } }],
};

interface StoredResponse {
  id: string;
  status: string;
  channel: string;
  language: string;
  ending: string | null;
  answers: Record<string, unknown>;
}

// ---- The console side: a signed-in session makes the survey and its kiosk, and reads back. ----

const world = {} as {
  admin: Page;
  headers: Record<string, string>;
  api: string;
  surveyId: string;
  key: string;
  kiosk: { id: string; code: string; url: string };
};

beforeAll(async () => {
  world.admin = await newPage(browser());
  await signIn(world.admin, server);
  const me = await world.admin.request.get(`${server.url}/api/v1/me`);
  world.headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  world.api = `${server.url}/api/v1/workspaces/${workspaceIdOf(world.admin)}`;
  const created = await world.admin.request.post(`${world.api}/surveys`, {
    headers: world.headers,
    data: { name: `Kiosk e2e ${Date.now()}`, from: { definition } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const survey = (await created.json()) as { id: string; key: string };
  const published = await world.admin.request.post(`${world.api}/surveys/${survey.id}/publish`, {
    headers: world.headers,
  });
  expect(published.ok(), await published.text()).toBe(true);
  world.surveyId = survey.id;
  world.key = survey.key;
  const kiosk = await world.admin.request.post(`${world.api}/surveys/${survey.id}/distributions`, {
    headers: world.headers,
    data: { kind: 'kiosk', name: 'Tablet by the door', settings: { resetSeconds: 10 } },
  });
  expect(kiosk.status(), await kiosk.text()).toBe(201);
  world.kiosk = (await kiosk.json()) as { id: string; code: string; url: string };
  expect(world.kiosk.url).toBe(`${server.url}/k/${world.kiosk.code}`);
});

afterAll(async () => {
  await world.admin?.context().close();
});

/** Every response of the survey, with its answers. */
async function storedResponses(): Promise<StoredResponse[]> {
  const base = `${world.api}/surveys/${world.surveyId}/responses`;
  const list = await world.admin.request.get(`${base}?limit=200`);
  expect(list.ok(), await list.text()).toBe(true);
  const { items } = (await list.json()) as { items: { id: string }[] };
  return Promise.all(
    items.map(
      async ({ id }) => (await (await world.admin.request.get(`${base}/${id}`)).json()) as StoredResponse,
    ),
  );
}

async function kioskStats(): Promise<{ started: number; completed: number }> {
  const res = await world.admin.request.get(`${world.api}/distributions/${world.kiosk.id}`);
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { stats: { started: number; completed: number } }).stats;
}

// ---- The kiosk side. ----

const question = (page: Page, title: string) => page.getByRole('group', { name: title });
const radio = (group: Locator, name: string) => group.getByRole('radio', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const status = (page: Page) => page.locator('#kiosk-status');

/** Opens the kiosk in a fresh tablet context and waits until its service worker controls it and has it stored. */
async function openKiosk(): Promise<Page> {
  const page = await newPage(browser(), TABLET);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  pageErrors.set(page, errors);
  await page.goto(world.kiosk.url);
  await page.locator('form[data-ready]').waitFor();
  await page.waitForFunction(
    () => !!navigator.serviceWorker.controller && document.documentElement.hasAttribute('data-kiosk-offline'),
  );
  return page;
}
const pageErrors = new WeakMap<Page, string[]>();

/** The first page, as the next person finds it: nothing chosen. */
async function expectFreshStart(page: Page): Promise<void> {
  await question(page, NPS).waitFor();
  await expect.poll(() => question(page, NPS).getByRole('radio', { checked: true }).count()).toBe(0);
  expect(await question(page, VISIT).getByRole('radio', { checked: true }).count()).toBe(0);
  // On the second page, hidden until the first is done.
  const comment = page.getByRole('textbox', { name: COMMENT, includeHidden: true });
  expect(await comment.inputValue()).toBe('');
}

/** One respondent: both pages, submit, the ending; then the kiosk starts over for the next one. */
async function answer(page: Page, score: string, visit: string, comment: string): Promise<void> {
  await expectFreshStart(page);
  await radio(question(page, NPS), score).check();
  await radio(question(page, VISIT), visit).check();
  await button(page, 'Next').click();
  await page.getByRole('textbox', { name: COMMENT }).fill(comment);
  await button(page, 'Submit').click();
  await page.getByRole('heading', { name: ENDING }).waitFor();
  await expectFreshStart(page); // after the ending's few seconds, with no reload
}

describe('the kiosk', () => {
  it('keeps collecting offline and sends everything once back online, nothing lost, nothing doubled', async () => {
    const page = await openKiosk();
    const context = page.context();

    // Online: straight to the server.
    await answer(page, '9', 'Dine in', 'Lovely staff.');
    await expect.poll(async () => (await storedResponses()).length, { timeout: 15_000 }).toBe(1);

    // Offline: the reload comes from the service worker's cache, and three people answer in a row.
    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.locator('form[data-ready]').waitFor();
    await answer(page, '3', 'Takeaway', 'The queue was long.');
    await answer(page, '10', 'Dine in', 'Best noodles in town.');
    await answer(page, '7', 'Takeaway', 'Fine.');
    await expect
      .poll(() => status(page).textContent(), { timeout: 10_000 })
      .toBe('Offline — 3 answers waiting');
    expect(await storedResponses()).toHaveLength(1);

    // Back online, and the reply to the first send is lost after the server has stored it: the
    // kiosk, hearing nothing, sends it again with the same idempotency key.
    let online = false;
    let lost: string | null = null;
    const sent: string[] = [];
    await page.route(`**/s/${world.key}/responses**`, async (route) => {
      if (!online) return route.abort('internetdisconnected');
      const key = (JSON.parse(route.request().postData() ?? '{}') as { idempotencyKey: string })
        .idempotencyKey;
      sent.push(key);
      if (lost === null) {
        lost = key;
        const reply = await route.fetch();
        expect(reply.status()).toBe(201);
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    online = true;
    await context.setOffline(false);
    await expect.poll(() => status(page).textContent(), { timeout: 20_000 }).toBe('');
    expect(sent.filter((k) => k === lost)).toHaveLength(2);
    expect(new Set(sent).size).toBe(3);

    const stored = await storedResponses();
    expect(stored).toHaveLength(4);
    for (const r of stored)
      expect(r).toMatchObject({ status: 'complete', channel: 'kiosk', language: 'en', ending: 'thanks' });
    expect(stored.map((r) => r.answers).sort((a, b) => Number(a.nps) - Number(b.nps))).toEqual([
      { nps: 3, visit: 'takeaway', comment: 'The queue was long.' },
      { nps: 7, visit: 'takeaway', comment: 'Fine.' },
      { nps: 9, visit: 'dine_in', comment: 'Lovely staff.' },
      { nps: 10, visit: 'dine_in', comment: 'Best noodles in town.' },
    ]);
    expect(await kioskStats()).toMatchObject({ started: 4, completed: 4 });
    expect(pageErrors.get(page)).toEqual([]);
    await context.close();
  }, 180_000);

  it('starts over for the next person when someone walks away mid-survey, without a reload', async () => {
    const before = (await storedResponses()).length;
    const page = await openKiosk();
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    await radio(question(page, NPS), '4').check();
    await button(page, 'Next').click();
    await page.getByRole('textbox', { name: COMMENT }).fill('I have to go—');
    // Nobody touches it for resetSeconds (10): back to the first page, nothing answered.
    await expect.poll(() => question(page, NPS).isVisible(), { timeout: 30_000 }).toBe(true);
    await expectFreshStart(page);
    expect(navigations).toBe(0);
    // A kiosk saves nothing partial: the one who left leaves no response behind.
    expect(await storedResponses()).toHaveLength(before);
    expect(pageErrors.get(page)).toEqual([]);
    await page.context().close();
  }, 60_000);
});
