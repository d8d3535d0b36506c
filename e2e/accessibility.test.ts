// axe-core finds no serious or critical accessibility problems on the main screens.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser } from './browser';

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
    ['Members & roles', 'Members & roles'],
    ['Invitations', 'Invitations'],
    ['API keys', 'API keys'],
    ['Webhooks', 'Webhooks'],
    ['Audit log', 'Audit log'],
    ['Surveys', 'Surveys'],
    ['Distribution', 'Distribution M2'],
  ] as const) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    // Wait for the page's data: the spinner goes once the list or form is there.
    await page.getByLabel('Loading').waitFor({ state: 'detached' });
    expect(await seriousViolations(page), link).toEqual([]);
  }
  await page.context().close();
});
