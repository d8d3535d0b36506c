// The website widget's public routes and the survey page framed by a site: the live widgets a site
// may read (CORS for the sites they list, refused for others, the preflight), the recontact
// cooldown (per person and workspace, atomic across tabs), the counts of shows, the survey page's
// frame-ancestors per distribution, and answering in a frame with no cookies.
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { storeVisitInput } from '../../../../common/survey/fixtures';
import { surveyDefinitionSchema } from '../../../../common/survey/definition';
import { inWorkspace } from '../../../db/database';
import { randomToken, sha256 } from '../../../platform/ids';
import { signedIn, type Client } from '../../../test/client';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../../responses/test-survey';
import { LOADER_BUDGET_BYTES } from './loader';

const ctx = useTestApp();
const SHOP = 'https://shop.example.com';
const OTHER = 'https://elsewhere.example.org';

const world = {} as {
  ws: string;
  slug: string;
  api: Client;
  survey: TestSurvey;
  draftSurvey: TestSurvey;
  /** Listed for the shop only: the one the shop sees. */
  shopWidget: { id: string; code: string };
  paused: { id: string; code: string };
  onDraft: { id: string; code: string };
  link: { id: string; code: string };
};

const definition = () => {
  const input = storeVisitInput();
  input.hiddenFields = [...(input.hiddenFields ?? []), { name: 'email' }];
  return surveyDefinitionSchema.parse(input);
};

