// Dashboards over the API on a real PostgreSQL: the default made from a survey's questions, saving
// and re-reading a layout, validation naming the widget's field, reset, the workspace overview
// (recent published surveys; widgets of deleted surveys left out) and who may change them.
import { beforeAll, describe, expect, it } from 'vitest';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import { surveyDefinitionSchema, type SurveyDefinition } from '../../../../common/survey/definition';
import { inWorkspace } from '../../../db/database';
import { signedIn, type Client } from '../../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey } from '../../responses/test-survey';

const ctx = useTestApp();

/** A CSAT survey with a matrix and no NPS or text question. */
const csatSurvey: SurveyDefinition = surveyDefinitionSchema.parse({
  defaultLanguage: 'en',
  languages: ['en'],
  pages: [
    {
      id: 'p1',
      questions: [
        { id: 'sat', type: 'csat', title: { en: 'How satisfied?' } },
        {
          id: 'grid',
          type: 'matrix',
          title: { en: 'Rate us' },
          rows: [
            { id: 'speed', label: { en: 'Speed' } },
            { id: 'taste', label: { en: 'Taste' } },
          ],
          scale: [1, 2, 3, 4, 5].map((v) => ({ value: v, label: { en: String(v) } })),
        },
        {
          id: 'visit',
          type: 'single_choice',
          title: { en: 'Visit?' },
          options: [
            { id: 'in', label: { en: 'In store' } },
            { id: 'out', label: { en: 'Takeaway' } },
          ],
        },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { en: 'Thanks' } }],
});

let owner: Client;
let ws: string;
let storeVisitId: string;
let csatId: string;
const put = (api: Client, url: string, body: unknown) => api.request('PUT', url, body);
const surveyUrl = (id: string) => `/api/v1/workspaces/${ws}/dashboards/surveys/${id}`;
const overviewUrl = () => `/api/v1/workspaces/${ws}/dashboards/overview`;

const tile = (id: string, metric: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'metric_tile',
  size: 'small',
  config: { metric, ...extra },
});

beforeAll(async () => {
  const user = await makeUser(ctx);
  ws = (await makeWorkspace(ctx, user)).id;
  owner = await signedIn(ctx.app, user);
  csatId = (await publishTestSurvey(ctx, ws, csatSurvey)).surveyId;
  storeVisitId = (await publishTestSurvey(ctx, ws, storeVisitSurvey)).surveyId;
});

