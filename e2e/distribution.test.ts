// Distribution (M2) in the console, in a real Chromium against a real server: a survey published
// through the API starts with the empty state; a QR code for a store is made through the form, its
// preview image loads and its link, answered by a respondent, shows up in the counts (opened 1,
// completed 1, 100% of opened); an email distribution invites a pasted list and its invitations
// table agrees with the API, and a person invited for later and sent to again is not invited twice
// unless asked to be; the contact rules set on the outreach settings page survive a reload;
// an SMS gateway with a success check in its reply is saved (not without its values), a WeChat
// account too, and both are removed.
// axe-core checks each new screen.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { choose, newPage, signIn, useBrowser, workspaceIdOf } from './browser';

const server = inject('rapport');
const browser = useBrowser();

const definition = {
  defaultLanguage: 'en',
  languages: ['en'],
  pages: [
    {
      id: 'main',
      questions: [
        { id: 'score', type: 'nps', required: true, title: { en: 'How likely are you to recommend us?' } },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { en: 'Thank you for your answer' } }],
};

/** The API with the signed-in page's session (cookie + CSRF token). */
async function apiOf(page: Page) {
  const me = await page.request.get(`${server.url}/api/v1/me`);
  const headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  const base = `${server.url}/api/v1/workspaces/${workspaceIdOf(page)}`;
  return {
    get: async <T>(path: string): Promise<T> => {
      const res = await page.request.get(`${base}${path}`);
      expect(res.status(), await res.text()).toBe(200);
      return (await res.json()) as T;
    },
    send: async <T>(method: 'POST' | 'PUT', path: string, data: unknown, status: number): Promise<T> => {
      const res = await page.request.fetch(`${base}${path}`, { method, headers, data });
      expect(res.status(), await res.text()).toBe(status);
      return (await res.json()) as T;
    },
  };
}

async function publishSurvey(page: Page, name: string): Promise<string> {
  const api = await apiOf(page);
  const survey = await api.send<{ id: string }>('POST', '/surveys', { name, from: { definition } }, 201);
  await api.send('POST', `/surveys/${survey.id}/publish`, undefined, 200);
  return survey.id;
}

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Waits until nothing moves (a dialog or drawer opening); spinners spin forever. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

const rowOf = (page: Page, name: string): Locator => page.locator('.ant-table-row').filter({ hasText: name });

/** "New distribution": a kind, a name; the rest is up to the caller before "Create". */
async function startDistribution(page: Page, kind: string, name: string): Promise<Locator> {
  await page.getByRole('button', { name: 'New distribution' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New distribution' });
  await choose(dialog.getByRole('radio', { name: new RegExp(`^${kind}\\b`) }));
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  return dialog;
}

it(
  'makes a QR code for a store, shows it, and counts the answer that came through it',
  { timeout: 180_000 },
  async () => {
    const page = await newPage(browser());
    await signIn(page, server);
    const ws = workspaceIdOf(page);
    const surveyName = `E2E distribution ${randomUUID().slice(0, 8)}`;
    const surveyId = await publishSurvey(page, surveyName);

    // From the sidebar's Distribution area to the survey's distribute page, and its empty state.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Distribution', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Distribution', exact: true }).waitFor();
    await page.getByLabel('Loading').waitFor({ state: 'detached' });
    const found = await seriousViolations(page, 'distribution area');
    await rowOf(page, surveyName).getByRole('link', { name: 'Distribute' }).click();
    await page.waitForURL(`${server.url}/w/${ws}/surveys/${surveyId}/distribute`);
    await page.getByRole('heading', { name: surveyName, exact: true }).waitFor();
    await page.getByText('This survey has not gone out yet').waitFor();
    await page.getByText('Tablet in the store that loops the survey', { exact: false }).waitFor();
    found.push(...(await seriousViolations(page, 'empty distribute page')));

    // The API's objection lands under the field it names (settings.allowedOrigins.0).
    const embed = await startDistribution(page, 'Embed', 'Shop embed');
    const origins = embed.getByRole('combobox', { name: 'Allowed websites' });
    await origins.fill('shop.example.com');
    await origins.press('Enter');
    await embed.getByRole('button', { name: 'Create' }).click();
    await embed
      .locator('.ant-form-item')
      .filter({ hasText: 'Allowed websites' })
      .getByText('an origin such as https://shop.example.com')
      .waitFor();
    await embed.getByRole('button', { name: 'Cancel' }).click();
    await embed.waitFor({ state: 'hidden' });

    // A QR code for the Jing’an store.
    const dialog = await startDistribution(page, 'QR code', 'Table cards Jing’an');
    const store = dialog.getByRole('combobox', { name: 'Store' });
    await store.click();
    await store.fill('Jing');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper[title="Shanghai Jing’an"]')
      .dispatchEvent('click');
    await dialog.getByRole('textbox', { name: 'English' }).fill('Scan to tell us about your tea');
    await settled(page);
    found.push(...(await seriousViolations(page, 'new distribution dialog')));
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByText('“Table cards Jing’an” is ready.').waitFor();

    // The drawer opens on it: the link, the live QR preview (an image that loaded), the downloads.
    const drawer = page.getByRole('dialog', { name: 'Table cards Jing’an' });
    const link = await drawer.getByTestId('distribution-link').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/d/[a-z0-9]{8}$`));
    const preview = drawer.getByTestId('qr-preview');
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    await drawer.getByRole('textbox', { name: 'Table' }).fill('12');
    await expect.poll(() => preview.getAttribute('src'), { timeout: 10_000 }).toMatch(/\/qr\.svg\?table=12$/);
    const card = await page.request.get(
      `${server.url}${await drawer.getByRole('link', { name: /A6 card/ }).getAttribute('href')}`,
    );
    expect(card.status()).toBe(200);
    expect((await card.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await settled(page);
    found.push(...(await seriousViolations(page, 'QR drawer')));
    await drawer.getByRole('button', { name: 'Close' }).click();

    // A respondent scans it: the short link leads to the survey, which is answered.
    const respondent = await newPage(browser());
    await respondent.goto(link);
    await respondent.waitForURL(/\/s\/[^/?]+\?/);
    await respondent.locator('form[data-ready]').waitFor();
    await respondent
      .getByRole('group', { name: 'How likely are you to recommend us?' })
      .getByRole('radio', { name: '9', exact: true })
      .check();
    await respondent.getByRole('button', { name: 'Submit', exact: true }).click();
    await respondent.getByRole('heading', { name: 'Thank you for your answer' }).waitFor();
    await respondent.context().close();

    // Back on the distribute page: opened 1, completed 1, 100% of opened; "—" for what QR codes do not send.
    await page.reload();
    const row = rowOf(page, 'Table cards Jing’an');
    await row.getByTestId('count-opened').getByText('1', { exact: true }).waitFor();
    expect(await row.getByTestId('count-completed').textContent()).toBe('1');
    expect(await row.getByTestId('count-sent').textContent()).toBe('—');
    expect(await row.getByTestId('count-bounced').textContent()).toBe('—');
    expect(await row.getByTestId('response-rate').textContent()).toBe('100% of opened');
    found.push(...(await seriousViolations(page, 'distribute page')));
    expect(found).toEqual([]);
    await page.context().close();
  },
);

it(
  'invites a pasted list by email and lists the invitations as the API has them',
  { timeout: 120_000 },
  async () => {
    const page = await newPage(browser());
    await signIn(page, server);
    const surveyId = await publishSurvey(page, `E2E invitations ${randomUUID().slice(0, 8)}`);
    await page.goto(`${server.url}/w/${workspaceIdOf(page)}/surveys/${surveyId}/distribute`);
    await page.getByText('This survey has not gone out yet').waitFor();

    const dialog = await startDistribution(page, 'Email', 'March customers');
    await dialog.getByRole('textbox', { name: 'Subject' }).fill('How was your visit, {{name}}?');
    await dialog.getByRole('button', { name: 'Create' }).click();
    // A subject alone would leave the mail without words: the form asks for the text too.
    await dialog.getByText('Write the text too, or clear the subject.').waitFor();
    await dialog
      .getByRole('textbox', { name: 'Text' })
      .fill('Hi {{name}}, two minutes for {{survey}}? {{link}}');
    await dialog.getByRole('button', { name: 'Create' }).click();
    const drawer = page.getByRole('dialog', { name: 'March customers' });
    await drawer.getByText('No invitations yet.').waitFor();

    await drawer.getByRole('button', { name: 'Send invitations' }).click();
    const send = page.getByRole('dialog', { name: 'Send invitations: March customers' });
    const run = randomUUID().slice(0, 8);
    const list = send.getByRole('textbox', { name: 'Recipients' });
    await list.fill(`ana.${run}@example.com, Ana García, es\nnot an address`);
    await send.getByRole('button', { name: 'Send', exact: true }).click();
    await send.getByText('These lines cannot be read: 2.').waitFor();
    await list.fill(`ana.${run}@example.com, Ana García, es\nli.na.${run}@example.com, 李娜, zh-CN`);
    await send.getByTestId('pasted-count').getByText('Recipients: 2.').waitFor();
    await settled(page);
    const found = await seriousViolations(page, 'send invitations dialog');
    await send.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('Invitations queued: 2. Left out: 0.').waitFor();

    // Whatever became of them (the test server has no mail relay), the table says what the API says.
    const api = await apiOf(page);
    const distributionId = new URL(page.url()).searchParams.get('open')!;
    const rows = drawer.getByTestId('invitations').locator('.ant-table-row');
    await expect
      .poll(
        async () => {
          const { items } = await api.get<{ items: { address: string; status: string }[] }>(
            `/distributions/${distributionId}/invitations`,
          );
          const shown = await rows.evaluateAll((trs) =>
            trs.map((tr) => {
              const cells = tr.querySelectorAll('td');
              return { to: cells[0]?.textContent ?? '', status: cells[1]?.textContent ?? '' };
            }),
          );
          const label = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
          const agrees =
            items.length === 2 &&
            shown.length === 2 &&
            items.every((i) =>
              shown.some((r) => r.to.startsWith(i.address) && r.status.startsWith(label(i.status))),
            );
          // On a difference, what each side says (the poll shows the last one).
          return agrees ? '' : JSON.stringify({ api: items.map((i) => [i.address, i.status]), shown });
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe('');
    await rows.filter({ hasText: 'Ana García' }).waitFor();
    await settled(page);
    found.push(...(await seriousViolations(page, 'email drawer')));
    expect(found).toEqual([]);

    // Invited for later, then the same person again: no one is invited twice unless asked to be.
    // (Scheduled for 2030, the invitation waits whatever the send job does with the ones above.)
    const later = async (address: string, reinvite: boolean) => {
      await drawer.getByRole('button', { name: 'Send invitations' }).click();
      await list.fill(address);
      await choose(send.getByRole('radio', { name: 'At a set time' }));
      await send.getByLabel('Send at').fill('2030-01-02T10:00');
      if (reinvite) {
        await choose(
          send.getByRole('checkbox', { name: 'Invite again people this distribution has already invited' }),
        );
      }
      await send.getByRole('button', { name: 'Send', exact: true }).click();
      await send.waitFor({ state: 'hidden' });
    };
    await later(`zoe.${run}@example.com`, false);
    await page.getByText('Invitations queued: 1. Left out: 0.').waitFor();
    await later(`zoe.${run}@example.com`, false);
    await page.getByText('Invitations queued: 0. Left out: 1.').waitFor();
    await later(`zoe.${run}@example.com`, true);
    await expect
      .poll(async () => {
        const { items } = await api.get<{ items: { address: string }[] }>(
          `/distributions/${distributionId}/invitations`,
        );
        return items.filter((i) => i.address === `zoe.${run}@example.com`).length;
      })
      .toBe(2);
    await page.context().close();
  },
);

it('keeps the contact rules set on the outreach settings page', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const api = await apiOf(page);
  const before = await api.get<unknown>('/contact-rules');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Outreach', exact: true })
    .click();
  await page.getByRole('heading', { name: 'Outreach', exact: true }).waitFor();
  const rules = page.locator('form#contact-rules');
  await rules.waitFor();
  const found = await seriousViolations(page, 'outreach settings');

  const cap = rules.getByRole('switch', { name: 'Limit how often one person is invited' });
  if ((await cap.getAttribute('aria-checked')) !== 'true') await cap.click();
  await rules.getByRole('spinbutton', { name: 'At most one invitation every' }).fill('14');
  const quiet = rules.getByRole('switch', { name: 'Quiet hours' });
  if ((await quiet.getAttribute('aria-checked')) !== 'true') await quiet.click();
  await rules.getByLabel('From').fill('22:30');
  await rules.getByLabel('Until').fill('08:15');
  await rules.getByRole('spinbutton', { name: 'Emails per minute' }).fill('45');
  await rules.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();

  await page.reload();
  await rules.waitFor();
  expect(await rules.getByRole('spinbutton', { name: 'At most one invitation every' }).inputValue()).toBe(
    '14',
  );
  expect(await rules.getByLabel('From').inputValue()).toBe('22:30');
  expect(await rules.getByLabel('Until').inputValue()).toBe('08:15');
  expect(await rules.getByRole('spinbutton', { name: 'Emails per minute' }).inputValue()).toBe('45');
  expect(await api.get('/contact-rules')).toEqual({
    frequencyCapDays: 14,
    quietHours: { enabled: true, start: '22:30', end: '08:15' },
    emailsPerMinute: 45,
  });

  // Switched off, the cap is none at all.
  await rules.getByRole('switch', { name: 'Limit how often one person is invited' }).click();
  await rules.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => (await api.get<{ frequencyCapDays: number | null }>('/contact-rules')).frequencyCapDays)
    .toBeNull();
  expect(found).toEqual([]);

  // The other tests share this workspace: its rules go back to what they were.
  await api.send('PUT', '/contact-rules', before, 200);
  await page.context().close();
});

it('sets an SMS gateway that reads the outcome from its reply and a WeChat account, and removes them', async () => {
  const page = await newPage(browser());
  await signIn(page, server);
  const api = await apiOf(page);
  const providers = async () =>
    (
      await api.get<{ items: { channel: string; config: Record<string, unknown>; secretsSet: string[] }[] }>(
        '/message-providers',
      )
    ).items;
  await page.goto(`${server.url}/w/${workspaceIdOf(page)}/settings/outreach`);
  const sms = page.locator('form#sms-provider');
  await sms.waitFor();
  await sms.getByLabel('Request URL').fill('http://127.0.0.1:9999/sms');
  await sms.getByLabel('Success field in the reply').fill('Code');
  // A success field without the values that mean "sent" is not saved.
  await sms.getByRole('button', { name: 'Save' }).click();
  await sms.getByText('Please enter Values that mean sent').waitFor();
  expect((await providers()).some((p) => p.channel === 'sms')).toBe(false);

  const accepted = sms.getByRole('combobox', { name: 'Values that mean sent' });
  await accepted.fill('OK');
  await accepted.press('Enter');
  await accepted.fill('Ok');
  await accepted.press('Enter');
  await sms.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  await expect
    .poll(async () => (await providers()).find((p) => p.channel === 'sms')?.config)
    .toMatchObject({ url: 'http://127.0.0.1:9999/sms', successPath: 'Code', successValues: ['OK', 'Ok'] });

  await page.reload();
  await sms.waitFor();
  expect(await sms.getByLabel('Success field in the reply').inputValue()).toBe('Code');
  expect(await sms.locator('.ant-select-selection-item').allTextContents()).toEqual(
    expect.arrayContaining(['OK', 'Ok']),
  );

  // Removed after a confirmation: the other tests share this workspace.
  await sms.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Delete' }).click();
  await expect.poll(async () => (await providers()).some((p) => p.channel === 'sms')).toBe(false);

  // The WeChat account: its secret is sent, and afterwards shown only as set.
  const wechat = page.locator('form#wechat-provider');
  await wechat.getByLabel('AppID').fill('wx1234567890abcdef');
  await wechat.getByLabel('AppSecret').fill('app-secret-1');
  await wechat.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => (await providers()).find((p) => p.channel === 'wechat'))
    .toMatchObject({ config: { appId: 'wx1234567890abcdef' }, secretsSet: ['appSecret'] });
  await wechat.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Delete' }).click();
  await expect.poll(async () => (await providers()).length).toBe(0);
  await page.context().close();
});
