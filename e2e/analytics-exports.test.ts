// Exports in a real browser against a real server (its worker runs the job): a survey with Chinese
// labels, two complete responses and a partial one; on the survey's analytics page, Exports tab, a
// CSV export is asked for, followed until it is ready, downloaded (BOM, Chinese, only the complete
// responses, a formula neutralised) and deleted after confirming.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { request, type Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

const definition = {
  defaultLanguage: 'zh-CN',
  languages: ['zh-CN', 'en'],
  pages: [
    {
      id: 'main',
      questions: [
        { id: 'score', type: 'nps', required: true, title: { 'zh-CN': '您向朋友推荐我们的可能性有多大？' } },
        {
          id: 'visit',
          type: 'single_choice',
          title: { 'zh-CN': '您的到店方式？', en: 'How did you visit us?' },
          options: [
            { id: 'dine_in', label: { 'zh-CN': '堂食', en: 'Dine in' } },
            { id: 'takeaway', label: { 'zh-CN': '外带', en: 'Takeaway' } },
          ],
        },
        { id: 'comment', type: 'text', title: { 'zh-CN': '还有什么建议？' } },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { 'zh-CN': '谢谢！' } }],
};

async function publishSurvey(page: Page, name: string): Promise<{ id: string; key: string }> {
  const me = await page.request.get(`${server.url}/api/v1/me`);
  const headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  const base = `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/surveys`;
  const created = await page.request.post(base, { headers, data: { name, from: { definition } } });
  expect(created.status(), await created.text()).toBe(201);
  const survey = (await created.json()) as { id: string; key: string };
  const published = await page.request.post(`${base}/${survey.id}/publish`, { headers });
  expect(published.ok(), await published.text()).toBe(true);
  return survey;
}

async function respond(key: string): Promise<void> {
  const respondent = await request.newContext();
  const send = async (body: Record<string, unknown>) => {
    const res = await respondent.post(`${server.url}/s/${key}/responses`, {
      data: { idempotencyKey: randomUUID(), language: 'zh-CN', ...body },
    });
    expect(res.status(), await res.text()).toBe(201);
  };
  await send({ answers: { score: 9, visit: 'dine_in', comment: '服务很好' }, complete: true });
  await send({ answers: { score: 4, visit: 'takeaway', comment: '=HYPERLINK("x")' }, complete: true });
  await send({ answers: { score: 2 }, currentPage: 'main', complete: false });
  await respondent.dispose();
}

it('exports a survey as CSV, downloads it, and deletes it', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const survey = await publishSurvey(page, `导出测试 ${randomUUID().slice(0, 8)}`);
  await respond(survey.key);

  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys/${survey.id}/analytics?tab=exports`);
  await page.getByText('No exports yet. Choose a format and export.').waitFor();
  await page.getByRole('radio', { name: /^CSV/ }).check();
  await page.getByRole('button', { name: /Export$/ }).click();

  // The worker picks the job up; the list polls every second until the file is ready.
  const row = page.locator('.ant-table-row').filter({ hasText: 'CSV' });
  await row.getByText('Ready').waitFor({ timeout: 30_000 });
  expect(await row.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');

  const link = row.getByRole('link', { name: /\.csv$/ });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^导出测试 [0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile((await download.path())!)).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split(/\r?\n/);
  expect(lines).toHaveLength(1 + 2); // the header and the two complete responses
  expect(lines[0]).toMatch(/^response_id,completed_at,.*,score,visit,comment$/);
  // Option labels in the console's language (the survey has English too); answers as written.
  expect(lines[1]).toContain('Dine in');
  expect(lines[1]).toContain('服务很好');
  expect(lines[2]).toContain('Takeaway');
  expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);

  await row.getByRole('button', { name: 'Delete' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Delete' }).click();
  await page.getByText('No exports yet. Choose a format and export.').waitFor();
  await page.context().close();
});
