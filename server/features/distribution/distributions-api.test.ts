// Distributions: make, read, change, pause and archive them; the short /d/:code address; responses
// attributed to the distribution they came through; tracking counts; validation; who may do what.
import { beforeAll, describe, expect, it } from 'vitest';
import { storeVisitSurvey } from '../../../common/survey/fixtures';
import { inWorkspace } from '../../db/database';
import { newId, randomToken } from '../../platform/ids';
import { signedIn, type Client } from '../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../responses/test-survey';

const ctx = useTestApp();
const world = {} as {
  ws: string;
  api: Client;
  base: string;
  survey: TestSurvey;
  viewer: Client;
  storeId: string;
};

beforeAll(async () => {
  const owner = await makeUser(ctx);
  world.ws = (await makeWorkspace(ctx, owner, 'Distribution')).id;
  world.api = await signedIn(ctx.app, owner);
  world.base = `/api/v1/workspaces/${world.ws}`;
  world.survey = await publishTestSurvey(ctx, world.ws, storeVisitSurvey);
  const viewer = await makeUser(ctx);
  await addMember(ctx, world.ws, viewer.id, 'viewer');
  world.viewer = await signedIn(ctx.app, viewer);
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

const distributionsUrl = () => `${world.base}/surveys/${world.survey.surveyId}/distributions`;

function answer(query: string, answers: Record<string, unknown>, complete = true) {
  return ctx.app.inject({
    method: 'POST',
    url: `/s/${world.survey.key}/responses?${query}`,
    payload: { idempotencyKey: randomToken(16), answers, language: 'en', complete },
  });
}

describe('distributions API', () => {
  it('makes a distribution of each kind with its defaults, lists and reads them', async () => {
    const kinds = ['link', 'qr', 'embed', 'email', 'sms', 'wechat', 'widget', 'kiosk'] as const;
    for (const kind of kinds) {
      const made = await world.api.post(distributionsUrl(), { kind, name: `By ${kind}` });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      expect(made.body).toMatchObject({
        kind,
        name: `By ${kind}`,
        status: 'active',
        surveyId: world.survey.surveyId,
      });
      expect(made.body.code).toMatch(/^[a-z0-9]{8}$/);
      expect(made.body.url).toBe(
        kind === 'kiosk'
          ? `${ctx.env.publicUrl}/k/${made.body.code}`
          : `${ctx.env.publicUrl}/d/${made.body.code}`,
      );
    }
    const widget = (await world.api.get(distributionsUrl())).body.items.find(
      (d: { kind: string }) => d.kind === 'widget',
    );
    expect(widget.settings).toMatchObject({ display: 'popup', samplePercent: 100, cooldownDays: 30 });
    const email = (await world.api.get(distributionsUrl())).body.items.find(
      (d: { kind: string }) => d.kind === 'email',
    );
    expect(email.settings).toMatchObject({
      reminders: { afterDays: 3, max: 1 },
      embedFirstQuestion: true,
      trigger: null,
    });
    expect(email.stats).toMatchObject({
      sent: 0,
      delivered: 0,
      completed: 0,
      responseRate: null,
      rateBase: 'delivered',
    });
    const list = await world.api.get(`${distributionsUrl()}?limit=3`);
    expect(list.body.items).toHaveLength(3);
    expect(list.body.nextCursor).toBeTruthy();
  });

  it('says which field is wrong, and never stores a half-made distribution', async () => {
    const bad = await world.api.post(distributionsUrl(), {
      kind: 'widget',
      name: 'Pop-up',
      settings: { samplePercent: 140 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation_failed', field: 'settings.samplePercent' });
    const badKind = await world.api.post(distributionsUrl(), { kind: 'fax', name: 'Fax' });
    expect(badKind.status).toBe(400);
    const origin = await world.api.post(distributionsUrl(), {
      kind: 'embed',
      name: 'Embed',
      settings: { allowedOrigins: ['not an origin'] },
    });
    expect(origin.body.error.field).toBe('settings.allowedOrigins.0');
    const unknownLocation = await world.api.post(distributionsUrl(), {
      kind: 'qr',
      name: 'QR',
      locationId: newId(),
    });
    expect(unknownLocation.status).toBe(404);
    const names = (await world.api.get(`${distributionsUrl()}?limit=100`)).body.items.map(
      (d: { name: string }) => d.name,
    );
    expect(names).not.toContain('Pop-up');
    expect(names).not.toContain('QR');
  });

  it('changes settings checked against the kind, pauses and archives', async () => {
    const made = (await world.api.post(distributionsUrl(), { kind: 'kiosk', name: 'Lobby tablet' })).body;
    const url = `${world.base}/distributions/${made.id}`;
    const changed = await world.api.patch(url, { settings: { resetSeconds: 30 }, locationId: world.storeId });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ settings: { resetSeconds: 30 }, locationId: world.storeId });
    const wrong = await world.api.patch(url, { settings: { resetSeconds: 2 } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('settings.resetSeconds');
    expect((await world.api.get(url)).body.settings).toEqual({ resetSeconds: 30 });
    await world.api.patch(url, { status: 'archived' });
    const listed = (await world.api.get(`${distributionsUrl()}?limit=100`)).body.items.map(
      (d: { id: string }) => d.id,
    );
    expect(listed).not.toContain(made.id);
    const all = (await world.api.get(`${distributionsUrl()}?limit=100&archived=true`)).body.items.map(
      (d: { id: string }) => d.id,
    );
    expect(all).toContain(made.id);
  });

  it('redirects /d/:code to the survey with the link parameters, and attributes and counts what comes back', async () => {
    const qr = (
      await world.api.post(distributionsUrl(), { kind: 'qr', name: 'Store QR', locationId: world.storeId })
    ).body;
    const hop = await ctx.app.inject({ method: 'GET', url: `/d/${qr.code}?staff=wang&table=7&t=nope` });
    expect(hop.statusCode).toBe(302);
    const to = new URL(hop.headers.location as string, 'http://x');
    expect(to.pathname).toBe(`/s/${world.survey.key}`);
    expect(Object.fromEntries(to.searchParams)).toEqual({ staff: 'wang', table: '7', d: qr.code, ch: 'qr' });

    const page = await ctx.app.inject({ method: 'GET', url: `${to.pathname}${to.search}` });
    expect(page.statusCode).toBe(200);
    const done = await answer(`d=${qr.code}&ch=link`, { nps: 9 });
    expect(done.statusCode).toBe(201);
    await answer(`d=${qr.code}`, { nps: 4 }, false);
    const row = await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .selectFrom('responses')
        .selectAll()
        .where('id', '=', done.json().responseId)
        .executeTakeFirstOrThrow(),
    );
    // The distribution's channel and store outrank what the page says.
    expect(row).toMatchObject({ distribution_id: qr.id, channel: 'qr', location_id: world.storeId });

    const stats = (await world.api.get(`${world.base}/distributions/${qr.id}`)).body.stats;
    expect(stats).toEqual({
      sent: null,
      delivered: null,
      opened: 1,
      started: 2,
      completed: 1,
      bounced: null,
      unsubscribed: null,
      failed: null,
      skipped: null,
      scheduled: null,
      responseRate: 1,
      rateBase: 'opened',
    });
    expect((await ctx.app.inject({ method: 'GET', url: '/d/zzzzzzzz' })).statusCode).toBe(404);
  });

  it('refuses new answers through a paused link, with a page that says so', async () => {
    const link = (await world.api.post(distributionsUrl(), { kind: 'link', name: 'Paused link' })).body;
    await world.api.patch(`${world.base}/distributions/${link.id}`, { status: 'paused' });
    const refused = await answer(`d=${link.code}`, { nps: 9 });
    expect(refused.statusCode).toBe(410);
    expect(refused.json().error.code).toBe('distribution_paused');
    const form = await ctx.app.inject({
      method: 'POST',
      url: `/s/${world.survey.key}?d=${link.code}`,
      payload: new URLSearchParams({ _p: 'score', 'q.nps': '9', 'q.visit_type': 'dine_in' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.statusCode).toBe(410);
  });

  it('lets viewers read distributions but not make them', async () => {
    expect((await world.viewer.get(distributionsUrl())).status).toBe(200);
    const refused = await world.viewer.post(distributionsUrl(), { kind: 'link', name: 'Mine' });
    expect(refused.status).toBe(403);
  });
});
