// The metric and compare routes on hand-computed tables: two waves of ten NPS answers each, exact
// NPS per wave and per store, the wave comparison with its z-test, and the errors a user can make.
// A response submitted through the survey page queues the rollup job in its own transaction.
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { SurveyDefinition } from '../../../../common/survey/definition';
import { surveyDefinitionSchema } from '../../../../common/survey/definition';
import { inWorkspace } from '../../../db/database';
import { newId, randomToken } from '../../../platform/ids';
import { signedIn, type Client } from '../../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../../responses/test-survey';
import { rollUpWorkspace } from '../rollups/roll-up';
import { insertTestResponses } from '../test-responses';

const ctx = useTestApp();

const definition: SurveyDefinition = surveyDefinitionSchema.parse({
  defaultLanguage: 'en',
  languages: ['en', 'zh-CN'],
  pages: [
    {
      id: 'p1',
      questions: [
        { id: 'nps', type: 'nps', title: { en: 'Recommend?', 'zh-CN': '推荐吗？' } },
        { id: 'sat', type: 'csat', title: { en: 'Satisfied?' } },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { en: 'Thanks' } }],
});

const world = {} as {
  ws: string;
  api: Client;
  viewer: Client;
  base: string;
  survey: TestSurvey;
  waves: string[];
  stores: string[];
};

beforeAll(async () => {
  const owner = await makeUser(ctx);
  world.ws = (await makeWorkspace(ctx, owner, 'Metrics')).id;
  world.api = await signedIn(ctx.app, owner);
  const viewer = await makeUser(ctx);
  await addMember(ctx, world.ws, viewer.id, 'viewer');
  world.viewer = await signedIn(ctx.app, viewer);
  world.base = `/api/v1/workspaces/${world.ws}`;
  world.survey = await publishTestSurvey(ctx, world.ws, definition);
  world.waves = [newId(), newId()];
  world.stores = [newId(), newId()];
  await inWorkspace(ctx.db, world.ws, async (tx) => {
    for (const [i, id] of world.waves.entries())
      await tx
        .insertInto('survey_waves')
        .values({
          workspace_id: world.ws,
          id,
          survey_id: world.survey.surveyId,
          number: i + 1,
          name: `Q${i + 1}`,
          opens_at: new Date('2026-01-01'),
        })
        .execute();
    for (const [i, id] of world.stores.entries())
      await tx
        .insertInto('locations')
        .values({
          workspace_id: world.ws,
          id,
          parent_id: null,
          kind: 'store',
          name: `Store ${i + 1}`,
          code: `S${i + 1}`,
        })
        .execute();
  });
  // Wave 1: 5 promoters, 3 passives, 2 detractors → NPS 30. Wave 2: 2, 3, 5 → NPS −30.
  const wave1 = [9, 10, 9, 10, 9, 7, 8, 7, 3, 6];
  const wave2 = [9, 10, 7, 8, 7, 0, 1, 2, 5, 6];
  await insertTestResponses(ctx, world.survey, definition, [
    ...wave1.map((nps, i) => ({
      answers: { nps },
      waveId: world.waves[0]!,
      locationId: world.stores[i % 2]!,
    })),
    ...wave2.map((nps) => ({ answers: { nps }, waveId: world.waves[1]!, locationId: world.stores[0]! })),
  ]);
  await inWorkspace(ctx.db, world.ws, (tx) => rollUpWorkspace(tx, world.ws));
});

const metric = (body: Record<string, unknown>, api = world.api) =>
  api.post(`${world.base}/analytics/metric`, { surveyId: world.survey.surveyId, ...body });

describe('POST /analytics/metric', () => {
  it('gives the NPS of every wave, its parts and its standard error, and the total', async () => {
    const res = await metric({ metric: { kind: 'nps', questionId: 'nps' }, groupBy: ['wave'] });
    expect(res.status).toBe(200);
    expect(res.body.source).toBe('rollups');
    const [w1, w2] = res.body.rows;
    expect(w1.labels.wave).toBe('1. Q1');
    expect(w1.metric.value).toBeCloseTo(30, 10);
    expect(w1.metric.parts).toMatchObject({ promoterCount: 5, passiveCount: 3, detractorCount: 2 });
    // sqrt((0.5 + 0.2 − 0.3²) / 10) × 100
    expect(w1.metric.se).toBeCloseTo(Math.sqrt(0.61 / 10) * 100, 10);
    expect(w1.metric.lowBase).toBe(true);
    expect(w2.metric.value).toBeCloseTo(-30, 10);
    expect(res.body.total.metric).toMatchObject({ n: 20, value: 0 });
    expect(w1.distribution.find((p: { value: number }) => p.value === 9).n).toBe(3);
  });

  it('breaks down by store, and viewers may read it', async () => {
    const res = await metric(
      { metric: { kind: 'nps', questionId: 'nps' }, groupBy: ['location'] },
      world.viewer,
    );
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(
      res.body.rows.map((r: { labels: { location: string }; metric: { n: number } }) => [
        r.labels.location,
        r.metric.n,
      ]),
    );
    expect(byName).toEqual({ 'Store 1': 15, 'Store 2': 5 });
  });

  it('names the field at fault', async () => {
    const wrongType = await metric({ metric: { kind: 'nps', questionId: 'sat' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error).toMatchObject({ code: 'validation_failed', field: 'metric.questionId' });
    const noQuestion = await metric({ metric: { kind: 'nps', questionId: 'nope' } });
    expect(noQuestion.body.error.field).toBe('metric.questionId');
    const badGroup = await metric({ metric: { kind: 'count' }, groupBy: ['answer:nope'] });
    expect(badGroup.status).toBe(400);
    expect(badGroup.body.error.field).toBe('groupBy.0');
    const weights = await metric({
      metric: {
        kind: 'index',
        items: [
          { questionId: 'nps', weight: 0.5 },
          { questionId: 'sat', weight: 0.4 },
        ],
      },
    });
    expect(weights.status).toBe(400);
    expect(weights.body.error.field).toMatch(/^metric\.items/);
    const otherSurvey = await metric({ surveyId: newId(), metric: { kind: 'count' } });
    expect(otherSurvey.status).toBe(404);
  });

  it('lists what a survey offers to measure, in the asked language', async () => {
    const res = await world.api.get(
      `${world.base}/analytics/surveys/${world.survey.surveyId}/questions?language=zh-CN`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({
      id: 'nps',
      type: 'nps',
      title: '推荐吗？',
      scale: { min: 0, max: 10 },
    });
  });
});

describe('POST /analytics/compare', () => {
  it('compares two waves with the NPS z-test, overall and per store', async () => {
    const res = await world.api.post(`${world.base}/analytics/compare`, {
      surveyId: world.survey.surveyId,
      metric: { kind: 'nps', questionId: 'nps' },
      compare: { kind: 'wave', a: world.waves[0], b: world.waves[1] },
      groupBy: ['location'],
    });
    expect(res.status).toBe(200);
    expect(res.body.a.label).toBe('1. Q1');
    const total = res.body.total;
    expect(total.difference).toBeCloseTo(60, 10);
    // z = (0.3 − (−0.3)) / sqrt(0.61/10 + 0.61/10)
    expect(total.test.method).toBe('nps_z');
    expect(total.test.statistic).toBeCloseTo(0.6 / Math.sqrt(0.122), 6);
    expect(total.test.lowBase).toBe(true);
    expect(total.test.significant).toBe(false);
    // Store 2 has no wave-2 answers: its b side is empty, so no test.
    const store2 = res.body.rows.find(
      (r: { labels: { location: string } }) => r.labels.location === 'Store 2',
    );
    expect(store2.b.value).toBeNull();
    expect(store2.test).toBeNull();
  });

  it('refuses a wave of another survey, naming it', async () => {
    const res = await world.api.post(`${world.base}/analytics/compare`, {
      surveyId: world.survey.surveyId,
      metric: { kind: 'nps', questionId: 'nps' },
      compare: { kind: 'wave', a: world.waves[0], b: newId() },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('compare.b');
  });
});

describe('the rollup job', () => {
  it('is queued in the transaction of every submitted response, once per workspace', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: `/s/${world.survey.key}/responses`,
        payload: { idempotencyKey: randomToken(16), answers: { nps: 9 }, language: 'en', complete: true },
      });
      expect(res.statusCode).toBeLessThan(300);
    }
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM graphile_worker.jobs
      WHERE task_identifier = 'analytics.rollup' AND key = ${`analytics.rollup:${world.ws}`}`.execute(ctx.db);
    expect(rows[0]!.n).toBe(1);
    expect(await inWorkspace(ctx.db, world.ws, (tx) => rollUpWorkspace(tx, world.ws))).toBe(3);
  });
});
