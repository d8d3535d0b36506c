// The demo workspace: what a fresh `rapport start` shows.
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../test/client';
import { useTestApp } from '../../test/test-app';
import { DEMO_EMAIL, hasAnyWorkspace, seedDemo } from './seed-demo';

const ctx = useTestApp();
let demo: Awaited<ReturnType<typeof seedDemo>>;

describe('the demo workspace', () => {
  it('has the store tree and two published surveys in Chinese, and its owner can sign in', async () => {
    expect(await hasAnyWorkspace(ctx.db)).toBe(false);
    demo = await seedDemo(ctx.db);
    expect(demo.email).toBe(DEMO_EMAIL);
    expect(await hasAnyWorkspace(ctx.db)).toBe(true);

    const api = await signedIn(ctx.app, demo);
    const base = `/api/v1/workspaces/${demo.workspaceId}`;
    const locations = (await api.get(`${base}/locations`)).body.items;
    expect(locations.filter((l: any) => l.kind === 'store')).toHaveLength(6);

    const surveys = await api.get(`${base}/surveys`);
    expect(surveys.status).toBe(200);
    expect(surveys.body.items.map((s: any) => s.name).sort()).toEqual(['Brand NPS', 'Store visit']);
    for (const s of surveys.body.items) {
      expect(s).toMatchObject({
        status: 'published',
        latestVersion: 1,
        draftChanged: false,
        defaultLanguage: 'zh-CN',
      });
      expect(s.languages).toEqual(expect.arrayContaining(['zh-CN', 'zh-TW', 'en', 'es']));
      expect(s.url).toBe(`${ctx.env.publicUrl}/s/${s.key}`);
    }
  });

  it('has a year of responses, rolled up, so the dashboards show stores that differ', async () => {
    const api = await signedIn(ctx.app, demo);
    const base = `/api/v1/workspaces/${demo.workspaceId}`;
    const survey = (await api.get(`${base}/surveys`)).body.items.find((s: any) => s.name === 'Store visit');
    const res = await api.post(`${base}/analytics/metric`, {
      surveyId: survey.id,
      metric: { kind: 'nps', questionId: 'nps' },
      groupBy: ['location'],
    });
    expect(res.status).toBe(200);
    expect(res.body.source).toBe('rollups');
    expect(res.body.total.metric.n).toBeGreaterThan(800);
    const scores = res.body.rows.map((r: any) => r.metric.value as number);
    expect(res.body.rows).toHaveLength(7);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(20);
  });
});

describe('the demo distributions', () => {
  it('has a table QR code with the QR responses and their page views, a kiosk, a pop-up and an email campaign', async () => {
    const api = await signedIn(ctx.app, demo);
    const base = `/api/v1/workspaces/${demo.workspaceId}`;
    const surveys = (await api.get(`${base}/surveys`)).body.items;
    const storeVisit = surveys.find((s: any) => s.name === 'Store visit');
    const brand = surveys.find((s: any) => s.name === 'Brand NPS');
    const visits = (await api.get(`${base}/surveys/${storeVisit.id}/distributions`)).body.items;
    expect(visits.map((d: any) => d.kind).sort()).toEqual(['kiosk', 'qr']);
    const qr = visits.find((d: any) => d.kind === 'qr');
    expect(qr.stats.completed).toBeGreaterThan(100);
    expect(qr.stats.opened).toBe(qr.stats.completed * 3);
    expect(qr.stats.responseRate).toBeCloseTo(1 / 3, 5);
    const brands = (await api.get(`${base}/surveys/${brand.id}/distributions`)).body.items;
    expect(brands.map((d: any) => d.kind).sort()).toEqual(['email', 'widget']);
  });
});
