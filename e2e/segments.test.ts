// The segment builder: two conditions (a tag, and spend over 90 days), the live count beside them
// agreeing with the API's count for the same definition, saving, and the customer list filtered
// by the saved segment.
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { newPage, pick, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

/** The API with the signed-in page's session (cookie + CSRF token). */
async function apiOf(page: Page) {
  const me = await page.request.get(`${server.url}/api/v1/me`);
  const headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  const base = `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}`;
  return async <T>(path: string, data: unknown, status: number): Promise<T> => {
    const res = await page.request.post(`${base}${path}`, { headers, data });
    expect(res.status(), await res.text()).toBe(status);
    return (await res.json()) as T;
  };
}

it('builds a segment with two conditions, counts it live, saves it and filters the customers by it', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const post = await apiOf(page);
  const run = String(Date.now()).slice(-7);
  const tag = `tea-club-${run}`;
  // Three customers with the tag; two bought in the last 90 days, one of them for more than 100.
  const people = [
    { name: `赵敏 ${run}`, phone: `135${run}1`, spent: 268 },
    { name: `钱多多 ${run}`, phone: `135${run}2`, spent: 45 },
    { name: `孙丽 ${run}`, phone: `135${run}3`, spent: 0 },
  ];
  for (const p of people) {
    await post(
      '/customers',
      { name: p.name, identities: [{ kind: 'phone', value: p.phone }], tags: [tag] },
      201,
    );
    if (p.spent > 0) {
      await post(
        '/orders',
        {
          externalId: `SEG-${p.phone}`,
          customer: { identities: [{ kind: 'phone', value: p.phone }] },
          amount: p.spent,
          orderedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
        },
        201,
      );
    }
  }

  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/segments`);
  await page.getByRole('heading', { name: 'Segments', exact: true }).waitFor();
  await page.getByRole('link', { name: 'New segment' }).first().click();
  await page.getByRole('heading', { name: 'New segment' }).waitFor();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(`Tea club big spenders ${run}`);

  // Condition 1: has the tag (a new segment starts with a tag row).
  await page.getByRole('textbox', { name: 'Condition 1: Tag' }).fill(tag);
  const count = page.getByTestId('segment-count').locator('.ant-statistic-content-value');
  await count.getByText('3', { exact: true }).waitFor();

  // Condition 2: spent more than 100 in the last 90 days; only the operators of "Orders" are offered.
  await page.getByRole('button', { name: 'Add condition' }).click();
  await pick(page, 'Condition 2: Field', 'Orders');
  await pick(page, 'Condition 2: Measure', 'Spend');
  await pick(page, 'Condition 2: Operator', 'more than');
  await page.getByRole('spinbutton', { name: 'Condition 2: Amount' }).fill('100');
  expect(await page.getByRole('spinbutton', { name: 'Condition 2: Days' }).inputValue()).toBe('90');
  await count.getByText('1', { exact: true }).waitFor();
  expect(await page.getByTestId('segment-count').textContent()).toContain('Matching customers');
  await page.getByRole('listitem').filter({ hasText: people[0]!.name }).waitFor();

  // The API counts the same definition the same way.
  const preview = await post<{ count: number; sample: { name: string }[] }>(
    '/segments/preview',
    {
      definition: {
        match: 'all',
        conditions: [
          { field: 'tag', op: 'has', value: tag },
          { field: 'orders', measure: 'spend', op: 'gt', value: 100, days: 90 },
        ],
      },
    },
    200,
  );
  expect(preview.count).toBe(1);
  expect(await count.textContent()).toBe(String(preview.count));

  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/segments\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: `Tea club big spenders ${run}` }).waitFor();

  // The customer list, filtered by the saved segment.
  await page.getByRole('link', { name: 'Show customers' }).click();
  await page.waitForURL(/\/customers\?segmentId=/);
  const rows = page.locator('.ant-table-row');
  await rows.filter({ hasText: people[0]!.name }).waitFor();
  expect(await rows.count()).toBe(1);
  const filter = page
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name: 'Segment', exact: true }) });
  expect(await filter.textContent()).toBe(`Tea club big spenders ${run}`);
  await page.context().close();
});
