// The website widget on a shop served from another origin (127.0.0.1 here, Rapport on localhost:
// another site altogether), in a real Chromium. The shop loads /w/widget.js, says who the visitor
// is and tracks a purchase; the slide-in appears only then, the survey answers inside its iframe
// (no cookies of Rapport's in a third-party frame), the page tells the shop it is done and the
// widget closes; the response is stored with the widget and channel 'widget'; the next purchase
// shows nothing (the cooldown, in the browser and on the server). A pop-up limited to the checkout
// pages shows there and nowhere else, and Esc pressed inside its frame closes it.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser } from './browser';

const server = inject('rapport');
const browser = useBrowser();

const EMAIL = 'ana.shopper@example.com';
const definition = {
  defaultLanguage: 'en',
  languages: ['en'],
  hiddenFields: [{ name: 'email' }],
  pages: [
    {
      id: 'main',
      questions: [
        {
          id: 'score',
          type: 'nps',
          required: true,
          title: { en: 'How likely are you to recommend our shop?' },
        },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { en: 'Thank you for your feedback' } }],
};

const world = {} as {
  shop: Server;
  shopOrigin: string;
  admin: Page;
  headers: Record<string, string>;
  api: string;
  slug: string;
  surveyId: string;
  slidein: { id: string; code: string };
  popup: { id: string; code: string };
  /** What /blog shows: an embed's snippet, pasted as the console gives it. */
  embedHtml: string;
};

/** A shop page: the loader's queue snippet, widget.js from Rapport, and identify when ?email= is given. */
function shopPage(url: URL): string {
  const email = url.searchParams.get('email');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><h1>Tea shop</h1><p>${url.pathname}</p>
<script>window.rapport=window.rapport||function(){(rapport.q=rapport.q||[]).push(arguments)};</script>
<script src="${server.url}/w/widget.js" data-workspace="${world.slug}" async></script>
${email ? `<script>rapport('identify', ${JSON.stringify({ email, name: 'Ana' })});</script>` : ''}
</body></html>`;
}

/** A page of the shop's blog with an embedded survey. */
const blogPage = () =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blog</title></head>
<body><h1>Our teas</h1>${world.embedHtml}<p>More posts</p></body></html>`;

async function api<T>(method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const res = await world.admin.request.fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: world.headers,
    ...(data === undefined ? {} : { data }),
  });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

beforeAll(async () => {
  world.shop = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const url = new URL(req.url ?? '/', world.shopOrigin);
    res.end(url.pathname === '/blog' ? blogPage() : shopPage(url));
  });
  await new Promise<void>((resolve) => world.shop.listen(0, '127.0.0.1', resolve));
  world.shopOrigin = `http://127.0.0.1:${(world.shop.address() as AddressInfo).port}`;
  expect(new URL(world.shopOrigin).host).not.toBe(new URL(server.url).host);

  world.admin = await newPage(browser());
  await signIn(world.admin, server);
  const me = await world.admin.request.get(`${server.url}/api/v1/me`);
  world.headers = { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken };
  // A workspace of its own: the demo workspace has a widget of its own on 'purchase'.
  world.slug = `widget-e2e-${randomUUID().slice(0, 8)}`;
  const ws = await api<{ id: string }>('POST', '/workspaces', { name: 'Widget shop', slug: world.slug });
  world.api = `/workspaces/${ws.id}`;
  const survey = await api<{ id: string }>('POST', `${world.api}/surveys`, {
    name: 'After your order',
    from: { definition },
  });
  await api('POST', `${world.api}/surveys/${survey.id}/publish`);
  world.surveyId = survey.id;
  const distributions = `${world.api}/surveys/${survey.id}/distributions`;
  world.slidein = await api('POST', distributions, {
    kind: 'widget',
    name: 'After a purchase',
    settings: { event: 'purchase', display: 'slidein', allowedOrigins: [world.shopOrigin], cooldownDays: 30 },
  });
  world.popup = await api('POST', distributions, {
    kind: 'widget',
    name: 'On the checkout pages',
    settings: {
      display: 'popup',
      urlPattern: `${world.shopOrigin}/checkout/*`,
      allowedOrigins: [world.shopOrigin],
    },
  });
});

afterAll(async () => {
  await world.admin?.context().close();
  await new Promise((resolve) => world.shop?.close(resolve));
});

/** The codes the page asked POST …/shown for, in order, with the page it asked from. */
function showRequests(page: Page): { code: string; from: string }[] {
  const asked: { code: string; from: string }[] = [];
  page.on('request', (req: Request) => {
    if (req.method() === 'POST' && req.url().endsWith(`/w/${world.slug}/shown`)) {
      asked.push({ code: (req.postDataJSON() as { code: string }).code, from: req.frame().url() });
    }
  });
  return asked;
}

/** Opens a shop page and waits until the loader has its settings (and has acted on those it could). */
async function openShop(page: Page, path: string): Promise<void> {
  await page.goto(`${world.shopOrigin}${path}`);
  await page.waitForFunction(
    () => (window as unknown as { rapport: { ready?: boolean } }).rapport.ready === true,
  );
}

const track = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { rapport: (...a: unknown[]) => void }).rapport('track', 'purchase', { total: 42 }),
  );

