// Customer profiles in the console: add a customer, edit tags and a custom field, add an identity,
// see an order sent through the API on the timeline and in the recomputed value, then merge the
// customer into another through the merge screen and find its identities on the one that is kept.
// Also: a suggested duplicate merged only after its different external ids are confirmed, and a
// customer's data exported, then erased after typing the name; a custom field defined, relabelled
// and deleted in the settings.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { newPage, pick, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

interface Customer {
  id: string;
  name: string;
  tags: string[];
  attributes: Record<string, unknown>;
  timeZone: string | null;
  identities: { kind: string; value: string }[];
}

/** The API with the signed-in page's session (cookie + CSRF token). */
async function apiOf(page: Page) {
  const me = await page.request.get(`${server.url}/api/v1/me`);
  const headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  const base = `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}`;
  return {
    async post<T>(path: string, data: unknown, status = 201): Promise<T> {
      const res = await page.request.post(`${base}${path}`, { headers, data });
      expect(res.status(), await res.text()).toBe(status);
      return (await res.json()) as T;
    },
    async get<T>(path: string): Promise<T> {
      const res = await page.request.get(`${base}${path}`);
      expect(res.status(), await res.text()).toBe(200);
      return (await res.json()) as T;
    },
  };
}

const card = (page: Page, title: string) =>
  page.locator('.ant-card').filter({ has: page.getByText(title, { exact: true }) });

