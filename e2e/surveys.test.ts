// Surveys (M1) in the console: create one from the CSAT template, add a question and move it with
// its keyboard-operable "move up" button, see the draft autosave, publish version 1, find it under
// Versions, and open a wave. Then the list and the builder at phone width.
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { choose, newPage, pick, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

/** The question ids of a page of the builder, top to bottom. */
const questionOrder = (page: Page, pageName: string) =>
  page
    .getByRole('region', { name: pageName })
    .locator('[data-testid^="question-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('question-'.length)));

async function openSurveys(page: Page): Promise<void> {
  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys`);
  await page.getByRole('heading', { name: 'Surveys', exact: true }).waitFor();
}

it('creates a survey from a template, edits it, publishes version 1 and adds a wave', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Surveys' })
    .click();
  await page.getByRole('heading', { name: 'Surveys', exact: true }).waitFor();

  await page.getByRole('button', { name: 'Create survey' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create a survey' });
  await choose(dialog.getByRole('radio', { name: /Customer satisfaction after a purchase/ }));
  // Picking the template names the survey after it.
  expect(await dialog.getByLabel('Name').inputValue()).toBe('Customer satisfaction after a purchase (CSAT)');
  await pick(page, 'Survey language', 'English');
  // A full CI run once created the survey in the workspace's Chinese: check the pick took.
  await expect.poll(() => dialog.locator('.ant-select').filter({ hasText: 'English' }).count()).toBe(1);
  await dialog.getByLabel('Name').fill('E2E after purchase');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();

  await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: 'E2E after purchase' }).waitFor();
  const status = page.getByTestId('save-status');
  await status.getByText('Saved').waitFor();
  expect(await questionOrder(page, 'Page 1')).toEqual(['csat', 'mattered_most', 'comment']);

  // A new question starts without a title: the draft waits for one before it is saved.
  await page.getByRole('region', { name: 'Page 1' }).getByRole('button', { name: 'Add question' }).click();
  // The menu zooms in; on a loaded machine a pointer click can land while it still moves and hit
  // the menu's padding instead of the item. A click event on the item itself is what a user's is.
  const textType = page.getByRole('menuitem', { name: /Text$/ });
  await textType.waitFor();
  await textType.dispatchEvent('click');
  // This wait has timed out in some full CI runs only: say what the page showed instead.
  await status
    .getByText('Not saved: Page 1 › Question 4 › Title › English: is empty')
    .waitFor()
    .catch(async (e: Error) => {
      const questions = (await questionOrder(page, 'Page 1')).join(', ');
      throw new Error(`${e.message}\nstatus: "${await status.textContent()}"; Page 1: ${questions}`);
    });
  await page.getByLabel('Title', { exact: true }).fill('Anything we could do better?');
  await status.getByText('Saved').waitFor();

  // Move it above the comment with the keyboard.
  await page.getByRole('button', { name: 'Move Question 4 up' }).focus();
  await page.keyboard.press('Enter');
  expect(await questionOrder(page, 'Page 1')).toEqual(['csat', 'mattered_most', 'text_1', 'comment']);
  await status.getByText('Saved').waitFor();
  const surveyUrl = `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/surveys/${page.url().split('/').pop()}`;
  const saved = (await (await page.request.get(surveyUrl)).json()) as {
    draft: { pages: { questions: { id: string; title: Record<string, string> }[] }[] };
  };
  expect(saved.draft.pages[0]!.questions.map((q) => q.id)).toEqual([
    'csat',
    'mattered_most',
    'text_1',
    'comment',
  ]);
  expect(saved.draft.pages[0]!.questions[2]!.title).toEqual({ en: 'Anything we could do better?' });
  // The live preview shows the saved draft.
  await page
    .frameLocator('[data-testid="survey-preview"]')
    .getByText('Anything we could do better?')
    .waitFor();

  await page.getByRole('button', { name: 'Publish' }).click();
  const confirm = page.getByRole('tooltip').filter({ hasText: 'Publish version 1?' });
  await confirm.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Version 1 published.').waitFor();

  await page.getByRole('tab', { name: 'Versions' }).click();
  const version = page.getByRole('row').filter({ hasText: 'Version 1' });
  await version.waitFor();
  await version.getByRole('button', { name: 'Preview version 1' }).click();
  await page.getByText('Preview: version 1').waitFor();
  expect(await page.getByTestId('survey-preview').getAttribute('src')).toMatch(
    /\/preview\?lang=en&version=1$/,
  );

  await page.getByRole('tab', { name: 'Waves' }).click();
  await page.getByRole('button', { name: 'Add wave' }).click();
  const waveDialog = page.getByRole('dialog', { name: 'Add wave' });
  await waveDialog.getByLabel('Name').fill('Launch wave');
  await waveDialog.getByLabel('Closes').fill('2099-12-31T18:00');
  await waveDialog.getByRole('button', { name: 'Add', exact: true }).click();
  const wave = page.getByRole('row').filter({ hasText: 'Launch wave' });
  await wave.getByText('Open', { exact: true }).waitFor();

  // The list shows it published, on version 1.
  await openSurveys(page);
  const row = page.getByRole('row').filter({ hasText: 'E2E after purchase' });
  await row.getByText('Published').waitFor();
  await row.getByText('Version 1').waitFor();
  await page.context().close();
});

it('fits the list and the builder on a phone', async () => {
  const page = await newPage(browser(), {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await signIn(page, server);
  await openSurveys(page);
  await page.getByLabel('Loading').waitFor({ state: 'detached' });
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

  const first = page.getByRole('row').nth(1).getByRole('link').first();
  await first.click();
  await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
  await page.getByRole('tab', { name: 'Questions' }).waitFor();
  await page.getByTestId('survey-preview').waitFor();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  await page.context().close();
});
