// Signing in: the demo account reaches its workspace and location tree; a wrong password is said
// on the form; a Spanish browser gets the sign-in page in Spanish.
import { describe, expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser } from './browser';

const server = inject('rapport');
const browser = useBrowser();

describe('sign in', () => {
  it('opens the demo workspace and its location tree', async () => {
    const page = await newPage(browser());
    await page.goto(server.url);
    // Signed-out visitors land on the sign-in page.
    await page.waitForURL(/\/sign-in/);
    await signIn(page, server);

    const switcher = page.getByRole('button', { name: /^Workspace: / });
    expect(await switcher.textContent()).toContain('Lumen Tea (demo)');

    const tree = page.getByRole('tree', { name: 'Location tree' });
    await tree.getByText('East China', { exact: true }).waitFor();
    for (const name of ['South China', 'Online shop']) {
      expect(await tree.getByText(name, { exact: true }).count()).toBe(1);
    }
    const stores = [
      'Shanghai Jing’an',
      'Hangzhou West Lake',
      'Nanjing Xinjiekou',
      'Guangzhou Tianhe',
      'Shenzhen Futian',
      'Xiamen Siming',
    ];
    // Other test files add locations to the same server: check the demo's own, each a store.
    for (const name of stores) {
      const node = tree.getByRole('treeitem').filter({ hasText: name });
      expect(await node.count()).toBe(1);
      expect(await node.textContent()).toContain('Store');
    }
    await page.context().close();
  });

  it('says so when the password is wrong', async () => {
    const page = await newPage(browser());
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(server.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Wrong email or password.' });
    await alert.waitFor();
    expect(page.url()).toContain('/sign-in');
    await page.context().close();
  });

  it('speaks Spanish to a Spanish browser', async () => {
    const page = await newPage(browser(), { locale: 'es-ES' });
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('heading', { name: 'Inicia sesión en Rapport' }).waitFor();
    expect(await page.getByRole('button', { name: 'Iniciar sesión' }).count()).toBe(1);
    expect(await page.getByLabel('Contraseña').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.context().close();
  });
});
