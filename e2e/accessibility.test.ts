// axe-core finds no serious or critical accessibility problems on the main screens.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { request, type Locator, type Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

it('the sign-in page', async () => {
  const page = await newPage(browser());
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.context().close();
});

it('the locations page, on a desktop and on a phone', async () => {
  for (const viewport of [
    { width: 1280, height: 860 },
    { width: 390, height: 844 },
  ]) {
    const page = await newPage(browser(), { viewport });
    await signIn(page, server);
    await page.getByRole('tree', { name: 'Location tree' }).getByText('East China', { exact: true }).click();
    await page.getByRole('button', { name: 'Add under it' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }
});

it('the other settings pages and a capability placeholder', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  for (const [link, heading] of [
    ['Workspace', 'Workspace'],
    ['Customer fields', 'Customer fields'],
    ['Members & roles', 'Members & roles'],
    ['Invitations', 'Invitations'],
    ['API keys', 'API keys'],
    ['Webhooks', 'Webhooks'],
    ['Audit log', 'Audit log'],
    ['Surveys', 'Surveys'],
    ['Distribution', 'Distribution'],
  ] as const) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    // Wait for the page's data: the spinner goes once the list or form is there.
    await page.getByLabel('Loading').waitFor({ state: 'detached' });
    expect(await seriousViolations(page), link).toEqual([]);
  }
  await page.context().close();
});

// The questionnaire screens, with something in them: the demo's two surveys, then a survey of each
// test's own (the demo's stay as the other tests expect them) with a version, a wave and responses.

