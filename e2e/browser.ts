// Shared by the browser tests: Debian's Chromium through playwright-core, and signing in.
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { RapportServer } from './global-setup';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** One Chromium per test file, launched before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser starts in beforeAll.');
    return browser;
  };
}

/** A fresh context (own cookies) in English unless told otherwise, on a desktop-sized window. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 860 },
    ...options,
  });
  return context.newPage();
}

/** Signs in through the form and waits for the console to show the workspace. */
export async function signIn(page: Page, server: RapportServer): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(server.email);
  await page.getByLabel('Password').fill(server.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/w\/[0-9a-f-]+\//);
}

/** The workspace id in the console's URL (/w/<id>/…). */
export function workspaceIdOf(page: Page): string {
  const id = /\/w\/([0-9a-f-]+)\//.exec(page.url())?.[1];
  if (!id) throw new Error(`No workspace in ${page.url()}`);
  return id;
}

/**
 * Picks an option of an antd select found by its accessible name. `search` types the option first,
 * for long (virtual) lists that render only what is in view. The option gets a click event of its
 * own: a pointer click can land while the list still animates in and miss it on a loaded machine.
 */
export async function pick(
  page: Page,
  label: string,
  option: string,
  { search = false } = {},
): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  if (search) await box.fill(option);
  const item = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`);
  await item.waitFor();
  await item.dispatchEvent('click');
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/**
 * Ticks an antd radio or checkbox in a dialog that may still be zooming in: Playwright's check()
 * clicks where the option was a frame ago and then finds it unchanged. A click event on the option
 * itself is what a user's click is; then it waits until the option is checked.
 */
export async function choose(option: Locator): Promise<void> {
  await option.dispatchEvent('click');
  await expect.poll(() => option.isChecked()).toBe(true);
}