describe('a survey dashboard', () => {
  it('is made from the questions while nothing is saved: NPS tile, trend, distribution, league table, detractor comments', async () => {
    const res = await owner.get(surveyUrl(storeVisitId));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: null, surveyId: storeVisitId, updatedAt: null, isDefault: true });
    const shapes = res.body.widgets.map((w: any) => [
      w.type,
      w.config.metric?.kind ?? w.config.questionId ?? null,
    ]);
    expect(shapes).toEqual([
      ['metric_tile', 'nps'],
      ['metric_tile', 'csat'],
      ['metric_tile', 'count'],
      ['trend', 'nps'],
      ['distribution', 'nps'],
      ['league_table', 'nps'],
      ['comments', null],
    ]);
    expect(res.body.widgets[0].config.metric.questionId).toBe('nps');
    expect(res.body.widgets[1].config.metric.questionId).toBe('satisfaction');
    expect(res.body.widgets.at(-1).config).toEqual({ npsGroup: 'detractor', limit: 5 });
    // The same default on every read: stable ids for the console's keys.
    expect((await owner.get(surveyUrl(storeVisitId))).body.widgets).toEqual(res.body.widgets);
    // The default passes the checks a saved layout goes through ("Edit layout" starts from it).
    const saved = await put(owner, surveyUrl(storeVisitId), { widgets: res.body.widgets });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.widgets).toEqual(res.body.widgets);
    await owner.delete(surveyUrl(storeVisitId));
  });

  it('falls back to CSAT for a survey without NPS, and shows no comments without a text question', async () => {
    const res = await owner.get(surveyUrl(csatId));
    const shapes = res.body.widgets.map((w: any) => [w.type, w.config.metric?.kind ?? w.config.questionId]);
    expect(shapes).toEqual([
      ['metric_tile', 'csat'],
      ['metric_tile', 'count'],
      ['trend', 'csat'],
      ['distribution', 'sat'],
      ['league_table', 'csat'],
    ]);
  });

  it('saves a layout in order and reads it back; a second save replaces it', async () => {
    const widgets = [
      {
        id: 'trend',
        type: 'trend',
        size: 'full',
        config: { metric: { kind: 'nps', questionId: 'nps' }, unit: 'month' },
      },
      tile('score', { kind: 'nps', questionId: 'nps' }, { comparePrevious: false }),
      {
        id: 'by-visit',
        type: 'breakdown',
        size: 'medium',
        title: 'By visit',
        config: { metric: { kind: 'csat', questionId: 'satisfaction' }, by: 'answer:visit_type' },
      },
      { id: 'notes', type: 'comments', size: 'medium', config: { limit: 10 } },
    ];
    const saved = await put(owner, surveyUrl(storeVisitId), { widgets });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ surveyId: storeVisitId, isDefault: false });
    expect(saved.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const read = await owner.get(surveyUrl(storeVisitId));
    expect(read.body.widgets.map((w: any) => w.id)).toEqual(['trend', 'score', 'by-visit', 'notes']);
    expect(read.body.widgets[0].config).toEqual({
      metric: { kind: 'nps', questionId: 'nps', item: '', box: 2 },
      unit: 'month',
    });
    expect(read.body.widgets[2].title).toBe('By visit');
    expect(read.body.updatedAt).not.toBeNull();

    const again = await put(owner, surveyUrl(storeVisitId), { widgets: [widgets[1], widgets[0]] });
    expect(again.body.id).toBe(saved.body.id);
    expect((await owner.get(surveyUrl(storeVisitId))).body.widgets.map((w: any) => w.id)).toEqual([
      'score',
      'trend',
    ]);
    const rows = await inWorkspace(ctx.db, ws, (tx) =>
      tx
        .selectFrom('dashboards')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('survey_id', '=', storeVisitId)
        .execute(),
    );
    expect(rows).toHaveLength(1);
  });

  it.each([
    [
      'an unknown question',
      tile('a', { kind: 'nps', questionId: 'nope' }),
      'widgets.3.config.metric.questionId',
    ],
    [
      'an NPS metric on a CSAT question',
      tile('a', { kind: 'nps', questionId: 'sat' }),
      'widgets.3.config.metric.questionId',
    ],
    [
      'a matrix without its row',
      tile('a', { kind: 'mean', questionId: 'grid' }),
      'widgets.3.config.metric.item',
    ],
    [
      'a matrix row that does not exist',
      tile('a', { kind: 'mean', questionId: 'grid', item: 'smell' }),
      'widgets.3.config.metric.item',
    ],
    [
      'a row of a question without rows',
      tile('a', { kind: 'csat', questionId: 'sat', item: 'x' }),
      'widgets.3.config.metric.item',
    ],
    [
      'a box as wide as the scale',
      tile('a', { kind: 'top_box', questionId: 'sat', box: 5 }),
      'widgets.3.config.metric.box',
    ],
    [
      'a distribution as a figure',
      tile('a', { kind: 'distribution', questionId: 'sat' }),
      'widgets.3.config.metric.kind',
    ],
    [
      'an index item that is not scored',
      tile('a', { kind: 'index', items: [{ questionId: 'visit' }] }),
      'widgets.3.config.metric.items.0.questionId',
    ],
    [
      'a breakdown by a scored question',
      { id: 'a', type: 'breakdown', size: 'small', config: { metric: { kind: 'count' }, by: 'answer:sat' } },
      'widgets.3.config.by',
    ],
    [
      'a distribution of nothing',
      { id: 'a', type: 'distribution', size: 'small', config: { questionId: 'nope' } },
      'widgets.3.config.questionId',
    ],
    [
      'detractors without an NPS question',
      { id: 'a', type: 'comments', size: 'small', config: { npsGroup: 'detractor' } },
      'widgets.3.config.npsGroup',
    ],
    [
      'another survey',
      tile('a', { kind: 'count' }, { surveyId: '01a204da-2414-7cdd-945c-f040da0c91a6' }),
      'widgets.3.config.surveyId',
    ],
    ['a second widget with the same id', tile('w0', { kind: 'count' }), 'widgets.3.id'],
  ])('refuses %s, naming the field', async (_what, bad, field) => {
    const fine = [0, 1, 2].map((i) => tile(`w${i}`, { kind: 'csat', questionId: 'sat' }));
    const res = await put(owner, surveyUrl(csatId), { widgets: [...fine, bad] });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', field });
    expect((await owner.get(surveyUrl(csatId))).body.isDefault).toBe(true);
  });

  it('refuses a malformed widget and more than 30 widgets through the schema', async () => {
    const bad = await put(owner, surveyUrl(csatId), {
      widgets: [{ id: 'a', type: 'metric_tile', size: 'huge', config: {} }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toMatch(/^widgets\.0\./);
    const many = Array.from({ length: 31 }, (_, i) => tile(`w${i}`, { kind: 'count' }));
    const tooMany = await put(owner, surveyUrl(csatId), { widgets: many });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.field).toBe('widgets');
    expect((await put(owner, surveyUrl(csatId), { widgets: many.slice(0, 30) })).status).toBe(200);
    await owner.delete(surveyUrl(csatId));
  });

  it('accepts matrix rows, importance items and index weights that fit', async () => {
    const widgets = [
      tile('row', { kind: 'top_box', questionId: 'grid', item: 'speed', box: 2 }),
      tile('idx', {
        kind: 'index',
        items: [
          { questionId: 'grid', item: 'speed', weight: 0.4 },
          { questionId: 'sat', weight: 0.6 },
        ],
      }),
      { id: 'dist', type: 'distribution', size: 'medium', config: { questionId: 'grid', item: 'taste' } },
      { id: 'choice', type: 'distribution', size: 'medium', config: { questionId: 'visit' } },
      {
        id: 'league',
        type: 'league_table',
        size: 'full',
        config: { metric: { kind: 'mean', questionId: 'sat' }, level: 'region' },
      },
    ];
    const res = await put(owner, surveyUrl(csatId), { widgets });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.widgets[4].config).toMatchObject({ level: 'region', unit: 'month' });
  });

  it('resets to the default', async () => {
    await put(owner, surveyUrl(csatId), { widgets: [tile('only', { kind: 'count' })] });
    const reset = await owner.delete(surveyUrl(csatId));
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ id: null, isDefault: true });
    expect(reset.body.widgets[0].config.metric.kind).toBe('csat');
    expect((await owner.get(surveyUrl(csatId))).body.isDefault).toBe(true);
    // Resetting what is not saved changes nothing and is fine.
    expect((await owner.delete(surveyUrl(csatId))).status).toBe(200);
  });

  it('answers 404 for a survey that is not there', async () => {
    expect((await owner.get(surveyUrl('01a204da-2414-7cdd-945c-f040da0c91a6'))).status).toBe(404);
    expect((await owner.get(surveyUrl('not-a-uuid'))).status).toBe(404);
    expect((await put(owner, surveyUrl('not-a-uuid'), { widgets: [] })).status).toBe(404);
    expect((await owner.delete(surveyUrl('not-a-uuid'))).status).toBe(404);
  });
});

