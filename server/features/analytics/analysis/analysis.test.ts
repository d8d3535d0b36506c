// SERVQUAL gap, importance–performance and key drivers over the API on a real PostgreSQL, on
// hand-made data whose answers are worked out in the comments.
import { beforeAll, describe, expect, it } from 'vitest';
import { keyDrivers } from '../../../../common/analytics/drivers';
import { surveyDefinitionSchema } from '../../../../common/survey/definition';
import { servqual, SERVQUAL_DIMENSIONS } from '../../../../common/survey/templates/servqual';
import { signedIn, type Client } from '../../../test/client';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey } from '../../responses/test-survey';
import { insertTestResponses, type TestResponse } from '../test-responses';
import { analysisSurvey } from './test-data';

const ctx = useTestApp();
const servqualSurvey = surveyDefinitionSchema.parse(servqual.definition);
let api: Client;
let ws: string;
let servqualId: string;
let surveyId: string;
let otherSurveyId: string;
const post = (path: string, body: unknown) => api.post(`/api/v1/workspaces/${ws}/analytics/${path}`, body);

/** One SERVQUAL response: every expectation row `exp`, perception rows per dimension. */
function servqualAnswers(exp: number, perc: (dimension: string, row: string) => number) {
  const answers: Record<string, Record<string, number>> = {};
  for (const d of SERVQUAL_DIMENSIONS) {
    answers[`exp_${d.key}`] = Object.fromEntries(d.items.map((i) => [i.id, exp]));
    answers[`perc_${d.key}`] = Object.fromEntries(d.items.map((i) => [i.id, perc(d.key, i.id)]));
  }
  return answers;
}

// Drivers data: speed and staff in a balanced 2×2 design (uncorrelated), each combination twice.
//   speed  1 1 1 1 5 5 5 5   (mean 3)      staff 1 1 5 5 1 1 5 5   (mean 3)
//   overall 1 2 2 3 4 4 5 5  (mean 3.25)
// Centred: Sxx = 32 for both, Syy = 15.5, S(speed, y) = 20, S(staff, y) = 8, so
// r_speed = 20/√496, r_staff = 8/√496; with uncorrelated attributes β = r and each relative
// weight is r²: 400/496 and 64/496, R² = 464/496, shares 400/464 and 64/464.
const DESIGN = [
  [1, 1, 1],
  [1, 1, 2],
  [1, 5, 2],
  [1, 5, 3],
  [5, 1, 4],
  [5, 1, 4],
  [5, 5, 5],
  [5, 5, 5],
] as const;

// A third, correlated attribute for the general case (compared with the formulas on the same rows).
const PRICE = [2, 1, 3, 2, 4, 5, 4, 5];

beforeAll(async () => {
  const user = await makeUser(ctx);
  ws = (await makeWorkspace(ctx, user)).id;
  api = await signedIn(ctx.app, user);

  const sq = await publishTestSurvey(ctx, ws, servqualSurvey);
  servqualId = sq.surveyId;
  await insertTestResponses(ctx, sq, servqualSurvey, [
    { answers: servqualAnswers(7, (d) => (d === 'tangibles' ? 6 : d === 'reliability' ? 4 : 5)) },
    {
      answers: servqualAnswers(6, (d, row) =>
        d === 'tangibles' ? 6 : d === 'reliability' ? (row === 'rel1' ? 5 : 3) : 5,
      ),
    },
    // By QR code: expects little, finds everything perfect. Filtered out below.
    { answers: servqualAnswers(1, () => 7), channel: 'qr' },
  ]);

  const survey = await publishTestSurvey(ctx, ws, analysisSurvey);
  surveyId = survey.surveyId;
  const ip = (imp: number, perf: number) => ({ importance: imp, performance: perf });
  const stated = [
    { ip_price: ip(5, 2), ip_quality: ip(4, 5), ip_wait: ip(2, 2), ip_decor: ip(1, 5) },
    { ip_price: ip(5, 3), ip_quality: ip(5, 4), ip_wait: ip(2, 1), ip_decor: ip(2, 5) },
  ];
  const responses: TestResponse[] = [
    ...DESIGN.map(([speed, staff, overall], i) => ({
      answers: {
        overall,
        nps: overall * 2,
        service: { speed, staff, price: PRICE[i]! },
        ...(stated[i] ?? {}),
        ...(i < 4 ? { visit: 'in' } : {}),
      },
    })),
    // Speed without staff: not a complete case for the drivers, but speed's mean counts it.
    { answers: { overall: 1, service: { speed: 3, price: 1 } } },
    // Another channel, filtered out below.
    { answers: { overall: 5, service: { speed: 1, staff: 1, price: 1 } }, channel: 'qr' },
    { answers: { overall: 1, service: { speed: 5, staff: 5, price: 5 } }, status: 'partial' },
  ];
  await insertTestResponses(ctx, survey, analysisSurvey, responses);

  const otherUser = await makeUser(ctx);
  const other = (await makeWorkspace(ctx, otherUser)).id;
  otherSurveyId = (await publishTestSurvey(ctx, other, servqualSurvey)).surveyId;
});