const SCREENS = [
  ['a desktop', { viewport: { width: 1280, height: 860 } }],
  ['a phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
] as const;

/** The serious violations on the page as it is now, each with where it was seen. */
async function violationsAt(page: Page, where: string): Promise<string[]> {
  return (await seriousViolations(page)).map((v) => `${where}: ${v}`);
}

/** Waits until nothing moves (a dialog or drawer opening, a tab's ink bar); spinners spin forever. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * A survey from the built-in unboxing template (two pages, logic, four languages), made with the
 * signed-in page's session (cookie + CSRF token), published as version 1 and given a wave.
 */
async function makeSurvey(page: Page, name: string): Promise<{ id: string; key: string }> {
  const me = await page.request.get(`${server.url}/api/v1/me`);
  const headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  const base = `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/surveys`;
  const created = await page.request.post(base, {
    headers,
    data: { name, from: { template: 'unboxing' }, language: 'en' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const survey = (await created.json()) as { id: string; key: string };
  const published = await page.request.post(`${base}/${survey.id}/publish`, { headers });
  expect(published.ok(), await published.text()).toBe(true);
  const wave = await page.request.post(`${base}/${survey.id}/waves`, {
    headers,
    data: { name: 'Spring wave', opensAt: new Date().toISOString() },
  });
  expect(wave.status(), await wave.text()).toBe(201);
  return survey;
}

/** Two respondents without a session, as the public intake sees them: one finishes, one stops. */
async function respond(key: string): Promise<void> {
  const respondent = await request.newContext();
  for (const body of [
    {
      answers: { rating: 2, issues: { picks: ['damaged_box'] }, comment: 'The box was crushed.' },
      hidden: { order_id: 'A-1001' },
      complete: true,
    },
    { answers: { rating: 4 }, complete: false },
  ]) {
    const res = await respondent.post(`${server.url}/s/${key}/responses`, {
      data: { idempotencyKey: randomUUID(), language: 'en', ...body },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  await respondent.dispose();
}

/** Opens a tab of the builder from the keyboard: on a phone most of them are scrolled out of sight. */
async function openTab(page: Page, name: string): Promise<Locator> {
  const tab = page.getByRole('tab', { name, exact: true });
  // Found by id: while a tab has the focus, its name (and its panel's) also says "Tab 2 of 6".
  const panel = page.locator(`[role="tabpanel"][id="${await tab.getAttribute('aria-controls')}"]`);
  await tab.focus();
  await page.keyboard.press('Enter');
  await panel.waitFor();
  return panel;
}

it.each(SCREENS)('the survey list and the create-survey dialog, on %s', async (screen, options) => {
  const page = await newPage(browser(), options);
  await signIn(page, server);
  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys`);
  await page.getByRole('heading', { name: 'Surveys', exact: true }).waitFor();
  await page.getByRole('row').filter({ hasText: 'Store visit' }).waitFor();
  await page.getByRole('row').filter({ hasText: 'Brand NPS' }).waitFor();
  await page.getByLabel('Loading').waitFor({ state: 'detached' });
  const found = await violationsAt(page, 'list');

  await page.getByRole('button', { name: 'Create survey' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create a survey' });
  await dialog.getByRole('radio', { name: /Customer satisfaction after a purchase/ }).waitFor();
  await settled(page);
  found.push(...(await violationsAt(page, 'create dialog')));
  expect(found, screen).toEqual([]);
  await page.context().close();
});

it.each(SCREENS)('every tab of the survey builder, on %s', { timeout: 120_000 }, async (screen, options) => {
  const page = await newPage(browser(), options);
  await signIn(page, server);
  const survey = await makeSurvey(page, `E2E accessible builder on ${screen}`);
  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys/${survey.id}`);
  const status = page.getByTestId('save-status');
  await status.getByText('Saved').waitFor();
  const found: string[] = [];
  // Each tab, and what it shows once its data is there.
  for (const [tab, ready] of [
    ['Questions', (panel) => panel.getByRole('region', { name: 'Page 1' })],
    ['Logic', null],
    ['Translations', null],
    ['Versions', (panel) => panel.getByRole('row').filter({ hasText: 'Version 1' })],
    ['Waves', (panel) => panel.getByRole('row').filter({ hasText: 'Spring wave' })],
    ['Settings', null],
  ] as const satisfies [string, ((panel: Locator) => Locator) | null][]) {
    const panel = await openTab(page, tab);
    if (ready) await ready(panel).waitFor();
    await page.getByLabel('Loading').waitFor({ state: 'detached' });
    await settled(page);
    found.push(...(await violationsAt(page, tab)));
  }
  expect(found, screen).toEqual([]);
  await page.context().close();
});

it.each(SCREENS)('the responses page and a response, on %s', async (screen, options) => {
  const page = await newPage(browser(), options);
  await signIn(page, server);
  const survey = await makeSurvey(page, `E2E accessible responses on ${screen}`);
  await respond(survey.key);
  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys/${survey.id}/responses`);
  await page.getByRole('heading', { name: 'Responses' }).waitFor();
  const rows = page.locator('.ant-table-row');
  await rows.nth(1).waitFor();
  await page.getByLabel('Loading').waitFor({ state: 'detached' });
  const found = await violationsAt(page, 'list');

  await rows.filter({ hasText: 'Complete' }).getByRole('button').first().click();
  const drawer = page.getByRole('dialog', { name: 'Response' });
  await drawer.getByTestId('response-answer').first().waitFor();
  await settled(page);
  found.push(...(await violationsAt(page, 'response')));
  expect(found, screen).toEqual([]);
  await page.context().close();
});

// Customer 360 (M4) with the demo's customers: the list, a profile with its value and timeline, the
// import wizard's first step, the duplicates, the segments and a new segment with its live count.
it.each(SCREENS)('the customer screens, on %s', { timeout: 120_000 }, async (screen, options) => {
  const page = await newPage(browser(), options);
  await signIn(page, server);
  const ws = workspaceIdOf(page);
  const found: string[] = [];
  const visit = async (path: string, heading: string, ready?: (page: Page) => Locator) => {
    await page.goto(`${server.url}/w/${ws}/${path}`);
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    if (ready) await ready(page).first().waitFor();
    await page.getByLabel('Loading').waitFor({ state: 'detached' });
    await settled(page);
    found.push(...(await violationsAt(page, path)));
  };
  await visit('customers', 'Customers', (p) => p.locator('.ant-table-row'));
  const first = page.locator('.ant-table-row').first().getByRole('link');
  const name = (await first.textContent())!;
  await visit((await first.getAttribute('href'))!.split(`/w/${ws}/`)[1]!, name, (p) =>
    p.getByTestId('timeline-item'),
  );
  await visit('customers/import', 'Import customers');
  await visit('customers/duplicates', 'Duplicates');
  await visit('segments', 'Segments');
  await visit('segments/new', 'New segment', (p) => p.getByText('Complete the conditions', { exact: false }));
  expect(found, screen).toEqual([]);
  await page.context().close();
});
