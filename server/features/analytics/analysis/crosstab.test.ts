// Crosstabs over the API on a real PostgreSQL: exact counts and percentages of a hand-made table,
// its chi-square, NPS groups, a multiple choice, the location tree, filters, labels in the asked
// language, validation naming the field, and another workspace's survey.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../../common/survey/definition';
import { signedIn, type Client } from '../../../test/client';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey } from '../../responses/test-survey';
import { insertTestResponses, type TestResponse } from '../test-responses';
import { analysisSurvey } from './test-data';

const ctx = useTestApp();
let api: Client;
let ws: string;
let surveyId: string;
let otherSurveyId: string;
const regions: Record<'east' | 'west', string> = { east: '', west: '' };
const url = () => `/api/v1/workspaces/${ws}/analytics/crosstab`;

beforeAll(async () => {
  const user = await makeUser(ctx);
  ws = (await makeWorkspace(ctx, user)).id;
  api = await signedIn(ctx.app, user);
  const location = async (parentId: string | null, kind: string, name: string) =>
    (await api.post(`/api/v1/workspaces/${ws}/locations`, { parentId, kind, name })).body.id as string;
  const brand = await location(null, 'brand', 'Brand');
  regions.east = await location(brand, 'region', 'East');
  regions.west = await location(brand, 'region', 'West');
  const eastStore = await location(regions.east, 'store', 'E1');
  const westStore = await location(regions.west, 'store', 'W1');

  const survey = await publishTestSurvey(ctx, ws, analysisSurvey);
  surveyId = survey.surveyId;
  const answer = (visit: string, nps: number, extras?: string[]): Answers => ({
    visit,
    nps,
    ...(extras ? { extras: { picks: extras } } : {}),
  });
  const inStore = [10, 9, 10, 9, 9, 10, 7, 8, 3, 6]; // 6 promoters, 2 passives, 2 detractors
  const takeaway = [9, 10, 7, 7, 8, 0, 5, 6, 2, 4]; // 2 promoters, 3 passives, 5 detractors
  const responses: TestResponse[] = [
    ...inStore.map((nps, i) => ({
      answers: answer('in', nps, i < 3 ? ['coffee', 'cake'] : i < 6 ? ['coffee'] : undefined),
      locationId: i < 5 ? eastStore : westStore,
    })),
    ...takeaway.map((nps, i) => ({
      answers: answer('out', nps, i < 2 ? ['cake'] : undefined),
      locationId: westStore,
      // The five detractors came by QR code.
      channel: i >= 5 ? 'qr' : 'link',
    })),
    // No visit answer: left out of any table with the visit.
    { answers: { nps: 9 }, locationId: eastStore },
    // Partial: never counted.
    { answers: answer('in', 0), status: 'partial' },
  ];
  await insertTestResponses(ctx, survey, analysisSurvey, responses);

  const otherUser = await makeUser(ctx);
  const other = (await makeWorkspace(ctx, otherUser)).id;
  otherSurveyId = (await publishTestSurvey(ctx, other, analysisSurvey)).surveyId;
});

