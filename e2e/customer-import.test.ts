// The customer import wizard in a real browser: a GBK-encoded CSV with Chinese names and one
// malformed row (too few columns) is uploaded, read as GB18030, mapped (one column by hand), run
// as a dry run and then for real, with the exact counts at the end of the progress; the rejects
// report names the bad row; an imported customer is then found by phone and opened.
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { newPage, pick, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

/** Eight random digits: mainland mobile numbers no other test (or the demo data) uses. */
const digits = () => String(Math.floor(Math.random() * 1e8)).padStart(8, '0');

/** What an antd select shows, found by its accessible name. */
const shown = (page: Page, label: string) =>
  page
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name: label, exact: true }) })
    .textContent();

const count = (page: Page, what: 'inserted' | 'updated' | 'rejected') =>
  page.getByTestId(`import-${what}`).locator('.ant-statistic-content-value').textContent();

it('imports a GBK file with a malformed row: dry run, then for real, and reports the bad row', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const phones = [`138${digits()}`, `139${digits()}`, `137${digits()}`, `136${digits()}`];
  const csv = [
    '姓名,手机,邮箱,标签,会员',
    `张伟,${phones[0]},zhang.${phones[0]}@example.cn,茶友、VIP,M-${phones[0]}`,
    // Malformed: two cells where the header has five.
    `李娜,${phones[1]}`,
    `王芳,${phones[2]},,新客,M-${phones[2]}`,
    `陈静,${phones[3]},chen.${phones[3]}@example.cn,,M-${phones[3]}`,
  ].join('\r\n');
  const gbk = iconv.encode(`${csv}\r\n`, 'gbk');
  // GBK indeed: not valid UTF-8, so only the detector can read it.
  expect(gbk.toString('utf8')).not.toContain('张伟');

  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/customers/import`);
  await page.getByRole('heading', { name: 'Import customers' }).waitFor();
  await page.locator('input[type="file"]').setInputFiles({
    name: '会员名单.csv',
    mimeType: 'text/csv',
    buffer: gbk,
  });

  // Step 2: read as GB18030, comma-separated; the Chinese headers and names come out right.
  await page.waitForURL(/import=[0-9a-f-]{36}/);
  const encoding = page.getByTestId('import-encoding');
  await encoding.getByText('GB18030').waitFor();
  await page.getByRole('combobox', { name: 'Delimiter' }).waitFor();
  expect(await shown(page, 'Delimiter')).toBe('Comma (,)');
  await page.getByRole('cell', { name: '张伟' }).first().waitFor();
  // 姓名, 手机, 邮箱 and 标签 are recognised; 会员 is mapped by hand.
  expect(await shown(page, 'Import column 姓名 as')).toBe('Name');
  expect(await shown(page, 'Import column 手机 as')).toBe('Phone');
  expect(await shown(page, 'Import column 邮箱 as')).toBe('Email');
  expect(await shown(page, 'Import column 标签 as')).toBe('Tags');
  expect(await shown(page, 'Import column 会员 as')).toBe('Do not import');
  await pick(page, 'Import column 会员 as', 'Member ID', { search: true });
  expect(await shown(page, 'Import column 会员 as')).toBe('Member ID');
  expect(await shown(page, 'Find existing customers by')).toBe('Phone');
  // Match by phone (the first identity column), dry run ticked by default.
  expect(await page.getByRole('checkbox', { name: 'Dry run first (nothing is saved)' }).isChecked()).toBe(
    true,
  );
  await page.getByRole('button', { name: 'Start the dry run' }).click();

  // Step 3: the dry run counts without saving.
  await page.getByText('Dry run finished: nothing was saved.', { exact: false }).waitFor({ timeout: 30_000 });
  expect(await count(page, 'inserted')).toBe('3');
  expect(await count(page, 'updated')).toBe('0');
  expect(await count(page, 'rejected')).toBe('1');
  const listed = await page.request.get(
    `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}/customers?q=${phones[0]}`,
  );
  expect(((await listed.json()) as { items: unknown[] }).items).toEqual([]);

  // For real, with the same mapping.
  await page.getByRole('button', { name: 'Run for real' }).click();
  await page.getByText('Import finished.').waitFor({ timeout: 30_000 });
  expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  expect(await count(page, 'inserted')).toBe('3');
  expect(await count(page, 'updated')).toBe('0');
  expect(await count(page, 'rejected')).toBe('1');

  // The rejects report names the malformed row (row 3 of the file: the header is row 1).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download rejected rows' }).click(),
  ]);
  const report = (await readFile((await download.path())!)).toString('utf8');
  expect(report.charCodeAt(0)).toBe(0xfeff);
  const lines = report.slice(1).trim().split(/\r?\n/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^3,column_count,/);
  expect(lines[1]).toContain('李娜');
  expect(lines[1]).toContain(phones[1]);

  // The past imports list shows it.
  const past = page.getByRole('row').filter({ hasText: '会员名单.csv' });
  await past.first().waitFor();

  // An imported customer, found by phone in the list, and their profile.
  await page.getByRole('link', { name: 'Go to customers' }).click();
  await page.getByRole('heading', { name: 'Customers', exact: true }).waitFor();
  const search = page.getByRole('searchbox', { name: 'Search by name, phone or email' });
  await search.fill(phones[2]!);
  await search.press('Enter');
  // The router writes a number-like search as a JSON string: ?q="137…" (%22 quoted).
  await page.waitForURL(new RegExp(`q=(%22)?${phones[2]}`));
  const rows = page.locator('.ant-table-row');
  await rows.filter({ hasText: '王芳' }).waitFor();
  expect(await rows.count()).toBe(1);
  await rows.getByRole('link', { name: '王芳' }).click();
  await page.getByRole('heading', { name: '王芳' }).waitFor();
  const identities = page.getByTestId('identity');
  await identities.filter({ hasText: `+86${phones[2]}` }).waitFor();
  await identities.filter({ hasText: `M-${phones[2]}` }).waitFor();
  await page.locator('.ant-select-selection-item[title="新客"]').waitFor();
  await page.context().close();
});
