// The location tree editor: add a store under a region; it is still there after a reload.
import { expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser } from './browser';

const server = inject('rapport');
const browser = useBrowser();

it('adds a store under a region', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const tree = page.getByRole('tree', { name: 'Location tree' });
  await tree.getByText('South China', { exact: true }).click();
  await page.getByRole('button', { name: 'Add under it' }).click();

  const dialog = page.getByRole('dialog', { name: 'Add under South China' });
  // A store is the default choice under a region; brands are not offered there.
  expect(await dialog.getByRole('radio', { name: 'Store' }).isChecked()).toBe(true);
  expect(await dialog.getByRole('radio', { name: 'Brand' }).count()).toBe(0);
  await dialog.getByLabel('Name').fill('Fuzhou Gulou');
  await dialog.getByLabel('Code').fill('fz-gulou');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await dialog.waitFor({ state: 'hidden' });

  await tree.getByText('Fuzhou Gulou', { exact: true }).waitFor();
  await page.reload();
  const node = tree.getByRole('treeitem').filter({ hasText: 'Fuzhou Gulou' });
  await node.waitFor();
  expect(await node.textContent()).toContain('fz-gulou');
  await page.context().close();
});

it('refuses to delete a location that still has stores under it, and says why', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const tree = page.getByRole('tree', { name: 'Location tree' });
  await tree.getByText('East China', { exact: true }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  // Always a confirmation first.
  const confirm = page.getByRole('tooltip').filter({ hasText: 'Delete "East China"?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await page.getByText('This location still has locations under it. Move or delete them first.').waitFor();
  expect(await tree.getByText('East China', { exact: true }).count()).toBe(1);
  await page.context().close();
});
