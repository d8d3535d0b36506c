// An API key made in the console works against the API, and its secret is shown once.
import { expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

it('creates a key whose secret opens the API', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const workspaceId = workspaceIdOf(page);
  await page.getByRole('link', { name: 'API keys' }).click();
  await page.getByRole('button', { name: 'Create API key' }).click();

  const form = page.getByRole('dialog', { name: 'Create API key' });
  const name = form.getByLabel('Name');
  await name.fill('e2e reader');
  expect(await name.inputValue()).toBe('e2e reader');
  // Wait for the API's answer itself, so that a failure says whether the form was sent at all.
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/api-keys'),
  );
  await form.getByRole('button', { name: 'Create key' }).click();
  expect((await answered).status()).toBe(201);

  const shown = page.getByRole('dialog', { name: 'Your new API key' });
  const secretBox = shown.getByTestId('secret-value');
  await secretBox.waitFor();
  const secret = await secretBox.inputValue();
  expect(secret).toMatch(/^rpk_/);
  expect(await shown.textContent()).toContain('will not be shown again');

  const res = await fetch(`${server.url}/api/v1/workspaces/${workspaceId}/locations`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { items: { name: string }[] };
  expect(body.items.map((l) => l.name)).toContain('East China');

  await shown.getByRole('button', { name: 'I have copied it' }).click();
  await shown.waitFor({ state: 'hidden' });
  const row = page.getByRole('row').filter({ hasText: 'e2e reader' });
  await row.waitFor();
  // Only the prefix is listed from now on.
  expect(await row.textContent()).not.toContain(secret);
  await page.context().close();
});