it('slides in after a purchase, takes the answer in its frame, closes when done, then cools down', async () => {
  const page = await newPage(browser());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const asked = showRequests(page);

  await openShop(page, `/products?email=${encodeURIComponent(EMAIL)}`);
  const dialog = page.getByRole('dialog', { name: 'Survey' });
  expect(await dialog.count()).toBe(0);
  expect(asked).toEqual([]); // the pop-up's pattern does not match /products; nothing was tracked yet

  await track(page);
  await dialog.waitFor();
  expect(await dialog.getAttribute('aria-modal')).toBe('false');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close');
  const src = new URL((await page.locator('iframe[title="Survey"]').getAttribute('src'))!);
  expect(src.origin).toBe(server.url);
  expect(Object.fromEntries(src.searchParams)).toMatchObject({
    d: world.slidein.code,
    ch: 'widget',
    email: EMAIL,
    origin: world.shopOrigin,
  });

  const survey = page.frameLocator('iframe[title="Survey"]');
  await survey.locator('form[data-ready]').waitFor();
  // The page told the shop its height (rapport:height): the frame fits it, up to 80 % of the window less the bar.
  const content = await survey.locator('body').evaluate((body) => body.scrollHeight);
  const frameHeight = () =>
    page.locator('iframe[title="Survey"]').evaluate((f) => Math.round(f.getBoundingClientRect().height));
  await expect.poll(frameHeight).toBe(Math.min(content, Math.floor(860 * 0.8 - 44)));
  await survey
    .getByRole('group', { name: 'How likely are you to recommend our shop?' })
    .getByRole('radio', { name: '9', exact: true })
    .check();
  await survey.getByRole('button', { name: 'Submit', exact: true }).click();
  await survey.getByRole('heading', { name: 'Thank you for your feedback' }).waitFor();
  // Only rapport:complete from Rapport's origin and this frame closes it.
  await dialog.waitFor({ state: 'detached' });
  expect(asked).toEqual([{ code: world.slidein.code, from: expect.stringContaining('/products') }]);

  // Stored with the widget, on channel 'widget', with the shop's email as the declared hidden field.
  const { items } = await api<{ items: { id: string }[] }>(
    'GET',
    `${world.api}/surveys/${world.surveyId}/responses`,
  );
  expect(items).toHaveLength(1);
  const response = await api<{
    status: string;
    channel: string;
    hidden: Record<string, string>;
    answers: object;
  }>('GET', `${world.api}/surveys/${world.surveyId}/responses/${items[0]!.id}`);
  expect(response).toMatchObject({
    status: 'complete',
    channel: 'widget',
    hidden: { email: EMAIL },
    answers: { score: 9 },
  });
  const widget = await api<{ stats: { sent: number; completed: number } }>(
    'GET',
    `${world.api}/distributions/${world.slidein.id}`,
  );
  expect(widget.stats).toMatchObject({ sent: 1, completed: 1 });

  // The next purchase: the browser remembers the show and does not even ask.
  await page.reload();
  await page.waitForFunction(
    () => (window as unknown as { rapport: { ready?: boolean } }).rapport.ready === true,
  );
  await track(page);
  expect(await dialog.count()).toBe(0);
  expect(asked).toHaveLength(1);

  // With the browser's record gone, the server still says no: this person was shown one.
  await page.evaluate((slug) => localStorage.removeItem(`rapport:${slug}:shown`), world.slug);
  await page.reload();
  await page.waitForFunction(
    () => (window as unknown as { rapport: { ready?: boolean } }).rapport.ready === true,
  );
  const answer = page.waitForResponse((res) => res.url().endsWith(`/w/${world.slug}/shown`));
  await track(page);
  expect(await (await answer).json()).toEqual({ show: false, reason: 'cooldown' });
  expect(await dialog.count()).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('pops up on the checkout pages its pattern names, not elsewhere, and closes with Esc', async () => {
  const page = await newPage(browser());
  const asked = showRequests(page);

  // An anonymous visitor on /products: the pop-up (no event) would ask at once if it matched.
  await openShop(page, '/products');
  expect(await page.getByRole('dialog').count()).toBe(0);

  await openShop(page, '/checkout/thanks');
  const dialog = page.getByRole('dialog', { name: 'Survey' });
  await dialog.waitFor();
  expect(await dialog.getAttribute('aria-modal')).toBe('true');
  expect(asked).toEqual([{ code: world.popup.code, from: expect.stringContaining('/checkout/thanks') }]);
  const form = page.frameLocator('iframe[title="Survey"]').locator('form[data-ready]');
  await form.waitFor();

  // Esc with the focus inside the survey's frame, whose keys the shop's page never sees. A click,
  // not focus(): Chromium lets a cross-origin frame take the focus only from a user's gesture.
  await form.getByText('How likely are you to recommend our shop?').click();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.context().close();
});

it('fits an embedded survey on another site to the height its page reports', async () => {
  const embed = await api<{ id: string; code: string }>(
    'POST',
    `${world.api}/surveys/${world.surveyId}/distributions`,
    { kind: 'embed', name: 'On the blog', settings: { allowedOrigins: [world.shopOrigin] } },
  );
  const snippet = await api<{ iframe: string; script: string }>(
    'GET',
    `${world.api}/distributions/${embed.id}/embed`,
  );
  world.embedHtml = `${snippet.iframe}\n${snippet.script}`;

  const page = await newPage(browser());
  await page.goto(`${world.shopOrigin}/blog`);
  const frame = page.locator(`iframe[data-rapport-embed="${embed.code}"]`);
  const survey = page.frameLocator(`iframe[data-rapport-embed="${embed.code}"]`);
  await survey.locator('form[data-ready]').waitFor();
  const content = await survey.locator('body').evaluate((body) => body.scrollHeight);
  // One question: far shorter than the 640 px the frame starts at.
  expect(content).toBeLessThan(600);
  await expect
    .poll(() => frame.evaluate((f) => Math.round(f.getBoundingClientRect().height)), { timeout: 10_000 })
    .toBe(Math.max(120, content));
  await page.context().close();
});
