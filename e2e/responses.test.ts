// Reading responses: a survey made and published through the API with the console's session, two
// responses sent to the public intake as respondents would, then the responses page: filter by
// status (kept in the URL), open a response and read its answers by label. Also at phone width.
import { randomUUID } from 'node:crypto';
import { request, type Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { newPage, pick, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

const definition = {
  defaultLanguage: 'en',
  languages: ['en', 'es'],
  hiddenFields: [{ name: 'order_channel' }],
  pages: [
    {
      id: 'visit',
      title: { en: 'Your visit' },
      questions: [
        { id: 'score', type: 'nps', required: true, title: { en: 'How likely are you to recommend us?' } },
        {
          id: 'visit_type',
          type: 'single_choice',
          title: { en: 'How did you visit us?', es: '¿Cómo nos visitó?' },
          options: [
            { id: 'dine_in', label: { en: 'Dine in', es: 'En el local' } },
            { id: 'takeaway', label: { en: 'Takeaway', es: 'Para llevar' } },
          ],
        },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { en: 'Thank you!' } }],
};

/** Makes and publishes a survey with the signed-in page's session (cookie + CSRF token). */
async function publishSurvey(page: Page, name: string): Promise<{ id: string; key: string }> {
  const workspaceId = workspaceIdOf(page);
  const me = await page.request.get(`${server.url}/api/v1/me`);
  const headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  const base = `${server.url}/api/v1/workspaces/${workspaceId}/surveys`;
  const created = await page.request.post(base, { headers, data: { name, from: { definition } } });
  expect(created.status(), await created.text()).toBe(201);
  const survey = (await created.json()) as { id: string; key: string };
  const published = await page.request.post(`${base}/${survey.id}/publish`, { headers });
  expect(published.ok(), await published.text()).toBe(true);
  return survey;
}

/** Two respondents without a session: one finishes, one stops after the first question. */
async function respond(key: string): Promise<void> {
  const respondent = await request.newContext();
  const send = async (body: Record<string, unknown>) => {
    const res = await respondent.post(`${server.url}/s/${key}/responses`, {
      data: { idempotencyKey: randomUUID(), language: 'en', ...body },
    });
    expect(res.status(), await res.text()).toBe(201);
  };
  await send({
    answers: { score: 9, visit_type: 'takeaway' },
    hidden: { order_channel: 'app' },
    pageSeconds: { visit: 42 },
    channel: 'qr',
    complete: true,
  });
  await send({ answers: { score: 3 }, currentPage: 'visit', complete: false });
  await respondent.dispose();
}

it('filters responses by status and shows an answer by its label', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const survey = await publishSurvey(page, 'E2E responses');
  await respond(survey.key);

  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys/${survey.id}/responses`);
  await page.getByRole('heading', { name: 'Responses' }).waitFor();
  const rows = page.locator('.ant-table-row');
  await rows.nth(1).waitFor();
  expect(await rows.count()).toBe(2);

  await pick(page, 'Status', 'Partial');
  await page.waitForURL(/status=partial/);
  // While the filtered page loads the table may be empty for a moment: wait for its row.
  await rows.filter({ hasText: 'Complete' }).waitFor({ state: 'detached' });
  await rows.filter({ hasText: 'Partial' }).first().waitFor();
  expect(await rows.count()).toBe(1);
  expect(await rows.first().textContent()).toContain('Partial');

  // The filter is in the URL: a reload keeps it.
  await page.reload();
  await rows.first().waitFor();
  expect(await rows.count()).toBe(1);

  await pick(page, 'Status', 'Complete');
  await page.waitForURL(/status=complete/);
  const complete = rows.filter({ hasText: 'Complete' });
  await rows.filter({ hasText: 'Partial' }).waitFor({ state: 'detached' });
  await complete.waitFor();
  expect(await rows.count()).toBe(1);
  expect(await complete.textContent()).toContain('qr');

  await complete.click();
  const drawer = page.getByRole('dialog', { name: 'Response' });
  const answers = drawer.getByTestId('response-answer');
  await answers.first().waitFor();
  const visit = answers.filter({ hasText: 'How did you visit us?' });
  expect(await visit.textContent()).toContain('Takeaway');
  expect(await visit.textContent()).not.toContain('takeaway');
  expect(await answers.filter({ hasText: 'How likely' }).textContent()).toContain('9');
  expect(await drawer.textContent()).toContain('order_channel');
  expect(await drawer.textContent()).toContain('42 s');
  await page.context().close();
});

it('fits a phone: the list scrolls inside its table and the drawer takes the full width', async () => {
  const page = await newPage(browser(), {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await signIn(page, server);
  const survey = await publishSurvey(page, 'E2E responses on a phone');
  await respond(survey.key);

  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys/${survey.id}/responses`);
  const rows = page.locator('.ant-table-row');
  await rows.nth(1).waitFor();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

  await rows.filter({ hasText: 'Complete' }).getByRole('button').first().click();
  const drawer = page.getByRole('dialog', { name: 'Response' });
  await drawer.getByTestId('response-answer').first().waitFor();
  const box = await page.locator('.ant-drawer-content-wrapper').boundingBox();
  expect(box?.width).toBeCloseTo(390, 0);
  await page.context().close();
});