describe('a crosstab', () => {
  it('counts visit × NPS group exactly, with percentages and the chi-square of the table', async () => {
    const res = await api.post(url(), { surveyId, rows: 'answer:visit', columns: 'nps_group:nps' });
    expect(res.status).toBe(200);
    const t = res.body;
    // Every option and NPS group is listed, in the question's order, "online" with nobody in it.
    expect(t.rows).toEqual([
      { key: 'in', label: 'In store' },
      { key: 'out', label: 'Takeaway' },
      { key: 'online', label: 'Online' },
    ]);
    expect(t.columns).toEqual([
      { key: 'promoter', label: 'Promoters (9–10)' },
      { key: 'passive', label: 'Passives (7–8)' },
      { key: 'detractor', label: 'Detractors (0–6)' },
    ]);
    expect(t.counts).toEqual([
      [6, 2, 2],
      [2, 3, 5],
      [0, 0, 0],
    ]);
    expect(t.total).toBe(20);
    expect(t.rowTotals).toEqual([10, 10, 0]);
    expect(t.columnTotals).toEqual([8, 5, 7]);
    expect(t.rowPercents).toEqual([
      [60, 20, 20],
      [20, 30, 50],
      [null, null, null],
    ]);
    expect(t.columnPercents[0]).toEqual([75, 40, expect.closeTo((2 / 7) * 100, 10)]);
    // Expected counts 4, 2.5, 3.5 in both rows: χ² = 2·(2²/4 + 0.5²/2.5 + 1.5²/3.5) = 3.4857…,
    // df = (2 − 1)(3 − 1) = 2 (the empty row is left out), and with 2 df p = e^(−χ²/2).
    const chi = 2 * (4 / 4 + 0.25 / 2.5 + 2.25 / 3.5);
    expect(t.test.method).toBe('chi_square');
    expect(t.test.statistic).toBeCloseTo(chi, 10);
    expect(t.test.df).toBe(2);
    expect(t.test.p).toBeCloseTo(Math.exp(-chi / 2), 10);
    expect(t.test.expected).toEqual([
      [4, 2.5, 3.5],
      [4, 2.5, 3.5],
      [0, 0, 0],
    ]);
    expect(t.test).toMatchObject({ significant: false, lowBase: true, lowExpected: true });
    expect(t.multipleResponse).toBe(false);
  });

  it('applies the filters', async () => {
    const res = await api.post(url(), {
      surveyId,
      rows: 'answer:visit',
      columns: 'nps_group:nps',
      filters: { channels: ['link'] },
    });
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual([
      [6, 2, 2],
      [2, 3, 0],
      [0, 0, 0],
    ]);
    expect(res.body.total).toBe(15);
  });

  it('rolls stores up to their region, and puts the response without a visit answer nowhere', async () => {
    const res = await api.post(url(), { surveyId, rows: 'location:region', columns: 'answer:visit' });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([
      { key: regions.east, label: 'East' },
      { key: regions.west, label: 'West' },
    ]);
    expect(res.body.counts).toEqual([
      [5, 0, 0],
      [5, 10, 0],
    ]);
    // 5·10/20 = 2.5 expected in the East/takeaway cell.
    expect(res.body.test.expected[0][1]).toBe(2.5);
  });

  it('counts a multiple choice under every option picked and makes no chi-square of it', async () => {
    const res = await api.post(url(), { surveyId, rows: 'answer:extras', columns: 'answer:visit' });
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual([
      [6, 0, 0],
      [3, 2, 0],
    ]);
    // 8 responses picked something: three of them sit in two cells.
    expect(res.body.total).toBe(8);
    expect(res.body).toMatchObject({ multipleResponse: true, test: null });
  });

  it('crosses response properties and labels in the asked language', async () => {
    const res = await api.post(url(), { surveyId, rows: 'channel', columns: 'answer:visit', language: 'es' });
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { key: string }) => r.key)).toEqual(['link', 'qr']);
    expect(res.body.columns.map((c: { label: string }) => c.label)).toEqual([
      'En tienda',
      'Para llevar',
      'En línea',
    ]);
    expect(res.body.counts).toEqual([
      [10, 5, 0],
      [0, 5, 0],
    ]);
    const groups = await api.post(url(), {
      surveyId,
      rows: 'nps_group:nps',
      columns: 'channel',
      language: 'es',
    });
    expect(groups.body.rows[0]).toEqual({ key: 'promoter', label: 'Promotores (9–10)' });
  });

  it('names the variable at fault', async () => {
    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await api.post(url(), { surveyId, rows: 'channel', columns: 'answer:visit', ...body });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', field });
    };
    await bad({ rows: 'answer:nps' }, 'rows');
    await bad({ columns: 'nps_group:visit' }, 'columns');
    await bad({ rows: 'answer:nothing' }, 'rows');
    await bad({ columns: 'channel' }, 'columns');
    await bad({ rows: 'period:week' }, 'rows');
  });

  it("answers 404 for another workspace's survey", async () => {
    const res = await api.post(url(), { surveyId: otherSurveyId, rows: 'channel', columns: 'language' });
    expect(res.status).toBe(404);
  });
});
