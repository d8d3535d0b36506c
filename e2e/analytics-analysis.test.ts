// Gap and key drivers in a real browser: two surveys answered through the public intake as
// respondents would, then their Gap and Drivers tabs. The figures on screen are the ones the API
// answered for the tab's own request (captured from the page), formatted as the console does.
import { randomUUID } from 'node:crypto';
import { request, type Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

const seven = [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value, label: { en: String(value) } }));
const five = seven.slice(0, 5);
const rows = (...ids: string[]) => ids.map((id) => ({ id, label: { en: id.toUpperCase() } }));
const survey = (questions: unknown[]) => ({
  defaultLanguage: 'en',
  languages: ['en'],
  pages: [{ id: 'p1', questions }],
  endings: [{ id: 'thanks', title: { en: 'Thanks' } }],
});

const gapSurvey = survey([
  { id: 'exp_service', type: 'matrix', title: { en: 'Service' }, rows: rows('r1', 'r2'), scale: seven },
  { id: 'perc_service', type: 'matrix', title: { en: 'Service' }, rows: rows('r1', 'r2'), scale: seven },
]);
// Expectation (both rows), perception of r1 and r2: expectations average 6.5, perceptions 5 (r1)
// and 6 (r2), so the gaps are −1.5 and −0.5 and the one dimension's (and overall) gap −1.
const GAP_ANSWERS = [
  [7, 5, 6],
  [6, 5, 5],
  [7, 6, 7],
  [6, 4, 6],
].map(([exp, r1, r2]) => ({ exp_service: { r1: exp, r2: exp }, perc_service: { r1, r2 } }));

const driversSurvey = survey([
  { id: 'overall', type: 'rating', points: 5, title: { en: 'Overall satisfaction' } },
  {
    id: 'attrs',
    type: 'matrix',
    title: { en: 'Rate us' },
    rows: rows('speed', 'staff', 'price'),
    scale: five,
  },
]);
// speed, staff, price, overall.
const DRIVER_ANSWERS = [
  [5, 4, 3, 5],
  [4, 4, 2, 4],
  [3, 2, 3, 3],
  [2, 3, 1, 2],
  [1, 1, 2, 1],
  [5, 5, 4, 5],
  [4, 3, 5, 4],
  [2, 2, 2, 3],
  [3, 4, 4, 4],
  [1, 2, 3, 2],
  [5, 3, 1, 4],
  [3, 5, 5, 3],
].map(([speed, staff, price, overall]) => ({ overall, attrs: { speed, staff, price } }));

async function publish(page: Page, name: string, definition: unknown): Promise<{ id: string; key: string }> {
  const me = await page.request.get(`${server.url}/api/v1/me`);
  const headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  const base = `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/surveys`;
  const created = await page.request.post(base, { headers, data: { name, from: { definition } } });
  expect(created.status(), await created.text()).toBe(201);
  const made = (await created.json()) as { id: string; key: string };
  const published = await page.request.post(`${base}/${made.id}/publish`, { headers });
  expect(published.ok(), await published.text()).toBe(true);
  return made;
}

async function respond(key: string, answers: readonly object[]): Promise<void> {
  const respondent = await request.newContext();
  for (const a of answers) {
    const res = await respondent.post(`${server.url}/s/${key}/responses`, {
      data: { idempotencyKey: randomUUID(), language: 'en', answers: a, complete: true },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  await respondent.dispose();
}

const fixed = (x: number, digits: number) =>
  new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
const signed = (x: number) =>
  new Intl.NumberFormat('en', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(x);
const percent = (x: number) =>
  new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(x);

/** Opens a tab of a survey's analytics page and returns the API's answer to the tab's request. */
async function openTab(page: Page, surveyId: string, tab: string, path: string): Promise<any> {
  const answered = page.waitForResponse(
    (r) => r.url().endsWith(`/analytics/${path}`) && r.request().method() === 'POST',
  );
  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys/${surveyId}/analytics?tab=${tab}`);
  const res = await answered;
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

it('shows the SERVQUAL gap and the key drivers the API computed', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const gap = await publish(page, 'E2E gap', gapSurvey);
  const drivers = await publish(page, 'E2E drivers', driversSurvey);
  await respond(gap.key, GAP_ANSWERS);
  await respond(drivers.key, DRIVER_ANSWERS);

  const gapAnswer = await openTab(page, gap.id, 'gap', 'gap');
  expect(gapAnswer.items.map((i: { gap: number }) => i.gap)).toEqual([-1.5, -0.5]);
  expect(gapAnswer.overall).toBe(-1);
  await expect.poll(() => page.getByTestId('gap-overall').textContent()).toContain(signed(gapAnswer.overall));
  for (const item of gapAnswer.items as { label: string; gap: number; expectation: { mean: number } }[]) {
    const row = page.getByTestId('gap-items').getByRole('row').filter({ hasText: item.label });
    const text = await row.textContent();
    expect(text).toContain(signed(item.gap));
    expect(text).toContain(fixed(item.expectation.mean, 2));
  }

  const driversAnswer = await openTab(page, drivers.id, 'drivers', 'drivers');
  expect(driversAnswer.n).toBe(DRIVER_ANSWERS.length);
  expect(driversAnswer.drivers.map((d: { label: string }) => d.label)).toEqual(['SPEED', 'STAFF', 'PRICE']);
  await expect.poll(() => page.getByTestId('drivers-r2').textContent()).toContain(fixed(driversAnswer.r2, 3));
  expect(await page.getByTestId('drivers-n').textContent()).toContain(String(driversAnswer.n));
  for (const d of driversAnswer.drivers as {
    label: string;
    correlation: number;
    beta: number;
    relativeWeight: number;
    share: number;
  }[]) {
    const text = await page
      .getByTestId('drivers-table')
      .getByRole('row')
      .filter({ hasText: d.label })
      .textContent();
    for (const shown of [
      fixed(d.correlation, 2),
      fixed(d.beta, 2),
      fixed(d.relativeWeight, 3),
      percent(d.share),
    ])
      expect(text).toContain(shown);
  }
  // Twelve responses: the low-base warning is up.
  expect(await page.getByText('Based on 12 responses').count()).toBe(1);
  await page.context().close();
});
