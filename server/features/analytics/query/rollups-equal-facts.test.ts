// Rollups against the truth: random responses over days, stores, channels, waves and languages
// are rolled up (in batches, then more inserts, then a rebuild), and every breakdown read from the
// rollups must equal the same breakdown recomputed in plain code from the raw response rows — and
// the same query read from the facts.
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { computeMetric } from '../../../../common/analytics/compute';
import type { Dimension, MetricQueryInput } from '../../../../common/analytics/query';
import { metricQuerySchema } from '../../../../common/analytics/query';
import type { MetricAnswer } from '../../../../common/analytics/results';
import { tallyOf } from '../../../../common/analytics/tally';
import type { SurveyDefinition } from '../../../../common/survey/definition';
import { surveyDefinitionSchema } from '../../../../common/survey/definition';
import { inWorkspace } from '../../../db/database';
import { newId } from '../../../platform/ids';
import { generator } from '../../../platform/demo/seeded-random';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../../responses/test-survey';
import { rebuildRollups, rollUpWorkspace } from '../rollups/roll-up';
import { insertTestResponses, type TestResponse } from '../test-responses';
import { groupedTallies } from './grouped-tallies';
import { parseDimension } from './dimensions';
import { resolveMeasured } from './measured';
import { runMetricQuery } from './run-metric-query';
import { loadAnalyticsQuestions } from '../scope/questions';

const ctx = useTestApp();
const TZ = 'Asia/Shanghai';

const definition: SurveyDefinition = surveyDefinitionSchema.parse({
  defaultLanguage: 'en',
  languages: ['en', 'zh-CN'],
  pages: [
    {
      id: 'p1',
      questions: [
        { id: 'nps', type: 'nps', title: { en: 'Recommend?' } },
        { id: 'sat', type: 'csat', title: { en: 'Satisfied?' } },
        {
          id: 'grid',
          type: 'matrix',
          title: { en: 'Rate' },
          rows: [
            { id: 'staff', label: { en: 'Staff' } },
            { id: 'price', label: { en: 'Price' } },
          ],
          scale: [1, 2, 3, 4, 5].map((v) => ({ value: v, label: { en: String(v) } })),
        },
        { id: 'spend', type: 'number', title: { en: 'Spend' } },
        {
          id: 'visit',
          type: 'single_choice',
          title: { en: 'Visit' },
          options: [
            { id: 'dine', label: { en: 'Dine in' } },
            { id: 'take', label: { en: 'Takeaway' } },
          ],
        },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { en: 'Thanks' } }],
});

interface World {
  ws: string;
  survey: TestSurvey;
  stores: string[];
  regions: string[];
  brand: string;
  waves: string[];
  rows: (TestResponse & { completedAt: Date })[];
}
const world = {} as World;

function randomResponses(count: number, seed: number): (TestResponse & { completedAt: Date })[] {
  const rnd = generator(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const start = Date.parse('2026-01-01T00:00:00Z');
  return Array.from({ length: count }, () => {
    const answers: Record<string, unknown> = { nps: Math.floor(rnd() * 11) };
    if (rnd() < 0.8) answers.sat = 1 + Math.floor(rnd() * 5);
    if (rnd() < 0.7) answers.grid = { staff: 1 + Math.floor(rnd() * 5), price: 1 + Math.floor(rnd() * 5) };
    if (rnd() < 0.5) answers.spend = Math.round(rnd() * 20000) / 100;
    if (rnd() < 0.6) answers.visit = pick(['dine', 'take']);
    return {
      answers: answers as TestResponse['answers'],
      // Hours spread over 120 days, so some fall on a different day in Shanghai than in UTC.
      completedAt: new Date(start + Math.floor(rnd() * 120 * 24) * 3_600_000),
      locationId: rnd() < 0.1 ? null : pick(world.stores),
      channel: pick(['link', 'qr', 'email']),
      waveId: rnd() < 0.2 ? null : pick(world.waves),
      language: pick(['en', 'zh-CN']),
    };
  });
}

async function location(
  kind: 'brand' | 'region' | 'store' | 'online',
  name: string,
  parentId: string | null,
): Promise<string> {
  const id = newId();
  await inWorkspace(ctx.db, world.ws, (tx) =>
    tx
      .insertInto('locations')
      .values({ workspace_id: world.ws, id, parent_id: parentId, kind, name, code: name.toUpperCase() })
      .execute(),
  );
  return id;
}

beforeAll(async () => {
  const owner = await makeUser(ctx);
  world.ws = (await makeWorkspace(ctx, owner, 'Rollups')).id;
  await inWorkspace(ctx.db, world.ws, (tx) =>
    tx.updateTable('workspaces').set({ time_zone: TZ }).where('id', '=', world.ws).execute(),
  );
  world.brand = await location('brand', 'brand', null);
  world.regions = [
    await location('region', 'east', world.brand),
    await location('region', 'west', world.brand),
  ];
  world.stores = [
    await location('store', 's1', world.regions[0]!),
    await location('store', 's2', world.regions[0]!),
    await location('store', 's3', world.regions[1]!),
    await location('online', 'shop', world.brand),
  ];
  world.survey = await publishTestSurvey(ctx, world.ws, definition);
  world.waves = [];
  for (const number of [1, 2]) {
    const id = newId();
    await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .insertInto('survey_waves')
        .values({
          workspace_id: world.ws,
          id,
          survey_id: world.survey.surveyId,
          number,
          opens_at: new Date('2026-01-01'),
        })
        .execute(),
    );
    world.waves.push(id);
  }
  world.rows = randomResponses(700, 42);
  await insertTestResponses(ctx, world.survey, definition, world.rows);
  // Partial responses never count.
  await insertTestResponses(ctx, world.survey, definition, [{ answers: { nps: 0 }, status: 'partial' }]);
});

const shanghaiDay = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);

