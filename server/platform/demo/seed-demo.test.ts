// The demo workspace: what a fresh `rapport start` shows.
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../test/client';
import { useTestApp } from '../../test/test-app';
import { DEMO_EMAIL, hasAnyWorkspace, seedDemo } from './seed-demo';

const ctx = useTestApp();

describe('the demo workspace', () => {
  it('has the store tree and two published surveys in Chinese, and its owner can sign in', async () => {
    expect(await hasAnyWorkspace(ctx.db)).toBe(false);
    const demo = await seedDemo(ctx.db);
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
});