it('adds a customer, edits it, shows an order on its timeline and merges it into another', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const api = await apiOf(page);
  const run = String(Date.now()).slice(-7);
  const field = await api.post<{ key: string; label: string }>('/customer-fields', {
    key: `tier_${run}`,
    label: `Tier ${run}`,
    type: 'choice',
    options: ['gold', 'silver'],
  });

  // A new customer from the list.
  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/customers`);
  await page.getByRole('heading', { name: 'Customers', exact: true }).waitFor();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByLabel('Name').fill(`林小雨 ${run}`);
  await dialog.getByLabel('Email').fill(`lin.${run}@example.cn`);
  await dialog.getByLabel('Phone').fill(`186${run}0`);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: `林小雨 ${run}` }).waitFor();
  const id = page.url().split('/').pop()!;
  const identities = page.getByTestId('identity');
  await identities.filter({ hasText: `lin.${run}@example.cn` }).waitFor();
  await identities.filter({ hasText: `+86186${run}0` }).waitFor();

  // Tags, typed and saved with the profile.
  const tags = page.getByRole('combobox', { name: 'Tags', exact: true });
  await tags.fill('vip');
  await tags.press('Enter');
  await tags.fill('oolong');
  await tags.press('Enter');
  // The time zone, searched for in the long list: quiet hours follow it.
  await pick(page, 'Time zone', 'Asia/Shanghai', { search: true });
  await card(page, 'Profile').getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').first().waitFor();
  const saved = await api.get<Customer>(`/customers/${id}`);
  expect(saved.tags).toEqual(['vip', 'oolong']);
  expect(saved.timeZone).toBe('Asia/Shanghai');

  // A custom field, edited as its type asks (a choice).
  await pick(page, field.label, 'gold');
  await card(page, 'Custom fields').getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => (await api.get<Customer>(`/customers/${id}`)).attributes[field.key])
    .toBe('gold');

  // Another identity.
  await pick(page, 'Identity kind', 'Member ID');
  await page.getByRole('textbox', { name: 'Value', exact: true }).fill(`LX-${run}`);
  await card(page, 'Identities').getByRole('button', { name: 'Add' }).click();
  await identities.filter({ hasText: `LX-${run}` }).waitFor();

  // An order sent by a till through the API lands on the timeline.
  await api.post('/orders', {
    externalId: `E2E-${run}`,
    customer: { identities: [{ kind: 'email', value: `lin.${run}@example.cn` }] },
    amount: 88.5,
    currency: 'CNY',
    items: [{ name: 'Oolong', quantity: 2, price: 44.25 }],
    orderedAt: new Date().toISOString(),
  });
  await page.reload();
  const timeline = page.getByTestId('timeline-item');
  const order = timeline.filter({ hasText: `Order E2E-${run}` });
  await order.waitFor();
  expect(await order.textContent()).toMatch(/88\.50/);
  expect(await order.textContent()).toContain('Oolong × 2');

  // Its value, once recomputed: the order's spend is the CLV, in the workspace currency (CNY).
  const value = card(page, 'Value and type');
  await value.getByRole('button', { name: 'Recompute' }).click();
  await value.getByTestId('rfm-scores').waitFor({ timeout: 30_000 });
  expect(await value.textContent()).toContain('Customer lifetime valueCN¥88.50');
  expect(await value.getByTestId('rfm-scores').textContent()).toMatch(/^R [1-5] · F [1-5] · M [1-5]$/);

  // Merge into another customer, picked by search, reviewed on the merge screen.
  const keep = await api.post<Customer>('/customers', {
    name: `林晓雨 ${run}`,
    identities: [{ kind: 'phone', value: `187${run}0` }],
    tags: ['regular'],
  });
  await page.getByRole('button', { name: 'Merge into…' }).click();
  const picker = page.getByRole('dialog', { name: 'Merge this customer into another' });
  await picker.getByRole('combobox', { name: 'Customer to keep' }).fill(`林晓雨 ${run}`);
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: `林晓雨 ${run}` });
  await option.waitFor();
  await option.dispatchEvent('click');
  await picker.getByRole('button', { name: 'Review the merge' }).click();
  await page.waitForURL(new RegExp(`/customers/${id}/merge\\?into=`));
  await page.getByRole('heading', { name: 'Merge customers' }).waitFor();
  // What the kept customer becomes: its own phone and the merged customer's identities.
  const after = page
    .getByRole('cell')
    .filter({ has: page.getByTestId('merge-identity') })
    .last();
  await after.getByText(`Member ID: LX-${run}`).waitFor();
  expect(await after.textContent()).toContain(`Phone: +86187${run}0`);
  expect(await after.textContent()).toContain(`Email: lin.${run}@example.cn`);
  await page.getByRole('button', { name: 'Merge' }).click();

  await page.waitForURL(new RegExp(`/customers/${keep.id}$`));
  await page.getByRole('heading', { name: `林晓雨 ${run}` }).waitFor();
  await identities.filter({ hasText: `LX-${run}` }).waitFor();
  await identities.filter({ hasText: `lin.${run}@example.cn` }).waitFor();
  // The order moved too, and the merge itself is on the timeline.
  await timeline.filter({ hasText: `Order E2E-${run}` }).waitFor();
  await timeline.filter({ hasText: `Merged with 林小雨 ${run}` }).waitFor();
  const kept = await api.get<Customer>(`/customers/${keep.id}`);
  expect(kept.identities.map((i) => i.value).sort()).toEqual(
    [`+86186${run}0`, `+86187${run}0`, `lin.${run}@example.cn`, `LX-${run}`].sort(),
  );
  const gone = await page.request.get(
    `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/customers/${id}`,
  );
  expect(gone.status()).toBe(404);
  await page.context().close();
});

it('suggests a duplicate pair, and merges it only after the different external ids are confirmed', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const api = await apiOf(page);
  const run = String(Date.now()).slice(-7);
  // The same mailbox written two ways (a +tag), and two different CRM ids.
  const older = await api.post<Customer>('/customers', {
    name: `周杰 ${run}`,
    identities: [
      { kind: 'email', value: `zhou.${run}@example.cn` },
      { kind: 'external_id', value: `CRM-A-${run}` },
    ],
  });
  const newer = await api.post<Customer>('/customers', {
    name: `周杰 ${run}`,
    identities: [
      { kind: 'email', value: `zhou.${run}+shop@example.cn` },
      { kind: 'external_id', value: `CRM-B-${run}` },
    ],
  });

  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/customers/duplicates`);
  await page.getByRole('heading', { name: 'Duplicates', exact: true }).waitFor();
  const pair = page.getByRole('row').filter({ hasText: `zhou.${run}` });
  await pair.waitFor();
  expect(await pair.textContent()).toContain('Same email');
  await pair.getByRole('link', { name: 'Review merge' }).click();
  await page.getByRole('heading', { name: 'Merge customers' }).waitFor();

  const merge = page.getByRole('button', { name: 'Merge' });
  await page.getByText('These two customers have different external IDs', { exact: false }).waitFor();
  expect(await merge.isDisabled()).toBe(true);
  await page.getByRole('checkbox', { name: 'I checked: they are the same person. Merge anyway.' }).check();
  await merge.click();
  const kept = new RegExp(`/customers/(${older.id}|${newer.id})$`);
  await page.waitForURL(kept);
  const keptId = page.url().split('/').pop()!;
  const identities = page.getByTestId('identity');
  await identities.filter({ hasText: `CRM-A-${run}` }).waitFor();
  await identities.filter({ hasText: `CRM-B-${run}` }).waitFor();
  const gone = keptId === older.id ? newer.id : older.id;
  const res = await page.request.get(
    `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/customers/${gone}`,
  );
  expect(res.status()).toBe(404);
  await page.context().close();
});

