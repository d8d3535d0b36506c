// The kiosk's public routes on a real database: /k/:code renders the survey page in kiosk mode with
// the kiosk's configuration (or a notice: unknown, not a kiosk, paused), /k/sw.js and /k/assets/.
// The kiosk in a browser, offline and back, is e2e/kiosk.test.ts.
import { parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import { signedIn, type Client } from '../../../test/client';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../../responses/test-survey';
import { buildKioskScript, kioskAssets } from './assets';
import type { KioskConfig } from './kiosk-config';

const ctx = useTestApp();
const world = {} as { api: Client; base: string; survey: TestSurvey; storeId: string };

beforeAll(async () => {
  const owner = await makeUser(ctx);
  const ws = (await makeWorkspace(ctx, owner, 'Kiosk')).id;
  world.api = await signedIn(ctx.app, owner);
  world.base = `/api/v1/workspaces/${ws}`;
  world.survey = await publishTestSurvey(ctx, ws, storeVisitSurvey);
  const brand = await world.api.post(`${world.base}/locations`, { name: 'Brand', kind: 'brand' });
  const store = await world.api.post(`${world.base}/locations`, {
    name: 'Nanjing Road',
    code: 'sh01',
    kind: 'store',
    parentId: brand.body.id,
  });
  expect(store.status, JSON.stringify(store.body)).toBe(201);
  world.storeId = store.body.id;
});

async function distribution(body: Record<string, unknown>): Promise<{ id: string; code: string }> {
  const made = await world.api.post(`${world.base}/surveys/${world.survey.surveyId}/distributions`, body);
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body;
}

const open = (path: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'GET', url: path, headers });

/** The JSON of <script type="application/json" id="…"> in a page. */
function jsonIn(html: string, id: string): any {
  const m = new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html);
  expect(m, `#${id} in the page`).not.toBeNull();
  return JSON.parse(m![1]!);
}

describe('GET /k/:code', () => {
  it('renders the survey page in kiosk mode with the kiosk’s settings, store and intake', async () => {
    const kiosk = await distribution({
      kind: 'kiosk',
      name: 'Tablet at the door',
      locationId: world.storeId,
      settings: { resetSeconds: 45 },
    });
    // The tablet's own languages say nothing of who stands in front of it: the survey's default.
    const res = await open(`/k/${kiosk.code}`, { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    const html = res.body;
    expect(html).toContain('<html lang="en"');
    const config = jsonIn(html, 'rapport-kiosk') as KioskConfig;
    expect(config).toMatchObject({
      code: kiosk.code,
      resetSeconds: 45,
      location: 'sh01',
      intake: `/s/${world.survey.key}/responses?d=${kiosk.code}&ch=kiosk`,
      home: `/k/${kiosk.code}`,
      defaultLanguage: 'en',
    });
    expect(config.texts.waitingMany).toBe('{n} answers waiting');
    const page = jsonIn(html, 'rapport-survey');
    expect(page).toMatchObject({ mode: 'kiosk', language: 'en', page: 'score', answers: {} });
    // The same questions as the survey page, the kiosk's script instead of the survey page's.
    expect(html).toContain('How likely are you to recommend');
    const assets = await kioskAssets();
    expect(html).toContain(`<script src="${assets.scriptUrl}" defer></script>`);
    expect(html).not.toMatch(/src="\/s\/assets\/survey\.[0-9a-f]+\.js"/);
    expect(html).toContain(`href="${assets.styleUrl}"`);
    // No inline script anywhere (CSP would refuse it): only JSON and the bundle.
    expect(html.match(/<script(?![^>]*(type="application\/json"|src=))/g)).toBeNull();
    // The other languages are a tap away; the default one is the plain address.
    expect(html).toContain(`href="/k/${kiosk.code}?lang=zh-CN"`);
    expect(html).toContain(`href="/k/${kiosk.code}?lang=es"`);
    expect(html).toMatch(new RegExp(`href="/k/${kiosk.code}" lang="en" hreflang="en" aria-current="true"`));

    const spanish = await open(`/k/${kiosk.code}?lang=es`);
    expect(spanish.body).toContain('<html lang="es"');
    expect(jsonIn(spanish.body, 'rapport-kiosk').texts.offline).toBe('Sin conexión');
  });

  it('serves its script and the survey page’s stylesheet, gzipped for those who take it', async () => {
    const assets = await kioskAssets();
    expect(assets.scriptUrl).toMatch(/^\/k\/assets\/kiosk\.[0-9a-f]{12}\.js$/);
    const script = await open(assets.scriptUrl, { 'accept-encoding': 'gzip' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(script.headers['cache-control']).toContain('immutable');
    expect((await open(assets.styleUrl)).statusCode).toBe(200);
    expect((await open('/k/assets/kiosk.000000000000.js')).statusCode).toBe(404);
  });

  it('says a paused kiosk is paused, in the survey’s language', async () => {
    const kiosk = await distribution({ kind: 'kiosk', name: 'Paused tablet' });
    const paused = await world.api.patch(`${world.base}/distributions/${kiosk.id}`, { status: 'paused' });
    expect(paused.status, JSON.stringify(paused.body)).toBe(200);
    const res = await open(`/k/${kiosk.code}`);
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('This kiosk is paused');
    expect(res.body).not.toContain('rapport-kiosk');
    const chinese = await open(`/k/${kiosk.code}?lang=zh-CN`);
    expect(chinese.body).toContain('此自助终端已暂停');
  });

  it('answers 404 alike for an unknown code, a malformed one and another kind’s code', async () => {
    const link = await distribution({ kind: 'link', name: 'Receipt link' });
    const pages = await Promise.all(
      ['zzzz9999', 'x', link.code].map((code) => open(`/k/${code}`, { 'accept-language': 'es' })),
    );
    for (const res of pages) {
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('Quiosco no encontrado');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
    // Nothing in the answer tells a link's code from a code nobody has.
    expect(pages[2]!.body).toBe(pages[0]!.body);
  });
});

describe('GET /k/sw.js', () => {
  it('is JavaScript, never cached stale, and may control only /k/', async () => {
    const res = await open('/k/sw.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    // Served under /k/ with no Service-Worker-Allowed header, a browser refuses it any scope wider
    // than /k/: it can never stand between a respondent and a survey page under /s/.
    expect(res.headers['service-worker-allowed']).toBeUndefined();
    const { version } = await kioskAssets();
    expect(res.body).toContain(`rapport-kiosk-`);
    expect(res.body).toContain(version);
  });

  it('registers itself from the kiosk page with the /k/ scope, and both scripts are ES2017', async () => {
    const page = await buildKioskScript('main');
    expect(page.code).toContain('"/k/sw.js"');
    expect(page.code).toContain('scope:"/k/"');
    expect(page.inputs.filter((f) => f.includes('node_modules'))).toEqual([]);
    const worker = await buildKioskScript('sw', { KIOSK_CACHE_VERSION: '"test"' });
    for (const { code } of [page, worker]) expect(() => parse(code, { ecmaVersion: 2017 })).not.toThrow();
  });
});
