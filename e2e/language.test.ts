// Switching the console to Chinese and back; the choice is saved to the account (PATCH /me).
import { expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser } from './browser';

const server = inject('rapport');
const browser = useBrowser();

it('switches the language to Chinese and back, and remembers it', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Members & roles' }).waitFor();

  await page.getByTestId('language-switcher').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  const zhNav = page.getByRole('navigation', { name: '主导航' });
  await zhNav.getByRole('link', { name: '成员与角色' }).waitFor();
  expect(await zhNav.getByRole('link', { name: '问卷' }).count()).toBe(1);
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

  // Saved to the account: a reload (and any other browser) opens in Chinese.
  await page.reload();
  await zhNav.getByRole('link', { name: '门店与渠道' }).waitFor();

  await page.getByTestId('language-switcher').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await nav.getByRole('link', { name: 'Surveys' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await page.reload();
  await nav.getByRole('link', { name: 'Surveys' }).waitFor();
  await page.context().close();
});
