// On a phone-width screen the sidebar becomes a drawer opened by the menu button.
import { expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser } from './browser';

const server = inject('rapport');
const browser = useBrowser();

it('opens the navigation from the menu button at 390×844', async () => {
  const page = await newPage(browser(), {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await signIn(page, server);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  const menuButton = page.getByRole('button', { name: 'Open navigation' });
  await menuButton.waitFor();
  expect(await nav.count()).toBe(0);

  await menuButton.click();
  await nav.getByRole('link', { name: 'Members & roles' }).click();
  await page.waitForURL(/\/settings\/members$/);
  // Following a link closes the drawer.
  await nav.waitFor({ state: 'hidden' });
  await page.getByRole('heading', { name: 'Members & roles' }).waitFor();
  // The page itself fits the screen: nothing wider than the viewport but the table's own scroller.
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  expect(width).toBeLessThanOrEqual(390);
  await page.context().close();
});