function periodStart(unit: 'day' | 'week' | 'month', day: string): string {
  if (unit === 'day') return day;
  if (unit === 'month') return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** The value of a row's dimension, computed from the raw response. */
function keyOf(row: World['rows'][number], dim: Dimension): string | null {
  const [kind, arg] = dim.split(':');
  if (kind === 'period') return periodStart(arg as 'day' | 'week' | 'month', shanghaiDay(row.completedAt));
  if (kind === 'channel') return row.channel ?? null;
  if (kind === 'language') return row.language ?? null;
  if (kind === 'wave') return row.waveId ?? null;
  if (kind === 'location' && !arg) return row.locationId ?? null;
  if (kind === 'location' && arg === 'region') {
    const i = world.stores.indexOf(row.locationId ?? '');
    return i < 0 ? null : i < 2 ? world.regions[0]! : i === 2 ? world.regions[1]! : null;
  }
  if (kind === 'answer') return (row.answers[arg!] as string | undefined) ?? null;
  throw new Error(`no key for ${dim}`);
}

function valueOf(row: World['rows'][number], questionId: string, item: string): number | undefined {
  const v = row.answers[questionId];
  if (v === undefined) return undefined;
  return item ? (v as Record<string, number>)[item] : (v as number);
}

/** The location is `ancestor` or below it. */
function within(ancestor: string, locationId: string | null): boolean {
  if (locationId === null) return false;
  if (ancestor === world.brand || ancestor === locationId) return true;
  return keyOf({ locationId } as World['rows'][number], 'location:region') === ancestor;
}

/** The answer recomputed from the raw rows: the expected groups and values. */
function expected(input: MetricQueryInput) {
  const q = metricQuerySchema.parse({ ...input, surveyId: world.survey.surveyId });
  const f = q.filters;
  const scale =
    q.metric.questionId === 'nps'
      ? { min: 0, max: 10 }
      : q.metric.questionId === 'spend'
        ? null
        : { min: 1, max: 5 };
  const rows = world.rows.filter((r) => {
    const day = shanghaiDay(r.completedAt);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    if (f.channels && !f.channels.includes(r.channel!)) return false;
    if (f.locationIds && !f.locationIds.some((l) => within(l, r.locationId ?? null))) return false;
    return true;
  });
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    const v = valueOf(r, q.metric.questionId!, q.metric.item);
    if (v === undefined) continue;
    const key = JSON.stringify(q.groupBy.map((d) => keyOf(r, d)));
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const metricOf = (values: number[]) => computeMetric(q.metric, [{ tally: tallyOf(values), scale }]);
  return {
    groups: new Map([...groups].map(([k, values]) => [k, metricOf(values)])),
    total: metricOf([...groups.values()].flat()),
  };
}

function expectMatches(answer: MetricAnswer, input: MetricQueryInput) {
  const want = expected(input);
  const groupBy = metricQuerySchema.parse({ ...input, surveyId: world.survey.surveyId }).groupBy;
  const wantGroups = groupBy.length ? want.groups : new Map<string, never>();
  const got = new Map(
    answer.rows.map((r) => [JSON.stringify(groupBy.map((d) => r.group[d] ?? null)), r.metric]),
  );
  expect([...got.keys()].sort()).toEqual([...wantGroups.keys()].sort());
  for (const [key, metric] of wantGroups) {
    const actual = got.get(key)!;
    expect(actual.n, key).toBe(metric.n);
    expect(actual.value, key).toBeCloseTo(metric.value!, 9);
    if (metric.se !== null) expect(actual.se, key).toBeCloseTo(metric.se, 9);
  }
  expect(answer.total.metric.n).toBe(want.total.n);
  if (want.total.value !== null) expect(answer.total.metric.value).toBeCloseTo(want.total.value, 9);
}

const QUERIES: MetricQueryInput[] = [
  { surveyId: '', metric: { kind: 'nps', questionId: 'nps' } },
  { surveyId: '', metric: { kind: 'nps', questionId: 'nps' }, groupBy: ['period:week', 'location'] },
  { surveyId: '', metric: { kind: 'csat', questionId: 'sat' }, groupBy: ['location:region'] },
  {
    surveyId: '',
    metric: { kind: 'mean', questionId: 'grid', item: 'price' },
    groupBy: ['period:month', 'channel'],
  },
  { surveyId: '', metric: { kind: 'top_box', questionId: 'grid', item: 'staff', box: 2 }, groupBy: ['wave'] },
  { surveyId: '', metric: { kind: 'mean', questionId: 'spend' }, groupBy: ['language'] },
  {
    surveyId: '',
    metric: { kind: 'nps', questionId: 'nps' },
    groupBy: ['period:day'],
    filters: { from: '2026-02-01', to: '2026-02-28', channels: ['qr', 'email'], locationIds: [] },
  },
  { surveyId: '', metric: { kind: 'csat', questionId: 'sat' }, groupBy: ['location'], filters: {} },
];

async function checkAll() {
  QUERIES[7]!.filters = { locationIds: [world.regions[0]!] };
  QUERIES[6]!.filters!.locationIds = [world.brand];
  for (const input of QUERIES) {
    const query = metricQuerySchema.parse({ ...input, surveyId: world.survey.surveyId });
    const answer = await inWorkspace(ctx.db, world.ws, (tx) => runMetricQuery(tx, world.ws, query));
    // Languages are not in the rollups: those queries read the facts, and must agree all the same.
    expect(answer.source).toBe(query.groupBy.includes('language') ? 'facts' : 'rollups');
    expectMatches(answer, input);
  }
}

describe('rollups', () => {
  it('equal the raw rows after the first roll-up, after more inserts, and after a rebuild', async () => {
    const first = await inWorkspace(ctx.db, world.ws, (tx) => rollUpWorkspace(tx, world.ws));
    expect(first).toBe(700);
    await checkAll();

    const more = randomResponses(300, 7);
    await insertTestResponses(ctx, world.survey, definition, more);
    world.rows.push(...more);
    expect(await inWorkspace(ctx.db, world.ws, (tx) => rollUpWorkspace(tx, world.ws))).toBe(300);
    // Nothing is counted twice: a second run finds nothing new.
    expect(await inWorkspace(ctx.db, world.ws, (tx) => rollUpWorkspace(tx, world.ws))).toBe(0);
    await checkAll();

    expect(await inWorkspace(ctx.db, world.ws, (tx) => rebuildRollups(tx, world.ws))).toBe(1000);
    await checkAll();
  });

  it('read the same tallies as the facts for every dimension', async () => {
    await inWorkspace(ctx.db, world.ws, (tx) => rollUpWorkspace(tx, world.ws));
    const questions = await inWorkspace(ctx.db, world.ws, (tx) =>
      loadAnalyticsQuestions(tx, world.ws, world.survey.surveyId),
    );
    const measured = resolveMeasured(
      metricQuerySchema.parse({
        surveyId: world.survey.surveyId,
        metric: { kind: 'mean', questionId: 'grid', item: 'staff' },
      }).metric,
      questions,
    );
    for (const dims of [
      ['period:week', 'location:region'],
      ['wave', 'channel'],
      ['location:store'],
      ['channel'],
    ] as Dimension[][]) {
      const parsed = dims.map(parseDimension);
      const read = (source: 'rollups' | 'facts') =>
        inWorkspace(ctx.db, world.ws, (tx) =>
          groupedTallies(tx, world.ws, world.survey.surveyId, measured, {}, parsed, source),
        );
      const sort = (gs: Awaited<ReturnType<typeof read>>) =>
        gs
          .map((g) => ({ keys: g.keys, counts: g.tallies[0]!.counts, n: g.tallies[0]!.n }))
          .sort((a, b) => (JSON.stringify(a.keys) < JSON.stringify(b.keys) ? -1 : 1));
      expect(sort(await read('rollups'))).toEqual(sort(await read('facts')));
    }
  });

  it('counts a response once even when two roll-ups run at the same time', async () => {
    const extra = randomResponses(50, 99);
    await insertTestResponses(ctx, world.survey, definition, extra);
    world.rows.push(...extra);
    const counts = await Promise.all(
      [1, 2].map(() => inWorkspace(ctx.db, world.ws, (tx) => rollUpWorkspace(tx, world.ws))),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(50);
    const { rows } = await inWorkspace(ctx.db, world.ws, (tx) =>
      sql<{ n: string }>`SELECT sum(n) AS n FROM response_rollups WHERE workspace_id = ${world.ws}
        AND question_id = ''`.execute(tx),
    );
    expect(Number(rows[0]!.n)).toBe(world.rows.length);
  });
});
