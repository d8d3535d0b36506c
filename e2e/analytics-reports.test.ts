// The Reports tab in a real browser against a real server: the report downloaded as a PDF on the
// spot, then a scheduled report email made with recipients typed as tags (a pasted list splits,
// a bad address is named), edited to monthly, sent now, and deleted after confirming.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { choose, newPage, signIn, useBrowser, workspaceIdOf } from './browser';

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
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { 'zh-CN': '谢谢！' } }],
};

async function publishSurvey(page: Page, name: string): Promise<string> {
  const me = await page.request.get(`${server.url}/api/v1/me`);
  const headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  const base = `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/surveys`;
  const created = await page.request.post(base, { headers, data: { name, from: { definition } } });
  expect(created.status(), await created.text()).toBe(201);
  const survey = (await created.json()) as { id: string };
  const published = await page.request.post(`${base}/${survey.id}/publish`, { headers });
  expect(published.ok(), await published.text()).toBe(true);
  return survey.id;
}

it('downloads the PDF report, and schedules, edits, sends and deletes a report email', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const name = `报告测试 ${randomUUID().slice(0, 8)}`;
  const surveyId = await publishSurvey(page, name);
  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys/${surveyId}/analytics?tab=reports`);
  await page.getByText('No scheduled reports yet.').waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Download PDF now/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${name} Survey report .*\\.pdf$`));
  expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('button', { name: 'New schedule' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Weekly report for managers');
  const recipients = dialog.getByLabel('Recipients');
  await recipients.fill('ceo@example.com, ops@example.com');
  await recipients.press('Enter');
  await recipients.fill('not-an-email');
  await recipients.press('Enter');
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await dialog.getByText('not-an-email is not an email address.').waitFor();
  await dialog
    .locator('.ant-select-selection-item')
    .filter({ hasText: 'not-an-email' })
    .locator('.ant-select-selection-item-remove')
    .click();
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await page.getByText('Report scheduled.').waitFor();

  const row = page.locator('.ant-table-row').filter({ hasText: 'Weekly report for managers' });
  await row.getByText('ceo@example.com').waitFor();
  await row.getByText('ops@example.com').waitFor();
  await row.getByText('Weekly', { exact: true }).waitFor();

  await row.getByRole('button', { name: 'Edit' }).click();
  await choose(page.getByRole('dialog').getByRole('radio', { name: 'Monthly' }));
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await row.getByText('Monthly', { exact: true }).waitFor();

  await row.getByRole('button', { name: 'Send now' }).click();
  await page.getByText(/The report for \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2} is on its way\./).waitFor();

  await row.getByRole('button', { name: 'Delete' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Delete' }).click();
  await page.getByText('No scheduled reports yet.').waitFor();
  await page.context().close();
});