describe('SERVQUAL gap', () => {
  it('pairs the template’s matrices and averages per item, dimension and overall', async () => {
    const res = await post('gap', { surveyId: servqualId, filters: { channels: ['link'] } });
    expect(res.status).toBe(200);
    const { items, dimensions, overall } = res.body;
    expect(items).toHaveLength(22);
    // Expectations average 6.5 everywhere. Tangibles: perception 6 → −0.5 per item.
    // Reliability: rel1 (4 + 5)/2 = 4.5 → −2, rel2–rel5 (4 + 3)/2 = 3.5 → −3; mean −2.8.
    // The other three dimensions: perception 5 → −1.5.
    const rel1 = items.find((i: { item: string }) => i.item === 'rel1');
    expect(rel1).toMatchObject({
      dimension: 'reliability',
      expectation: { mean: 6.5, n: 2 },
      perception: { mean: 4.5, n: 2 },
      gap: -2,
    });
    expect(rel1.label).toBe('When … promises to do something by a certain time, it does so.');
    expect(dimensions.map((d: { dimension: string; gap: number }) => [d.dimension, d.gap])).toEqual([
      ['tangibles', -0.5],
      ['reliability', expect.closeTo(-2.8, 12)],
      ['responsiveness', -1.5],
      ['assurance', -1.5],
      ['empathy', -1.5],
    ]);
    expect(dimensions[0]).toMatchObject({ label: 'Facilities and appearance', items: 4 });
    // (−0.5 − 2.8 − 1.5·3)/5: each dimension counts once.
    expect(overall).toBeCloseTo(-1.56, 12);
  });

  it('counts every response without filters', async () => {
    const res = await post('gap', { surveyId: servqualId, language: 'zh-CN' });
    expect(res.status).toBe(200);
    // Tangibles: expectation (7 + 6 + 1)/3, perception (6 + 6 + 7)/3 → gap 5/3.
    expect(res.body.dimensions[0]).toMatchObject({ dimension: 'tangibles', label: '设施与形象' });
    expect(res.body.dimensions[0].gap).toBeCloseTo(5 / 3, 12);
  });

  it('takes named pairs, and refuses a survey without pairs', async () => {
    const named = await post('gap', {
      surveyId,
      pairs: [{ expectation: 'overall', perception: 'nps', dimension: 'Odd pair' }],
      filters: { channels: ['link'] },
    });
    expect(named.status).toBe(200);
    // overall over the 9 link responses: (26 + 1)/9 = 3; nps = 2 × overall over the first 8: 6.5.
    expect(named.body.items).toEqual([
      expect.objectContaining({
        dimension: 'Odd pair',
        item: '',
        expectation: { mean: 3, n: 9 },
        perception: { mean: 6.5, n: 8 },
        gap: 3.5,
      }),
    ]);
    const none = await post('gap', { surveyId });
    expect(none.status).toBe(422);
    expect(none.body.error.code).toBe('analysis_not_possible');
    const bad = await post('gap', { surveyId, pairs: [{ expectation: 'visit', perception: 'overall' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('pairs.0.expectation');
    const mixed = await post('gap', { surveyId, pairs: [{ expectation: 'service', perception: 'overall' }] });
    expect(mixed.body.error.field).toBe('pairs.0.perception');
  });

  it("answers 404 for another workspace's survey", async () => {
    expect((await post('gap', { surveyId: otherSurveyId })).status).toBe(404);
  });
});

describe('importance–performance', () => {
  it('places stated importance in the four quadrants around the grand means', async () => {
    const res = await post('importance-performance', { surveyId, importance: 'stated' });
    expect(res.status).toBe(200);
    // Means (importance, performance): price (5, 2.5), quality (4.5, 4.5), wait (2, 1.5), decor (1.5, 5);
    // crosshairs at (13/4, 13.5/4).
    expect(res.body.crosshair).toEqual({ importance: 3.25, performance: 3.375 });
    expect(res.body.points).toEqual([
      {
        questionId: 'ip_price',
        item: '',
        label: 'Price',
        importance: 5,
        performance: 2.5,
        quadrant: 'concentrate_here',
        n: 2,
      },
      {
        questionId: 'ip_quality',
        item: '',
        label: 'Quality',
        importance: 4.5,
        performance: 4.5,
        quadrant: 'keep_up',
        n: 2,
      },
      {
        questionId: 'ip_wait',
        item: '',
        label: 'Wait',
        importance: 2,
        performance: 1.5,
        quadrant: 'low_priority',
        n: 2,
      },
      {
        questionId: 'ip_decor',
        item: '',
        label: 'Decor',
        importance: 1.5,
        performance: 5,
        quadrant: 'possible_overkill',
        n: 2,
      },
    ]);
  });

  it('derives importance from the correlation with the outcome', async () => {
    const res = await post('importance-performance', {
      surveyId,
      importance: 'derived',
      outcome: { questionId: 'overall' },
      attributes: [
        { questionId: 'service', item: 'speed' },
        { questionId: 'service', item: 'staff' },
      ],
      filters: { channels: ['link'] },
    });
    expect(res.status).toBe(200);
    const [speed, staff] = res.body.points;
    // Over the 9 link responses the 9th (speed 3, overall 1) joins speed's pairs:
    // speed 1,1,1,1,5,5,5,5,3 and overall 1,2,2,3,4,4,5,5,1, both with mean 3:
    // Sxy = −2·(−4) + 2·6 + 0 = 20, Sxx = 32, Syy = 4+1+1+0+1+1+4+4+4 = 20.
    // Staff has only the 8 design pairs: r = 8/√(32 · 15.5). Both perform at 3 on average.
    expect(speed).toMatchObject({ label: 'Speed', n: 9, performance: 3 });
    expect(speed.importance).toBeCloseTo(20 / Math.sqrt(32 * 20), 12);
    expect(staff).toMatchObject({ n: 8, performance: 3 });
    expect(staff.importance).toBeCloseTo(8 / Math.sqrt(32 * 15.5), 12);
    expect(res.body.crosshair.importance).toBeCloseTo((speed.importance + staff.importance) / 2, 12);
    // Performance ties the crosshair (3), which counts as high.
    expect(speed.quadrant).toBe('keep_up');
    expect(staff.quadrant).toBe('possible_overkill');
  });

  it('needs an outcome and attributes for derived importance, and importance questions for stated', async () => {
    const missing = await post('importance-performance', { surveyId, importance: 'derived' });
    expect(missing.status).toBe(400);
    const none = await post('importance-performance', { surveyId: servqualId, importance: 'stated' });
    expect(none.status).toBe(422);
    expect(none.body.error.code).toBe('analysis_not_possible');
  });
});

describe('key drivers', () => {
  const attributes = [
    { questionId: 'service', item: 'speed' },
    { questionId: 'service', item: 'staff' },
  ];

  it('computes correlations, betas and relative weights on the complete cases', async () => {
    const res = await post('drivers', {
      surveyId,
      outcome: { questionId: 'overall' },
      attributes,
      filters: { channels: ['link'] },
    });
    expect(res.status).toBe(200);
    const { n, r2, lowBase, outcome, drivers } = res.body;
    expect(n).toBe(8);
    expect(lowBase).toBe(true);
    expect(outcome).toEqual({ questionId: 'overall', item: '', label: 'Overall satisfaction', mean: 3.25 });
    expect(r2).toBeCloseTo(464 / 496, 12);
    const [speed, staff] = drivers;
    expect(speed).toMatchObject({ questionId: 'service', item: 'speed', label: 'Speed', mean: 3 });
    expect(speed.correlation).toBeCloseTo(20 / Math.sqrt(496), 12);
    expect(speed.beta).toBeCloseTo(20 / Math.sqrt(496), 12);
    expect(speed.relativeWeight).toBeCloseTo(400 / 496, 12);
    expect(speed.share).toBeCloseTo(400 / 464, 12);
    expect(staff.correlation).toBeCloseTo(8 / Math.sqrt(496), 12);
    expect(staff.relativeWeight).toBeCloseTo(64 / 496, 12);
    expect(staff.share).toBeCloseTo(64 / 464, 12);
  });

  it('matches the formulas on the same rows with correlated attributes', async () => {
    const res = await post('drivers', {
      surveyId,
      outcome: { questionId: 'nps' },
      attributes: [...attributes, { questionId: 'service', item: 'price' }],
      language: 'es',
    });
    expect(res.status).toBe(200);
    // Only the 8 design responses answered NPS (= 2 × overall).
    const rows = DESIGN.map(([speed, staff, overall], i) => [overall * 2, speed, staff, PRICE[i]!]);
    const p = rows[0]!.length;
    const expected = keyDrivers({
      n: rows.length,
      sums: Array.from({ length: p }, (_, i) => rows.reduce((s, r) => s + r[i]!, 0)),
      products: Array.from({ length: p }, (_, i) =>
        Array.from({ length: p }, (_, j) => rows.reduce((s, r) => s + r[i]! * r[j]!, 0)),
      ),
    });
    if (!expected.ok) throw new Error(expected.reason);
    expect(res.body.n).toBe(8);
    expect(res.body.r2).toBeCloseTo(expected.r2, 10);
    res.body.drivers.forEach((d: { relativeWeight: number; beta: number }, j: number) => {
      expect(d.relativeWeight).toBeCloseTo(expected.drivers[j]!.relativeWeight, 10);
      expect(d.beta).toBeCloseTo(expected.drivers[j]!.beta, 10);
    });
    expect(res.body.drivers[0].label).toBe('Rapidez');
    expect(res.body.outcome.label).toBe('¿Nos recomendaría?');
  });

  it('refuses what the data cannot carry with 422 naming the attribute', async () => {
    // The four responses that visited in store all rated speed 1.
    const constant = await post('drivers', {
      surveyId,
      outcome: { questionId: 'overall' },
      attributes,
      filters: { answers: [{ questionId: 'visit', optionIds: ['in'] }] },
    });
    expect(constant.status).toBe(422);
    expect(constant.body.error).toMatchObject({
      code: 'analysis_not_possible',
      field: 'attributes.0.questionId',
    });
    // NPS is twice the overall rating in every response that has both.
    const collinear = await post('drivers', {
      surveyId,
      outcome: { questionId: 'service', item: 'speed' },
      attributes: [{ questionId: 'overall' }, { questionId: 'nps' }],
    });
    expect(collinear.status).toBe(422);
    expect(collinear.body.error.field).toMatch(/^attributes\.[01]\.questionId$/);
    const few = await post('drivers', {
      surveyId,
      outcome: { questionId: 'overall' },
      attributes,
      filters: { channels: ['nowhere'] },
    });
    expect(few.status).toBe(422);
    expect(few.body.error.code).toBe('analysis_not_possible');
    expect(few.body.error.message).toMatch(/Only 0 responses/);
  });

  it('names the field of a question that cannot be analysed', async () => {
    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await post('drivers', {
        surveyId,
        outcome: { questionId: 'overall' },
        attributes,
        ...body,
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', field });
    };
    await bad({ attributes: [attributes[0], { questionId: 'visit' }] }, 'attributes.1.questionId');
    await bad({ attributes: [attributes[0], { questionId: 'nothing' }] }, 'attributes.1.questionId');
    await bad({ attributes: [attributes[0], { questionId: 'service' }] }, 'attributes.1.item');
    await bad({ attributes: [attributes[0], { questionId: 'service', item: 'taste' }] }, 'attributes.1.item');
    await bad({ attributes: [attributes[0], attributes[0]] }, 'attributes.1');
    await bad({ outcome: { questionId: 'comment' } }, 'outcome.questionId');
    await bad({ attributes: [{ questionId: 'overall' }, attributes[0]] }, 'attributes.0');
    await bad({ attributes: [attributes[0]] }, 'attributes');
  });

  it("answers 404 for another workspace's survey", async () => {
    const res = await post('drivers', {
      surveyId: otherSurveyId,
      outcome: { questionId: 'overall' },
      attributes,
    });
    expect(res.status).toBe(404);
  });
});
