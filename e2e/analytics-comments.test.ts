// The open-text explorer in a real browser: Chinese comments sent to the public intake as
// respondents would, then the survey's Comments tab: a search for 服务 leaves only the comments
// containing that word, with it marked, and a comment written as markup stays text.
import { randomUUID } from 'node:crypto';
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
      id: 'visit',
      questions: [
        { id: 'score', type: 'nps', required: true, title: { 'zh-CN': '您向朋友推荐我们的可能性有多大？' } },
        { id: 'comment', type: 'text', title: { 'zh-CN': '您有什么建议？', en: 'Anything to tell us?' } },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { 'zh-CN': '谢谢！' } }],
};

const COMMENTS: [number, string][] = [
  [10, '服务态度很好'],
  [3, '价格太贵了'],
  [9, '服务员很热情，环境也不错'],
  [8, 'Great coffee'],
  [5, '<b>服务</b>一般'],
];

async function publishSurvey(page: Page): Promise<{ id: string; key: string }> {
  const me = await page.request.get(`${server.url}/api/v1/me`);
  const headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  const base = `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/surveys`;
  const created = await page.request.post(base, {
    headers,
    data: { name: 'E2E comments', from: { definition } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const survey = (await created.json()) as { id: string; key: string };
  const published = await page.request.post(`${base}/${survey.id}/publish`, { headers });
  expect(published.ok(), await published.text()).toBe(true);
  return survey;
}

async function respond(key: string): Promise<void> {
  const respondent = await request.newContext();
  for (const [score, comment] of COMMENTS) {
    const res = await respondent.post(`${server.url}/s/${key}/responses`, {
      data: { idempotencyKey: randomUUID(), language: 'zh-CN', answers: { score, comment }, complete: true },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  await respondent.dispose();
}

it('searches Chinese comments by a word and marks it', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const survey = await publishSurvey(page);
  await respond(survey.key);

  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys/${survey.id}/analytics?tab=comments`);
  const comments = page.getByTestId('comment');
  await comments.nth(COMMENTS.length - 1).waitFor();
  expect(await comments.count()).toBe(COMMENTS.length);

  const search = page.getByLabel('Search comments');
  await search.fill('服务');
  await search.press('Enter');
  await comments.filter({ hasText: '价格太贵了' }).waitFor({ state: 'detached' });
  const texts = (await comments.allTextContents()).join('\n');
  expect(await comments.count()).toBe(3);
  for (const shown of ['服务态度很好', '服务员很热情', '<b>服务</b>一般']) expect(texts).toContain(shown);
  for (const hidden of ['价格太贵了', 'Great coffee']) expect(texts).not.toContain(hidden);
  // Every shown comment has 服务 marked, and a comment written as markup is shown as text.
  const marks = page.locator('[data-testid="comment"] mark');
  expect(await marks.count()).toBe(3);
  expect(new Set(await marks.allTextContents())).toEqual(new Set(['服务']));
  expect(await page.locator('[data-testid="comment"] b').count()).toBe(0);
  await page.context().close();
});