async function makeDistribution(surveyId: string, body: Record<string, unknown>) {
  const made = await world.api.post(`/api/v1/workspaces/${world.ws}/surveys/${surveyId}/distributions`, {
    name: 'Made in a test',
    ...body,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body as { id: string; code: string };
}

beforeAll(async () => {
  const owner = await makeUser(ctx);
  const workspace = await makeWorkspace(ctx, owner, 'Widget Shop');
  world.ws = workspace.id;
  world.slug = workspace.slug;
  world.api = await signedIn(ctx.app, owner);
  world.survey = await publishTestSurvey(ctx, world.ws, definition());
  world.draftSurvey = await publishTestSurvey(ctx, world.ws, definition());
  await inWorkspace(ctx.db, world.ws, (tx) =>
    tx.updateTable('surveys').set({ status: 'draft' }).where('id', '=', world.draftSurvey.surveyId).execute(),
  );
  world.shopWidget = await makeDistribution(world.survey.surveyId, {
    kind: 'widget',
    settings: {
      allowedOrigins: [SHOP],
      display: 'slidein',
      urlPattern: `${SHOP}/checkout/*`,
      event: 'purchase',
      delaySeconds: 5,
      scrollPercent: 40,
      exitIntent: true,
      samplePercent: 25,
      cooldownDays: 30,
    },
  });
  world.paused = await makeDistribution(world.survey.surveyId, { kind: 'widget' });
  const paused = await world.api.patch(`/api/v1/workspaces/${world.ws}/distributions/${world.paused.id}`, {
    status: 'paused',
  });
  expect(paused.status).toBe(200);
  world.onDraft = await makeDistribution(world.draftSurvey.surveyId, { kind: 'widget' });
  world.link = await makeDistribution(world.survey.surveyId, { kind: 'link' });
});

const config = (slug: string, origin?: string) =>
  ctx.app.inject({ method: 'GET', url: `/w/${slug}/config`, headers: origin ? { origin } : {} });

const shown = (body: { code: string; person: string }, origin: string | undefined = SHOP) =>
  ctx.app.inject({
    method: 'POST',
    url: `/w/${world.slug}/shown`,
    headers: origin ? { origin } : {},
    payload: body,
  });

const person = () => sha256(randomToken());

async function shownToday(distributionId: string): Promise<number> {
  const rows = await inWorkspace(ctx.db, world.ws, (tx) =>
    tx
      .selectFrom('distribution_daily')
      .select('shown')
      .where('workspace_id', '=', world.ws)
      .where('distribution_id', '=', distributionId)
      .execute(),
  );
  return rows.reduce((sum, r) => sum + Number(r.shown), 0);
}

describe('GET /w/widget.js', () => {
  it('is served to any site, cached for five minutes, gzipped when asked', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/w/widget.js',
      headers: { 'accept-encoding': 'gzip', origin: 'https://shop.example.com' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300',
      'cross-origin-resource-policy': 'cross-origin',
      'content-encoding': 'gzip',
    });
    expect(res.rawPayload.length).toBeLessThanOrEqual(LOADER_BUDGET_BYTES);
    const again = await ctx.app.inject({
      method: 'GET',
      url: '/w/widget.js',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });
});

describe('GET /w/:workspace/config', () => {
  it('answers 404 for an unknown or malformed workspace', async () => {
    for (const slug of ['no-such-shop', 'Bad_Slug!', 'x'.repeat(60)]) {
      const res = await config(slug, SHOP);
      expect(res.statusCode, slug).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('gives a listed site its widgets with CORS for that site only, and no credentials', async () => {
    const res = await config(world.slug, SHOP);
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(SHOP);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Origin/);
    // Paused, on a survey not published, or not a widget: not there.
    expect(res.json()).toEqual({
      widgets: [
        {
          code: world.shopWidget.code,
          surveyUrl: `${ctx.env.publicUrl}/s/${world.survey.key}?embed=1&d=${world.shopWidget.code}&ch=widget`,
          display: 'slidein',
          urlPattern: `${SHOP}/checkout/*`,
          event: 'purchase',
          delaySeconds: 5,
          scrollPercent: 40,
          exitIntent: true,
          samplePercent: 25,
          cooldownDays: 30,
        },
      ],
    });
  });

  it('refuses a site no widget lists: no CORS header and nothing of the shop’s widgets', async () => {
    const res = await config(world.slug, OTHER);
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.json()).toEqual({ widgets: [] });
  });

  it('answers the preflight of POST …/shown for a listed site only', async () => {
    const preflight = (origin: string) =>
      ctx.app.inject({
        method: 'OPTIONS',
        url: `/w/${world.slug}/shown`,
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight(SHOP);
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers).toMatchObject({
      'access-control-allow-origin': SHOP,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
    });
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    const refused = await preflight(OTHER);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('POST /w/:workspace/shown', () => {
  it('says yes once, counts the show, keeps only a hash of the person, then says cooldown', async () => {
    const who = person();
    const first = await shown({ code: world.shopWidget.code, person: who });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ show: true });
    expect(first.headers['access-control-allow-origin']).toBe(SHOP);
    expect(await shownToday(world.shopWidget.id)).toBe(1);
    const kept = await inWorkspace(ctx.db, world.ws, (tx) =>
      tx.selectFrom('widget_contacts').select('person').where('workspace_id', '=', world.ws).execute(),
    );
    expect(kept.map((r) => r.person)).toEqual([sha256(who)]);

    const again = await shown({ code: world.shopWidget.code, person: who });
    expect(again.json()).toEqual({ show: false, reason: 'cooldown' });
    expect(await shownToday(world.shopWidget.id)).toBe(1);
    // Someone else is not held back.
    expect((await shown({ code: world.shopWidget.code, person: person() })).json()).toEqual({ show: true });

    // 31 days later the cooldown (30 days) is over.
    await inWorkspace(ctx.db, world.ws, (tx) =>
      sql`UPDATE widget_contacts SET last_shown_at = now() - interval '31 days'
          WHERE workspace_id = ${world.ws} AND person = ${sha256(who)}`.execute(tx),
    );
    expect((await shown({ code: world.shopWidget.code, person: who })).json()).toEqual({ show: true });
    expect(await shownToday(world.shopWidget.id)).toBe(3);
    const stats = await world.api.get(`/api/v1/workspaces/${world.ws}/distributions/${world.shopWidget.id}`);
    expect(stats.body.stats).toMatchObject({ sent: 3, opened: 3, rateBase: 'shown' });
  });

  it('holds a person back across the workspace’s widgets, by each widget’s own cooldown', async () => {
    const anywhere = await makeDistribution(world.survey.surveyId, {
      kind: 'widget',
      settings: { cooldownDays: 7 },
    });
    const always = await makeDistribution(world.survey.surveyId, {
      kind: 'widget',
      settings: { cooldownDays: 0 },
    });
    const who = person();
    expect((await shown({ code: world.shopWidget.code, person: who })).json()).toEqual({ show: true });
    expect((await shown({ code: anywhere.code, person: who })).json()).toEqual({
      show: false,
      reason: 'cooldown',
    });
    expect((await shown({ code: always.code, person: who })).json()).toEqual({ show: true });
    expect((await shown({ code: always.code, person: who })).json()).toEqual({ show: true });
    await world.api.patch(`/api/v1/workspaces/${world.ws}/distributions/${anywhere.id}`, {
      status: 'paused',
    });
    await world.api.patch(`/api/v1/workspaces/${world.ws}/distributions/${always.id}`, { status: 'paused' });
  });

  it('tells only one of two tabs asking at once to show', async () => {
    for (let round = 0; round < 5; round++) {
      const who = person();
      const answers = await Promise.all([
        shown({ code: world.shopWidget.code, person: who }),
        shown({ code: world.shopWidget.code, person: who }),
      ]);
      expect(answers.map((a) => a.json().show).sort()).toEqual([false, true]);
    }
  });

  it('refuses an unlisted site, paused widgets, widgets of unpublished surveys, other kinds and bad input', async () => {
    const other = await shown({ code: world.shopWidget.code, person: person() }, OTHER);
    expect(other.statusCode).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    for (const code of [world.paused.code, world.onDraft.code, world.link.code, 'zzzzzzzz']) {
      const res = await shown({ code, person: person() });
      expect(res.statusCode, code).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    const bad = await shown({ code: world.shopWidget.code, person: 'short' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toMatch(/person/);
  });
});

describe('a widget that runs on any site', () => {
  it('answers * to every site, which sees only the widgets it may run', async () => {
    const open = await makeDistribution(world.survey.surveyId, {
      kind: 'widget',
      settings: { display: 'popup' },
    });
    const fromOther = await config(world.slug, OTHER);
    expect(fromOther.headers['access-control-allow-origin']).toBe('*');
    expect(fromOther.json().widgets.map((w: { code: string }) => w.code)).toEqual([open.code]);
    const fromShop = await config(world.slug, SHOP);
    expect(fromShop.headers['access-control-allow-origin']).toBe('*');
    expect(fromShop.json().widgets.map((w: { code: string }) => w.code)).toEqual([
      world.shopWidget.code,
      open.code,
    ]);
    expect((await shown({ code: open.code, person: person() }, OTHER)).json()).toEqual({ show: true });
    await world.api.patch(`/api/v1/workspaces/${world.ws}/distributions/${open.id}`, { status: 'paused' });
    expect((await config(world.slug, OTHER)).headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the survey page in a frame', () => {
  const page = (query: string) => ctx.app.inject({ method: 'GET', url: `/s/${world.survey.key}${query}` });
  const ancestors = (res: { headers: Record<string, unknown> }) =>
    /frame-ancestors ([^;]*)/.exec(String(res.headers['content-security-policy']))?.[1];

  it("may be framed by the sites an embed or widget lists, and by no one else's pages", async () => {
    const embed = await makeDistribution(world.survey.surveyId, {
      kind: 'embed',
      settings: { allowedOrigins: [SHOP, OTHER] },
    });
    const anyEmbed = await makeDistribution(world.survey.surveyId, { kind: 'embed' });
    const elsewhere = await makeDistribution(world.draftSurvey.surveyId, { kind: 'embed' });

    const framed = await page(`?d=${world.shopWidget.code}&ch=widget&embed=1`);
    expect(framed.statusCode).toBe(200);
    expect(ancestors(framed)).toBe(`'self' ${SHOP}`);
    expect(framed.headers['x-frame-options']).toBeUndefined();
    expect(ancestors(await page(`?d=${embed.code}`))).toBe(`'self' ${SHOP} ${OTHER}`);
    expect(ancestors(await page(`?d=${anyEmbed.code}`))).toBe('*');

    // A plain page, a link, a paused widget, another survey's embed, an unknown code: 'self' only.
    for (const query of [
      '',
      `?d=${world.link.code}`,
      `?d=${world.paused.code}`,
      `?d=${elsewhere.code}`,
      '?d=nope1234',
    ]) {
      const res = await page(query);
      expect(ancestors(res), query).toBe("'self'");
      expect(res.headers['x-frame-options'], query).toBe('SAMEORIGIN');
    }
  });

  it('takes answers with no cookies at all, attributed to the widget and its channel', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/s/${world.survey.key}/responses?d=${world.shopWidget.code}&ch=widget&embed=1&origin=${encodeURIComponent(SHOP)}`,
      payload: {
        idempotencyKey: randomToken(16),
        answers: { nps: 10, visit_type: 'dine_in' },
        hidden: { email: 'ana@example.com' },
        language: 'en',
        complete: true,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const stored = await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .selectFrom('responses')
        .select(['distribution_id', 'channel', 'status'])
        .where('workspace_id', '=', world.ws)
        .where('id', '=', res.json().responseId)
        .executeTakeFirstOrThrow(),
    );
    expect(stored).toEqual({ distribution_id: world.shopWidget.id, channel: 'widget', status: 'complete' });
  });
});

describe('GET …/distributions/:id/embed', () => {
  const snippet = (id: string) => world.api.get(`/api/v1/workspaces/${world.ws}/distributions/${id}/embed`);

  it('gives an embed its iframe, and a widget the iframe and the loader', async () => {
    const embed = await makeDistribution(world.survey.surveyId, { kind: 'embed' });
    const forEmbed = await snippet(embed.id);
    expect(forEmbed.status).toBe(200);
    // The line that fits the frame: messages only from Rapport's origin and that very frame.
    expect(forEmbed.body.iframe).toContain(`data-rapport-embed="${embed.code}"`);
    expect(forEmbed.body.script).toMatch(/^<script>addEventListener\("message",.*\)<\/script>$/);
    expect(forEmbed.body.script).toContain(`iframe[data-rapport-embed=\\"${embed.code}\\"]`);
    expect(forEmbed.body.script).toContain(`e.origin===${JSON.stringify(new URL(ctx.env.publicUrl).origin)}`);
    expect(forEmbed.body.iframe).toContain(
      `src="${ctx.env.publicUrl}/s/${world.survey.key}?embed=1&amp;d=${embed.code}&amp;ch=embed"`,
    );
    expect(forEmbed.body.iframe).toMatch(/^<iframe [^>]*title="Test survey"[^>]*><\/iframe>$/);

    const forWidget = await snippet(world.shopWidget.id);
    expect(forWidget.body.iframe).toContain(`d=${world.shopWidget.code}&amp;ch=widget`);
    expect(forWidget.body.script).toContain(
      'window.rapport=window.rapport||function(){(rapport.q=rapport.q||[]).push(arguments)};',
    );
    expect(forWidget.body.script).toContain(
      `<script src="${ctx.env.publicUrl}/w/widget.js" data-workspace="${world.slug}" async></script>`,
    );
  });

  it('answers 409 for other kinds and 404 for an unknown distribution', async () => {
    const link = await snippet(world.link.id);
    expect(link.status).toBe(409);
    expect(link.body.error.code).toBe('wrong_distribution_kind');
    expect((await snippet('01900000-0000-7000-8000-000000000000')).status).toBe(404);
  });
});
