// A survey's dashboard in a real browser: a survey published through the API, responses sent to
// the public intake from two of the demo's stores, then the default dashboard — the NPS tile shows
// the API's figure, the trend draws, the league table lists both stores — and the layout edited
// (a widget dragged to the front, one removed), saved, kept across a reload and reset to default.
//
// The intake stamps responses with the time they arrive, so they all fall in the current week; the
// weekly figures over many weeks are covered by the server's metric tests.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { request, type Locator, type Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

const definition = {
  defaultLanguage: 'en',
  languages: ['en'],
  pages: [
    {
      id: 'visit',
      questions: [
        { id: 'score', type: 'nps', required: true, title: { en: 'How likely are you to recommend us?' } },
        { id: 'comment', type: 'text', title: { en: 'Anything to tell us?' } },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { en: 'Thank you!' } }],
};

/** Two of the demo workspace's stores (server/platform/demo/seed-demo.ts), by code and name. */
const STORES = [
  ['sh-jingan', 'Shanghai Jing’an', [10, 10, 9, 9, 8, 3, 10]],
  ['hz-xihu', 'Hangzhou West Lake', [10, 7, 6, 2, 0, 9]],
] as const;
const RESPONSES = STORES.reduce((n, [, , scores]) => n + scores.length, 0);

async function csrf(page: Page): Promise<Record<string, string>> {
  const me = await page.request.get(`${server.url}/api/v1/me`);
  return { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
}

async function publishSurvey(page: Page): Promise<{ id: string; key: string }> {
  const headers = await csrf(page);
  const base = `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/surveys`;
  const created = await page.request.post(base, {
    headers,
    data: { name: 'E2E dashboard', from: { definition } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const survey = (await created.json()) as { id: string; key: string };
  const published = await page.request.post(`${base}/${survey.id}/publish`, { headers });
  expect(published.ok(), await published.text()).toBe(true);
  return survey;
}

async function respond(key: string): Promise<void> {
  const respondent = await request.newContext();
  for (const [code, , scores] of STORES)
    for (const score of scores) {
      const res = await respondent.post(`${server.url}/s/${key}/responses`, {
        data: {
          idempotencyKey: randomUUID(),
          language: 'en',
          answers: { score, comment: score <= 6 ? `Not great (${score})` : 'Fine' },
          location: code,
          complete: true,
        },
      });
      expect(res.status(), await res.text()).toBe(201);
    }
  await respondent.dispose();
}

/** The survey's NPS as the API computes it, once every response is counted. */
async function apiNps(page: Page, surveyId: string): Promise<number> {
  const url = `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/analytics/metric`;
  const headers = await csrf(page);
  const ask = async () => {
    const res = await page.request.post(url, {
      headers,
      data: { surveyId, metric: { kind: 'nps', questionId: 'score' } },
    });
    expect(res.status(), await res.text()).toBe(200);
    return ((await res.json()) as { total: { metric: { value: number; n: number } } }).total.metric;
  };
  // Dashboards read the rollups, which a job brings up to date after each submission.
  await expect.poll(async () => (await ask()).n, { timeout: 30_000 }).toBe(RESPONSES);
  return (await ask()).value;
}

/** WCAG 2 A/AA violations of serious or critical impact on the page as it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const widgetIds = (page: Page) =>
  page
    .getByTestId('dashboard-widget')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-widget-id')));

/** Drags with the mouse in small steps, as a person would (dnd-kit starts a drag after 4 px). */
async function drag(page: Page, handle: Locator, target: Locator): Promise<void> {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 5 });
  await page.mouse.move(to.x + to.width / 4, to.y + to.height / 2, { steps: 20 });
  await page.mouse.up();
}

it('shows the survey dashboard and keeps an edited layout until it is reset', async () => {
  const page = await newPage(browser(), { viewport: { width: 1400, height: 1000 } });
  await signIn(page, server);
  const survey = await publishSurvey(page);
  await respond(survey.key);
  const nps = await apiNps(page, survey.id);

  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys/${survey.id}/analytics`);
  await page.getByRole('heading', { name: 'E2E dashboard' }).waitFor();
  await page.getByText('Default layout').waitFor();

  // The NPS tile: the API's figure, written as the console writes NPS (+42, -8, 0).
  const tile = page.locator('[data-widget-type="metric_tile"]').first();
  const shown = nps > 0 ? `+${Math.round(nps)}` : String(Math.round(nps));
  await tile.getByTestId('metric-value').filter({ hasText: shown }).waitFor();
  expect(await tile.textContent()).toContain(`n = ${RESPONSES}`);

  // The trend draws on a canvas; the league table lists both stores.
  await page.locator('[data-widget-type="trend"] canvas').first().waitFor();
  const league = page.locator('[data-widget-type="league_table"]');
  for (const [, name] of STORES) await league.getByRole('cell', { name, exact: true }).waitFor();
  await page.getByTestId('comment').first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  // Edit: drag the trend to the front, remove the last widget, save.
  const before = await widgetIds(page);
  const trendId = await page.locator('[data-widget-type="trend"]').getAttribute('data-widget-id');
  await page.getByRole('button', { name: 'Edit layout' }).click();
  await page.getByTestId('drag-handle').first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await drag(
    page,
    page.locator(`[data-widget-id="${trendId}"]`).getByTestId('drag-handle'),
    page.getByTestId('dashboard-widget').first(),
  );
  await expect.poll(async () => (await widgetIds(page))[0]).toBe(trendId);
  const last = page.getByTestId('dashboard-widget').last();
  const removed = await last.getAttribute('data-widget-id');
  await last.getByRole('button', { name: /^Remove / }).click();
  const edited = await widgetIds(page);
  expect(edited).not.toContain(removed);
  expect(edited).toHaveLength(before.length - 1);
  expect([...edited].sort()).toEqual(before.filter((id) => id !== removed).sort());
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Dashboard saved.').waitFor();

  await page.reload();
  await page.getByRole('button', { name: 'Edit layout' }).waitFor();
  await page.getByTestId('dashboard-widget').first().waitFor();
  expect(await widgetIds(page)).toEqual(edited);
  expect(await page.getByText('Default layout').count()).toBe(0);

  // Reset to default, after a confirmation.
  await page.getByRole('button', { name: 'Edit layout' }).click();
  await page.getByRole('button', { name: 'Reset to default' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Reset to default' }).click();
  await page.getByText('Dashboard reset to its default.').waitFor();
  await page.getByText('Default layout').waitFor();
  expect(await widgetIds(page)).toEqual(before);
  await page.context().close();
});