it("downloads a customer's data, and erases the customer after the name is typed", async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const api = await apiOf(page);
  const run = String(Date.now()).slice(-7);
  const c = await api.post<Customer>('/customers', {
    name: `吴静 ${run}`,
    identities: [{ kind: 'email', value: `wu.${run}@example.cn` }],
  });
  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/customers/${c.id}`);
  await page.getByRole('heading', { name: `吴静 ${run}` }).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export data' }).click(),
  ]);
  const zip = await readFile((await download.path())!);
  // A zip of JSON and CSV files about this customer.
  const files = unzipSync(new Uint8Array(zip));
  const names = Object.keys(files);
  expect(names.some((n) => n.endsWith('.json'))).toBe(true);
  expect(names.some((n) => n.endsWith('.csv'))).toBe(true);
  expect(names.some((n) => strFromU8(files[n]!).includes(`wu.${run}@example.cn`))).toBe(true);

  await page.getByRole('button', { name: 'Erase' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase this customer' });
  const ok = dialog.getByRole('button', { name: 'Erase for good' });
  await dialog.getByRole('textbox', { name: 'Confirmation' }).fill('吴静');
  expect(await ok.isDisabled()).toBe(true);
  await dialog.getByRole('textbox', { name: 'Confirmation' }).fill(`吴静 ${run}`);
  await ok.click();
  await page.waitForURL(/\/customers$/);
  await page.getByText(`吴静 ${run} was erased.`).waitFor();
  const res = await page.request.get(
    `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/customers/${c.id}`,
  );
  expect(res.status()).toBe(404);
  await page.context().close();
});

it('defines, relabels and deletes a custom customer field in the settings', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const run = String(Date.now()).slice(-7);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Customer fields' })
    .click();
  await page.getByRole('heading', { name: 'Customer fields', exact: true }).waitFor();

  await page.getByRole('button', { name: 'Add field' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add field' });
  await dialog.getByLabel('Label').fill(`Membership ${run}`);
  await dialog.getByLabel('Key').fill(`membership_${run}`);
  await pick(page, 'Type', 'Choice');
  const choices = dialog.getByRole('combobox', { name: 'Choices' });
  await choices.fill('silver');
  await choices.press('Enter');
  await choices.fill('gold');
  await choices.press('Enter');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: `membership_${run}` });
  await row.waitFor();
  expect(await row.textContent()).toContain(`Membership ${run}`);
  expect(await row.textContent()).toContain('silvergold');

  await row.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit field' });
  // The key and type are fixed once made.
  expect(await edit.getByLabel('Key').isDisabled()).toBe(true);
  await edit.getByLabel('Label').fill(`Member tier ${run}`);
  await edit.getByRole('button', { name: 'Save' }).click();
  await row.getByText(`Member tier ${run}`).waitFor();

  await row.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Delete' }).click();
  await row.waitFor({ state: 'detached' });
  await page.context().close();
});
