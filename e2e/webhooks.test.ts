// Webhooks: a wrong URL is flagged on its field; a registered webhook shows its signing secret
// once; "Send test" shows up in its delivery log.
import { expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser } from './browser';

const server = inject('rapport');
const browser = useBrowser();

it('registers a webhook, shows its secret once and logs a test delivery', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  await page.getByRole('link', { name: 'Webhooks' }).click();
  await page.getByRole('button', { name: 'Add webhook' }).click();

  const form = page.getByRole('dialog', { name: 'Add webhook' });
  const url = form.getByLabel('URL');
  // Looks like a URL to the browser, but the API takes http(s) only: its message goes under the field.
  await url.fill('ftp://example.com/hook');
  await form.getByLabel('All events, including ones added later').check();
  await form.getByRole('button', { name: 'Add' }).click();
  const help = page.locator('#webhook_url_help');
  await help.getByText('http', { exact: false }).waitFor();

  // The test server itself receives it (it answers 404, which the log records as a failure).
  await url.fill(`${server.url}/e2e-webhook-sink`);
  await form.getByRole('button', { name: 'Add' }).click();
  const shown = page.getByRole('dialog', { name: 'Signing secret' });
  const secret = await shown.getByTestId('secret-value').inputValue();
  expect(secret.length).toBeGreaterThan(20);
  await shown.getByRole('button', { name: 'I have copied it' }).click();

  const row = page.getByRole('row').filter({ hasText: '/e2e-webhook-sink' });
  await row.getByText('All events').waitFor();
  await row.getByRole('button', { name: 'Send test' }).click();
  await page.getByText('Test event sent.', { exact: false }).waitFor();

  await row.getByRole('button', { name: 'Delivery log' }).click();
  const log = page.getByRole('dialog', { name: /^Deliveries to / });
  // The job worker makes the delivery; the log refreshes itself until it is there.
  await log.getByRole('row').filter({ hasText: 'webhook.ping' }).waitFor();
  expect(await log.getByRole('button', { name: 'Send again' }).count()).toBeGreaterThan(0);
  await page.context().close();
});