describe('the workspace overview', () => {
  it('defaults to the headlines of the three most recently published surveys, and leaves drafts out', async () => {
    const user = await makeUser(ctx);
    const own = (await makeWorkspace(ctx, user)).id;
    const api = await signedIn(ctx.app, user);
    const url = `/api/v1/workspaces/${own}/dashboards/overview`;
    expect((await api.get(url)).body).toEqual({
      id: null,
      surveyId: null,
      widgets: [],
      updatedAt: null,
      isDefault: true,
    });

    const ids: string[] = [];
    for (const def of [csatSurvey, storeVisitSurvey, csatSurvey, storeVisitSurvey])
      ids.push((await publishTestSurvey(ctx, own, def)).surveyId);
    await api.post(`/api/v1/workspaces/${own}/surveys`, { name: 'draft' });

    const res = await api.get(url);
    const tiles = res.body.widgets.filter((w: any) => w.type === 'metric_tile');
    expect(tiles.map((w: any) => w.config.surveyId)).toEqual([ids[3], ids[2], ids[1]]);
    expect(tiles.map((w: any) => w.config.metric.kind)).toEqual(['nps', 'csat', 'nps']);
    expect(res.body.widgets.map((w: any) => w.type)).toEqual([
      'metric_tile',
      'trend',
      'metric_tile',
      'trend',
      'metric_tile',
      'trend',
      'league_table',
      'comments',
    ]);
    expect(res.body.widgets.every((w: any) => typeof w.config.surveyId === 'string')).toBe(true);
    expect((await put(api, url, { widgets: res.body.widgets })).status).toBe(200);
  });

  it('saves widgets that name their surveys, refuses those that do not, and drops those of deleted surveys', async () => {
    const missing = await put(owner, overviewUrl(), { widgets: [tile('a', { kind: 'count' })] });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('widgets.0.config.surveyId');

    const other = await makeWorkspace(ctx, await makeUser(ctx));
    const foreign = (await publishTestSurvey(ctx, other.id, csatSurvey)).surveyId;
    const stranger = await put(owner, overviewUrl(), {
      widgets: [tile('a', { kind: 'count' }, { surveyId: foreign })],
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.field).toBe('widgets.0.config.surveyId');

    const wrong = await put(owner, overviewUrl(), {
      widgets: [
        tile('a', { kind: 'count' }, { surveyId: csatId }),
        tile('b', { kind: 'nps', questionId: 'nps' }, { surveyId: csatId }),
      ],
    });
    expect(wrong.body.error.field).toBe('widgets.1.config.metric.questionId');

    const doomed = (await publishTestSurvey(ctx, ws, csatSurvey)).surveyId;
    const saved = await put(owner, overviewUrl(), {
      widgets: [
        tile('nps', { kind: 'nps', questionId: 'nps' }, { surveyId: storeVisitId }),
        tile('gone', { kind: 'csat', questionId: 'sat' }, { surveyId: doomed }),
        tile('csat', { kind: 'csat', questionId: 'sat' }, { surveyId: csatId }),
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ surveyId: null, isDefault: false });
    expect((await owner.delete(`/api/v1/workspaces/${ws}/surveys/${doomed}`)).status).toBe(204);
    const read = await owner.get(overviewUrl());
    expect(read.body.widgets.map((w: any) => w.id)).toEqual(['nps', 'csat']);

    const reset = await owner.delete(overviewUrl());
    expect(reset.body.isDefault).toBe(true);
    expect(reset.body.widgets.length).toBeGreaterThan(0);
  });
});

describe('who may change dashboards', () => {
  it('lets a viewer read but not save or reset; an analyst may', async () => {
    const viewer = await makeUser(ctx);
    const analyst = await makeUser(ctx);
    await addMember(ctx, ws, viewer.id, 'viewer');
    await addMember(ctx, ws, analyst.id, 'analyst');
    const asViewer = await signedIn(ctx.app, viewer);
    const asAnalyst = await signedIn(ctx.app, analyst);
    const body = { widgets: [tile('a', { kind: 'count' })] };
    expect((await asViewer.get(surveyUrl(csatId))).status).toBe(200);
    expect((await asViewer.get(overviewUrl())).status).toBe(200);
    expect((await put(asViewer, surveyUrl(csatId), body)).status).toBe(403);
    expect((await asViewer.delete(surveyUrl(csatId))).status).toBe(403);
    expect((await put(asViewer, overviewUrl(), { widgets: [] })).status).toBe(403);
    expect((await put(asAnalyst, surveyUrl(csatId), body)).status).toBe(200);
    expect((await asAnalyst.delete(surveyUrl(csatId))).status).toBe(200);
  });
});
