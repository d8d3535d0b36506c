// QR codes of links and qr distributions, read back as a phone and a printer would: the PNG and SVG
// decoded by a real QR decoder to the exact short address (store, staff, table), the address
// followed to the survey page, and the A6 card read with poppler — its size, its Chinese text, one
// page per store, and each printed code decoded. Then the refusals: unknown store, bad size,
// another workspace's distribution, a kind that has no QR code.
import { beforeAll, describe, expect, it } from 'vitest';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import { inWorkspace } from '../../../db/database';
import { newId } from '../../../platform/ids';
import { signedIn, type Client } from '../../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../../responses/test-survey';
import { distributionUrl } from '../links';
import { MAX_CARD_PAGES } from './build-qr-card';
import { decodePdfQrCodes, decodeQrPng, decodeQrSvg, pdfPages, pdfPageTexts, pngSize } from './read-back';

const ctx = useTestApp();
const world = {} as {
  ws: string;
  base: string;
  api: Client;
  viewer: Client;
  survey: TestSurvey;
  qr: { id: string; code: string };
  link: { id: string; code: string };
  stores: { name: string; code: string }[];
};

const A6_MEDIA_BOX = '0.00 0.00 297.64 419.53';
const STAFF = '李师傅';
const TABLE = 'A12';

async function makeDistribution(kind: string, name: string, settings?: object) {
  const res = await world.api.post(`${world.base}/surveys/${world.survey.surveyId}/distributions`, {
    kind,
    name,
    ...(settings ? { settings } : {}),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id as string, code: res.body.code as string };
}

beforeAll(async () => {
  const owner = await makeUser(ctx);
  world.ws = (await makeWorkspace(ctx, owner, '味道餐饮')).id;
  world.base = `/api/v1/workspaces/${world.ws}`;
  world.api = await signedIn(ctx.app, owner);
  const viewer = await makeUser(ctx);
  await addMember(ctx, world.ws, viewer.id, 'viewer');
  world.viewer = await signedIn(ctx.app, viewer);
  world.survey = await publishTestSurvey(ctx, world.ws, storeVisitSurvey);
  const brand = await world.api.post(`${world.base}/locations`, { name: 'Brand', kind: 'brand' });
  world.stores = [
    { name: '南京路店', code: 'sh01' },
    { name: '淮海路店', code: 'sh02' },
    { name: 'Gran Vía', code: 'md01' },
  ];
  for (const store of world.stores) {
    const made = await world.api.post(`${world.base}/locations`, {
      ...store,
      kind: 'store',
      parentId: brand.body.id,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
  }
  world.qr = await makeDistribution('qr', 'Table cards', {
    callToAction: { 'zh-TW': '掃一掃，說說今天的用餐' },
  });
  world.link = await makeDistribution('link', 'Receipt link');
});

const qrUrl = (id: string, file: string, query = '') =>
  `${world.base}/distributions/${id}/${file}${query ? `?${query}` : ''}`;
const target = `loc=sh01&staff=${encodeURIComponent(STAFF)}&table=${TABLE}`;
const expectedUrl = (d: { code: string }, kind: 'qr' | 'link', loc = 'sh01') =>
  distributionUrl(ctx.env.publicUrl, kind, d.code, { loc, staff: STAFF, table: TABLE });

describe('QR images', () => {
  it('makes a PNG that decodes to the short address with store, staff and table', async () => {
    const res = await world.api.get(qrUrl(world.qr.id, 'qr.png', `${target}&size=300`));
    expect(res.status, res.raw.toString()).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Table cards - sh01 - A12 - 李师傅.png')}`,
    );
    expect(pngSize(res.raw)).toEqual({ width: 300, height: 300 });
    const decoded = decodeQrPng(res.raw);
    expect(decoded).toBe(expectedUrl(world.qr, 'qr'));
    expect(decoded).toMatch(new RegExp(`^${ctx.env.publicUrl}/d/${world.qr.code}\\?`));

    // The address leads to the survey, carrying the store, staff member and table.
    const followed = await ctx.app.inject({ method: 'GET', url: decoded!.slice(ctx.env.publicUrl.length) });
    expect(followed.statusCode).toBe(302);
    const page = new URL(followed.headers.location as string, ctx.env.publicUrl);
    expect(page.pathname).toBe(`/s/${world.survey.key}`);
    expect(Object.fromEntries(page.searchParams)).toEqual({
      loc: 'sh01',
      staff: STAFF,
      table: TABLE,
      d: world.qr.code,
      ch: 'qr',
    });
  });

  it('defaults to 512 pixels, still decodes at 128, and a viewer may download it', async () => {
    const big = await world.viewer.get(qrUrl(world.link.id, 'qr.png'));
    expect(big.status).toBe(200);
    expect(pngSize(big.raw)).toEqual({ width: 512, height: 512 });
    expect(decodeQrPng(big.raw)).toBe(`${ctx.env.publicUrl}/d/${world.link.code}`);
    const small = await world.api.get(qrUrl(world.link.id, 'qr.png', `${target}&size=128`));
    expect(pngSize(small.raw)).toEqual({ width: 128, height: 128 });
    expect(decodeQrPng(small.raw)).toBe(expectedUrl(world.link, 'link'));
  });

  it('makes an SVG that, drawn, decodes to the same address', async () => {
    const res = await world.api.get(qrUrl(world.qr.id, 'qr.svg', `${target}&size=400`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('.svg');
    const svg = res.raw.toString('utf8');
    expect(svg).toMatch(/^<svg[^>]* width="400" height="400"/);
    expect(decodeQrSvg(svg)).toBe(expectedUrl(world.qr, 'qr'));
  });
});

describe('the A6 card', () => {
  it('prints the Chinese store name, call to action, label, address and workspace; the code decodes', async () => {
    const res = await world.api.get(qrUrl(world.qr.id, 'card.pdf', `${target}&lang=zh-CN`));
    expect(res.status, res.raw.toString()).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('Table cards - sh01 - A12 - 李师傅.pdf'),
    );
    expect(pdfPages(res.raw)).toEqual({ pages: 1, mediaBoxes: [A6_MEDIA_BOX] });
    const [text] = pdfPageTexts(res.raw);
    expect(text).toContain('南京路店');
    expect(text).toContain('扫码告诉我们您的体验');
    expect(text).toContain(`桌号 ${TABLE} · 服务人员 ${STAFF}`);
    expect(text).toContain('味道餐饮');
    expect(text!.replace(/\s+/g, '')).toContain(expectedUrl(world.qr, 'qr'));
    expect(decodePdfQrCodes(res.raw)).toEqual([expectedUrl(world.qr, 'qr')]);
  });

  it("uses the distribution's own call to action, else the built-in one, in the asked language", async () => {
    const zhTw = pdfPageTexts((await world.api.get(qrUrl(world.qr.id, 'card.pdf', 'lang=zh-TW'))).raw);
    expect(zhTw[0]).toContain('掃一掃，說說今天的用餐');
    const es = pdfPageTexts(
      (await world.api.get(qrUrl(world.qr.id, 'card.pdf', 'lang=es&table=7&loc=md01'))).raw,
    );
    expect(es[0]).toContain('Escanea y cuéntanos tu visita');
    expect(es[0]).toContain('Gran Vía');
    expect(es[0]).toContain('Mesa 7');
    // A link has no settings of its own: the built-in text of the workspace's language (en).
    const en = pdfPageTexts((await world.api.get(qrUrl(world.link.id, 'card.pdf'))).raw);
    expect(en[0]).toContain('Scan to tell us about your visit');
    // No store: the survey's name heads the card.
    expect(en[0]).toContain('Test survey');
  });

  it('follows the workspace language when none is asked for', async () => {
    const patched = await world.api.patch(world.base, { defaultLanguage: 'zh-TW' });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    try {
      const text = pdfPageTexts((await world.api.get(qrUrl(world.link.id, 'card.pdf'))).raw);
      expect(text[0]).toContain('掃碼告訴我們您的體驗');
    } finally {
      await world.api.patch(world.base, { defaultLanguage: 'en' });
    }
  });

  it('all=stores: one A6 page per store, each code carrying that store', async () => {
    const res = await world.api.get(qrUrl(world.qr.id, 'card.pdf', 'all=stores&lang=zh-CN'));
    expect(res.status, res.raw.toString()).toBe(200);
    expect(pdfPages(res.raw)).toEqual({ pages: 3, mediaBoxes: Array(3).fill(A6_MEDIA_BOX) });
    const texts = pdfPageTexts(res.raw);
    const codes = decodePdfQrCodes(res.raw);
    const byStore = world.stores.map((store) => {
      const page = texts.findIndex((t) => t.includes(store.name));
      return { store: store.code, page, code: codes[page] };
    });
    expect(new Set(byStore.map((s) => s.page)).size).toBe(3);
    for (const s of byStore) {
      expect(s.code).toBe(distributionUrl(ctx.env.publicUrl, 'qr', world.qr.code, { loc: s.store }));
    }
  });
});

describe('refusals', () => {
  it('400 naming loc for an unknown store, on images and cards', async () => {
    for (const file of ['qr.png', 'qr.svg', 'card.pdf']) {
      const res = await world.api.get(qrUrl(world.qr.id, file, 'loc=nowhere'));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', field: 'loc' });
    }
  });

  it('400 naming the field for a size out of range, text too long, or both loc and all', async () => {
    for (const size of ['127', '2049', 'big']) {
      const res = await world.api.get(qrUrl(world.qr.id, 'qr.png', `size=${size}`));
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('size');
    }
    const staff = await world.api.get(qrUrl(world.qr.id, 'qr.svg', `staff=${'x'.repeat(61)}`));
    expect(staff.body.error.field).toBe('staff');
    const table = await world.api.get(qrUrl(world.qr.id, 'card.pdf', `table=${'x'.repeat(21)}`));
    expect(table.body.error.field).toBe('table');
    const both = await world.api.get(qrUrl(world.qr.id, 'card.pdf', 'all=stores&loc=sh01'));
    expect(both.status).toBe(400);
    expect(both.body.error.field).toBe('all');
    const lang = await world.api.get(qrUrl(world.qr.id, 'card.pdf', 'lang=fr'));
    expect(lang.body.error.field).toBe('lang');
  });

  it("404 for an unknown id and for another workspace's distribution", async () => {
    expect((await world.api.get(qrUrl(newId(), 'qr.png'))).status).toBe(404);
    const other = await makeUser(ctx);
    const ws = (await makeWorkspace(ctx, other, 'Other')).id;
    const api = await signedIn(ctx.app, other);
    for (const file of ['qr.png', 'qr.svg', 'card.pdf']) {
      // Their workspace id with our distribution's id, and our workspace id: both not found.
      const mine = await api.get(`/api/v1/workspaces/${ws}/distributions/${world.qr.id}/${file}`);
      expect(mine.status).toBe(404);
      expect((await api.get(qrUrl(world.qr.id, file))).status).toBe(404);
    }
  });

  it('409 wrong_distribution_kind for kinds without a QR code', async () => {
    for (const kind of ['kiosk', 'email']) {
      const d = await makeDistribution(kind, `By ${kind}`);
      for (const file of ['qr.png', 'qr.svg', 'card.pdf']) {
        const res = await world.api.get(qrUrl(d.id, file));
        expect(res.status).toBe(409);
        expect(res.body.error.code).toBe('wrong_distribution_kind');
      }
    }
  });

  it('400 naming all when a workspace has more stores than one card file takes', async () => {
    const owner = await makeUser(ctx);
    const ws = (await makeWorkspace(ctx, owner, 'Many stores')).id;
    const api = await signedIn(ctx.app, owner);
    const survey = await publishTestSurvey(ctx, ws, storeVisitSurvey);
    const qr = (
      await api.post(`/api/v1/workspaces/${ws}/surveys/${survey.surveyId}/distributions`, {
        kind: 'qr',
        name: 'Cards',
      })
    ).body;
    await inWorkspace(ctx.db, ws, async (tx) => {
      const brand = await tx
        .selectFrom('locations')
        .select('id')
        .where('workspace_id', '=', ws)
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('locations')
        .values(
          Array.from({ length: MAX_CARD_PAGES + 1 }, (_, i) => ({
            workspace_id: ws,
            id: newId(),
            parent_id: brand.id,
            kind: 'store' as const,
            name: `Store ${i}`,
            code: `s${i}`,
          })),
        )
        .execute();
    });
    const res = await api.get(`/api/v1/workspaces/${ws}/distributions/${qr.id}/card.pdf?all=stores`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', field: 'all' });
  });
});
