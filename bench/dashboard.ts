// Dashboard latency on a large survey: 1,000,000 complete responses × 10 answers (NPS, CSAT and
// eight 5-point ratings) across 50 stores and two years, loaded with COPY into an embedded
// PostgreSQL, rolled up, then three dashboard calls timed through the real HTTP API of a
// `rapport start --role web` process (an API key, sequential requests): NPS by week × store, CSAT by
// store, wave against wave. Baseline, in the same run: DuckDB in memory, loaded from the same CSV
// rows, running the equivalent SQL on the raw rows (no rollups). Both answers are checked equal.
// BENCH_DASHBOARD_RESPONSES=100000 npm run bench -- dashboard   for a quick try (the committed
// result is 1M). BENCH_DASHBOARD_KEEP_DIR=1 keeps the data dir (to EXPLAIN the queries afterwards).
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pino } from 'pino';
import type { CompareAnswer, MetricAnswer } from '../common/analytics/results';
import { surveyDefinitionSchema, type SurveyDefinition } from '../common/survey/definition';
import { inWorkspace, type Db } from '../server/db/database';
import { loadEnv } from '../server/env';
import { rebuildRollups } from '../server/features/analytics/rollups/roll-up';
import { newId } from '../server/platform/ids';
import { createWorkspace } from '../server/platform/workspaces/create-workspace';
import { openRuntime } from '../server/runtime';
import { machine, median, runCli, startRapport, stopRapport, tempDataDir, type BenchResult } from './lib';

const RESPONSES = Number(process.env.BENCH_DASHBOARD_RESPONSES ?? 1_000_000);
const WARMUPS = 3;
const RUNS = 30;
const TIME_ZONE = 'Asia/Shanghai';
const SLUG = 'dashboard-bench';
const SEED = 20261122;
/** Two years of Shanghai calendar days; wave 1 is the first year, wave 2 the second. */
const START = Date.parse('2024-11-22T00:00:00+08:00');
const WAVE_2 = Date.parse('2025-11-22T00:00:00+08:00');
const END = Date.parse('2026-11-22T00:00:00+08:00');
const REGIONS = ['华东', '华南', '华北', '西南', '华中'];
const STORES_PER_REGION = 10;
const RATINGS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'];
const CHANNELS: [string, number][] = [
  ['link', 0.5],
  ['qr', 0.35],
  ['email', 0.15],
];
const LANGUAGES: [string, number][] = [
  ['zh-CN', 0.8],
  ['en', 0.2],
];
const DEVICES: [string, number][] = [
  ['mobile', 0.7],
  ['desktop', 0.25],
  ['tablet', 0.05],
];
const BATCH = 10_000;

const RESPONSE_COLUMNS = [
  'workspace_id',
  'id',
  'survey_id',
  'version',
  'wave_id',
  'session_hash',
  'status',
  'answers',
  'language',
  'channel',
  'location_id',
  'device_class',
  'ending',
  'started_at',
  'updated_at',
  'completed_at',
  'rolled_up',
];
/** item ('') and value_text (NULL) take their column defaults. */
const ANSWER_COLUMNS = [
  'workspace_id',
  'response_id',
  'question_id',
  'survey_id',
  'question_type',
  'value_num',
  'complete',
  'answered_at',
];

/** mulberry32: a small seeded PRNG, so every run generates the same rows. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const weighted = (r: number, options: [string, number][]): string => {
  let acc = 0;
  for (const [value, weight] of options) {
    acc += weight;
    if (r < acc) return value;
  }
  return options.at(-1)![0];
};
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** A UUIDv7-shaped id (as newId makes) from the completion time; `i` in the last group keeps it unique. */
function idAt(ms: number, i: number, random: () => number): string {
  const t = hex(ms, 12);
  const r = hex(Math.floor(random() * 0xfff), 3);
  const v = hex(0x8000 | Math.floor(random() * 0x3fff), 4);
  return `${t.slice(0, 8)}-${t.slice(8)}-7${r}-${v}-${hex(i, 12)}`;
}

const DEFINITION: SurveyDefinition = surveyDefinitionSchema.parse({
  defaultLanguage: 'zh-CN',
  languages: ['zh-CN', 'en'],
  pages: [
    {
      id: 'overall',
      questions: [
        {
          id: 'nps',
          type: 'nps',
          required: true,
          title: { 'zh-CN': '您向朋友推荐我们的可能性有多大？', en: 'How likely are you to recommend us?' },
        },
        {
          id: 'sat',
          type: 'csat',
          required: true,
          title: { 'zh-CN': '总体而言，您的满意度如何？', en: 'Overall, how satisfied were you?' },
        },
      ],
    },
    {
      id: 'details',
      questions: RATINGS.map((id, k) => ({
        id,
        type: 'rating',
        points: 5,
        required: true,
        title: { 'zh-CN': `细项 ${k + 1}`, en: `Aspect ${k + 1}` },
      })),
    },
  ],
  endings: [{ id: 'thanks', title: { 'zh-CN': '谢谢！', en: 'Thank you!' } }],
});

interface World {
  workspaceId: string;
  surveyId: string;
  waves: [string, string];
  stores: string[];
}

/** The workspace (Shanghai time), its 5 regions × 10 stores, the published survey and its two waves. */
async function makeWorld(db: Db): Promise<World> {
  const userId = newId();
  await db
    .insertInto('users')
    .values({ id: userId, email: `bench-${userId}@example.com`, name: 'Bench', password_hash: 'unused' })
    .execute();
  const ws = await createWorkspace(db, {
    name: 'Dashboard bench',
    slug: SLUG,
    defaultLanguage: 'zh-CN',
    timeZone: TIME_ZONE,
    currency: 'CNY',
    phoneCountry: 'CN',
    ownerUserId: userId,
  });
  const surveyId = newId();
  const waves: [string, string] = [newId(), newId()];
  const stores: string[] = [];
  await inWorkspace(db, ws.id, async (tx) => {
    const brand = await tx
      .selectFrom('locations')
      .select('id')
      .where('workspace_id', '=', ws.id)
      .where('kind', '=', 'brand')
      .executeTakeFirstOrThrow();
    for (const [r, name] of REGIONS.entries()) {
      const regionId = newId();
      await tx
        .insertInto('locations')
        .values({
          workspace_id: ws.id,
          id: regionId,
          parent_id: brand.id,
          kind: 'region',
          name: `${name}区`,
          code: `R${r + 1}`,
          position: r,
        })
        .execute();
      for (let s = 0; s < STORES_PER_REGION; s++) {
        const storeId = newId();
        stores.push(storeId);
        await tx
          .insertInto('locations')
          .values({
            workspace_id: ws.id,
            id: storeId,
            parent_id: regionId,
            kind: 'store',
            name: `${name}${String(s + 1).padStart(2, '0')}店`,
            code: `R${r + 1}S${s + 1}`,
            position: s,
          })
          .execute();
      }
    }
    await tx
      .insertInto('surveys')
      .values({
        workspace_id: ws.id,
        id: surveyId,
        key: `dash${surveyId.slice(-8)}`,
        name: '门店体验调查',
        status: 'published',
        draft: JSON.stringify(DEFINITION),
        draft_changed: false,
        latest_version: 1,
        settings: '{}',
        created_by: userId,
      })
      .execute();
    await tx
      .insertInto('survey_versions')
      .values({
        workspace_id: ws.id,
        survey_id: surveyId,
        version: 1,
        definition: JSON.stringify(DEFINITION),
        published_by: userId,
      })
      .execute();
    for (const [i, id] of waves.entries()) {
      await tx
        .insertInto('survey_waves')
        .values({
          workspace_id: ws.id,
          id,
          survey_id: surveyId,
          number: i + 1,
          name: i === 0 ? '第一年' : '第二年',
          opens_at: new Date(i === 0 ? START : WAVE_2),
          closes_at: new Date(i === 0 ? WAVE_2 : END),
        })
        .execute();
    }
  });
  return { workspaceId: ws.id, surveyId, waves, stores };
}

function write(out: WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(text, (e) => (e ? reject(e) : undefined));
    if (ok) resolve();
    else out.once('drain', resolve);
  });
}
const close = (out: WriteStream) =>
  new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));

/**
 * The two CSV files COPY and DuckDB both read: responses (completion times uniform over the two
 * years, written in time order as they would arrive) and their ten answers each. Each store has
 * its own level and wave 2 is a little better, so groups differ.
 */
async function writeCsvs(world: World, responsesFile: string, answersFile: string) {
  const random = prng(SEED);
  const times = new Float64Array(RESPONSES);
  for (let i = 0; i < RESPONSES; i++) times[i] = START + Math.floor(random() * (END - START));
  times.sort();
  const storeLevel = world.stores.map(() => (random() - 0.5) * 2.4);
  const normal = () => (random() + random() + random() + random() - 2) * Math.sqrt(3);

  const responses = createWriteStream(responsesFile);
  const answers = createWriteStream(answersFile);
  await write(responses, RESPONSE_COLUMNS.join(',') + '\n');
  await write(answers, ANSWER_COLUMNS.join(',') + '\n');
  const { workspaceId: ws, surveyId } = world;
  for (let start = 0; start < RESPONSES; start += BATCH) {
    const rLines: string[] = [];
    const aLines: string[] = [];
    for (let i = start; i < Math.min(RESPONSES, start + BATCH); i++) {
      const completed = times[i]!;
      const id = idAt(completed, i, random);
      const store = Math.floor(random() * world.stores.length);
      const wave = completed < WAVE_2 ? 0 : 1;
      const latent = storeLevel[store]! + (wave === 1 ? 0.35 : 0) + normal();
      const values: Record<string, number> = {
        nps: clamp(7.6 + 1.6 * latent, 0, 10),
        sat: clamp(3.7 + 0.7 * latent + 0.4 * normal(), 1, 5),
      };
      for (const q of RATINGS) values[q] = clamp(3.6 + 0.5 * latent + 0.7 * normal(), 1, 5);
      const at = new Date(completed).toISOString();
      const began = new Date(completed - 60_000 - Math.floor(random() * 540_000)).toISOString();
      const answersJson = JSON.stringify(values).replaceAll('"', '""');
      rLines.push(
        [
          ws,
          id,
          surveyId,
          1,
          world.waves[wave],
          hex(i, 64),
          'complete',
          `"${answersJson}"`,
          weighted(random(), LANGUAGES),
          weighted(random(), CHANNELS),
          world.stores[store],
          weighted(random(), DEVICES),
          'thanks',
          began,
          at,
          at,
          'false',
        ].join(','),
      );
      const prefix = `${ws},${id},`;
      const suffix = `,true,${at}`;
      aLines.push(`${prefix}nps,${surveyId},nps,${values.nps}${suffix}`);
      aLines.push(`${prefix}sat,${surveyId},csat,${values.sat}${suffix}`);
      for (const q of RATINGS) aLines.push(`${prefix}${q},${surveyId},rating,${values[q]}${suffix}`);
    }
    await write(responses, rLines.join('\n') + '\n');
    await write(answers, aLines.join('\n') + '\n');
  }
  await close(responses);
  await close(answers);
  return { bytes: (await fs.stat(responsesFile)).size + (await fs.stat(answersFile)).size };
}

/**
 * COPY as the cluster's superuser: COPY FROM refuses a table whose row-level security applies to
 * the role, and the app role is subject to it (FORCE) — restore.ts lifts FORCE in its transaction
 * for the same reason. Returns the seconds of each COPY.
 */
async function copyIn(superuserUrl: string, responsesFile: string, answersFile: string) {
  const client = new pg.Client(superuserUrl);
  await client.connect();
  try {
    const copy = async (table: string, columns: string[], file: string) => {
      const t0 = performance.now();
      await pipeline(
        createReadStream(file),
        client.query(
          copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER true)`),
        ),
      );
      return (performance.now() - t0) / 1000;
    };
    const responses = await copy('responses', RESPONSE_COLUMNS, responsesFile);
    const answers = await copy('response_answers', ANSWER_COLUMNS, answersFile);
    // What autovacuum does to freshly loaded tables sooner or later, done now so every run plans alike.
    const t0 = performance.now();
    await client.query('VACUUM ANALYZE responses, response_answers');
    const vacuum = (performance.now() - t0) / 1000;
    return { responses, answers, vacuum };
  } finally {
    await client.end();
  }
}

async function rollupStats(superuserUrl: string, workspaceId: string) {
  const client = new pg.Client(superuserUrl);
  await client.connect();
  try {
    await client.query('VACUUM ANALYZE response_rollups');
    const { rows } = await client.query<{ n: number; bytes: string }>(
      `SELECT count(*)::int AS n, pg_total_relation_size('response_rollups')::text AS bytes
       FROM response_rollups WHERE workspace_id = $1`,
      [workspaceId],
    );
    return { rows: rows[0]!.n, bytes: Number(rows[0]!.bytes) };
  } finally {
    await client.end();
  }
}

/** Nearest-rank 95th percentile. */
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1]!;

/** WARMUPS untimed calls, then RUNS timed ones, one at a time; every answer is checked. */
async function timeCalls<T>(call: () => Promise<T>, check: (answer: T) => void) {
  for (let i = 0; i < WARMUPS; i++) check(await call());
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const answer = await call();
    ms.push(performance.now() - t0);
    check(answer);
    last = answer;
  }
  return { median: median(ms), p95: p95(ms), last: last! };
}

const expect = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`dashboard bench: ${what}`);
};
const close9 = (a: number | null | undefined, b: number | null | undefined) =>
  a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) < 1e-9;

async function timeApi(url: string, key: string, world: World, waveCounts: [number, number]) {
  const base = `${url}/api/v1/workspaces/${world.workspaceId}/analytics`;
  // Timed: request, response and reading the body; parsing it (checks) is outside the clock.
  const post = (route: string, body: unknown) => async () => {
    const res = await fetch(`${base}/${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, text };
  };
  const parsed = <T>(r: { status: number; text: string }): T => {
    expect(r.status === 200, `HTTP ${r.status}: ${r.text.slice(0, 300)}`);
    return JSON.parse(r.text) as T;
  };
  const nps = { kind: 'nps', questionId: 'nps' };
  let trend: MetricAnswer | null = null;
  const trendTimes = await timeCalls(
    post('metric', { surveyId: world.surveyId, metric: nps, groupBy: ['period:week', 'location'] }),
    (r) => {
      const a = parsed<MetricAnswer>(r);
      expect(a.total.metric.n === RESPONSES, `NPS trend total n ${a.total.metric.n}`);
      expect(a.source === 'rollups', `NPS trend read ${a.source}`);
      expect(a.rows.length > world.stores.length * 100, `NPS trend has ${a.rows.length} rows`);
      trend = a;
    },
  );
  let byStore: MetricAnswer | null = null;
  const csatTimes = await timeCalls(
    post('metric', {
      surveyId: world.surveyId,
      metric: { kind: 'csat', questionId: 'sat' },
      groupBy: ['location'],
    }),
    (r) => {
      const a = parsed<MetricAnswer>(r);
      expect(a.total.metric.n === RESPONSES, `CSAT total n ${a.total.metric.n}`);
      expect(a.rows.length === world.stores.length, `CSAT has ${a.rows.length} stores`);
      byStore = a;
    },
  );
  let waves: CompareAnswer | null = null;
  const compareTimes = await timeCalls(
    post('compare', {
      surveyId: world.surveyId,
      metric: nps,
      compare: { kind: 'wave', a: world.waves[1], b: world.waves[0] },
    }),
    (r) => {
      const a = parsed<CompareAnswer>(r);
      expect(
        a.total.a.n === waveCounts[1] && a.total.b.n === waveCounts[0],
        `wave n ${a.total.a.n}/${a.total.b.n}, generated ${waveCounts[1]}/${waveCounts[0]}`,
      );
      expect(a.total.test !== null, 'wave comparison without a test');
      waves = a;
    },
  );
  return {
    trend: { ...trendTimes, answer: trend! as MetricAnswer },
    csat: { ...csatTimes, answer: byStore! as MetricAnswer },
    compare: { ...compareTimes, answer: waves! as CompareAnswer },
  };
}

/** The raw rows in DuckDB, in memory, typed as in PostgreSQL. */
async function loadDuckDb(conn: DuckDBConnection, responsesFile: string, answersFile: string) {
  const t0 = performance.now();
  await conn.run(`CREATE TABLE responses AS SELECT * FROM read_csv('${responsesFile}', header = true,
    columns = {workspace_id: 'UUID', id: 'UUID', survey_id: 'UUID', version: 'INTEGER', wave_id: 'UUID',
      session_hash: 'VARCHAR', status: 'VARCHAR', answers: 'VARCHAR', language: 'VARCHAR',
      channel: 'VARCHAR', location_id: 'UUID', device_class: 'VARCHAR', ending: 'VARCHAR',
      started_at: 'TIMESTAMPTZ', updated_at: 'TIMESTAMPTZ', completed_at: 'TIMESTAMPTZ',
      rolled_up: 'BOOLEAN'})`);
  await conn.run(`CREATE TABLE answers AS SELECT * FROM read_csv('${answersFile}', header = true,
    columns = {workspace_id: 'UUID', response_id: 'UUID', question_id: 'VARCHAR', survey_id: 'UUID',
      question_type: 'VARCHAR', value_num: 'DOUBLE', complete: 'BOOLEAN', answered_at: 'TIMESTAMPTZ'})`);
  const seconds = (performance.now() - t0) / 1000;
  const counts = (
    await conn.runAndReadAll(
      'SELECT (SELECT count(*) FROM responses) AS r, (SELECT count(*) FROM answers) AS a',
    )
  ).getRowObjectsJS()[0] as { r: bigint; a: bigint };
  expect(Number(counts.r) === RESPONSES && Number(counts.a) === RESPONSES * 10, 'DuckDB row counts');
  return seconds;
}

/** The same three questions on the raw rows: answers joined to their complete responses. */
function duckQueries(world: World) {
  const scope = `a.workspace_id = '${world.workspaceId}' AND a.survey_id = '${world.surveyId}'
    AND r.workspace_id = '${world.workspaceId}' AND r.status = 'complete'`;
  const from = 'answers a JOIN responses r ON r.workspace_id = a.workspace_id AND r.id = a.response_id';
  const npsParts = `count(*) AS n, count(*) FILTER (WHERE a.value_num >= 9) AS promoters,
    count(*) FILTER (WHERE a.value_num <= 6) AS detractors,
    100.0 * (count(*) FILTER (WHERE a.value_num >= 9) - count(*) FILTER (WHERE a.value_num <= 6)) / count(*) AS nps`;
  return {
    trend: `SELECT date_trunc('week', timezone('${TIME_ZONE}', r.completed_at)::date)::date::varchar AS week,
        r.location_id::varchar AS location, ${npsParts}
      FROM ${from} WHERE ${scope} AND a.question_id = 'nps' GROUP BY 1, 2 ORDER BY 1, 2`,
    csat: `SELECT r.location_id::varchar AS location, count(*) AS n,
        count(*) FILTER (WHERE a.value_num >= 4) AS satisfied,
        100.0 * count(*) FILTER (WHERE a.value_num >= 4) / count(*) AS csat, avg(a.value_num) AS mean
      FROM ${from} WHERE ${scope} AND a.question_id = 'sat' GROUP BY 1 ORDER BY 1`,
    compare: `SELECT r.wave_id::varchar AS wave, ${npsParts}
      FROM ${from} WHERE ${scope} AND a.question_id = 'nps' GROUP BY 1 ORDER BY 1`,
  };
}

type DuckRow = Record<string, unknown>;
const num = (x: unknown) => Number(x);

async function timeDuckDb(conn: DuckDBConnection, world: World) {
  const q = duckQueries(world);
  const run = (text: string) => async () => (await conn.runAndReadAll(text)).getRowObjectsJS() as DuckRow[];
  const total = (rows: DuckRow[]) => rows.reduce((s, r) => s + num(r.n), 0);
  const trend = await timeCalls(run(q.trend), (rows) => expect(total(rows) === RESPONSES, 'DuckDB trend n'));
  const csat = await timeCalls(run(q.csat), (rows) => expect(total(rows) === RESPONSES, 'DuckDB CSAT n'));
  const compare = await timeCalls(run(q.compare), (rows) =>
    expect(total(rows) === RESPONSES, 'DuckDB waves n'),
  );
  return { trend, csat, compare };
}

/** Every NPS group (week × store), every store's CSAT and the total, both waves' counts: equal. */
function checkEqual(
  api: Awaited<ReturnType<typeof timeApi>>,
  duck: Awaited<ReturnType<typeof timeDuckDb>>,
  world: World,
): string {
  const trend = new Map(
    api.trend.answer.rows.map((r) => [`${r.group['period:week']}|${r.group.location}`, r]),
  );
  expect(
    trend.size === duck.trend.last.length,
    `${trend.size} NPS groups vs DuckDB ${duck.trend.last.length}`,
  );
  for (const d of duck.trend.last) {
    const ours = trend.get(`${String(d.week)}|${String(d.location)}`);
    expect(!!ours, `no NPS group ${String(d.week)} ${String(d.location)}`);
    expect(
      ours!.metric.n === num(d.n) && close9(ours!.metric.value, num(d.nps)),
      `NPS ${String(d.week)} ${String(d.location)}: ${ours!.metric.value} (n ${ours!.metric.n}) vs ${num(d.nps)} (n ${num(d.n)})`,
    );
  }
  const stores = new Map(api.csat.answer.rows.map((r) => [r.group.location, r]));
  let satisfied = 0;
  for (const d of duck.csat.last) {
    const ours = stores.get(String(d.location));
    expect(
      !!ours && ours.metric.n === num(d.n) && close9(ours.metric.value, num(d.csat)),
      `CSAT of store ${String(d.location)}`,
    );
    expect(close9(ours!.metric.parts.mean, num(d.mean)), `CSAT mean of store ${String(d.location)}`);
    satisfied += num(d.satisfied);
  }
  expect(close9(api.csat.answer.total.metric.value, (100 * satisfied) / RESPONSES), 'total CSAT%');
  const wave = (id: string) => duck.compare.last.find((r) => r.wave === id)!;
  for (const [side, id] of [
    ['a', world.waves[1]],
    ['b', world.waves[0]],
  ] as const) {
    const ours = api.compare.answer.total[side];
    const d = wave(id);
    expect(
      ours.n === num(d.n) &&
        ours.parts.promoterCount === num(d.promoters) &&
        ours.parts.detractorCount === num(d.detractors) &&
        close9(ours.value, num(d.nps)),
      `NPS of wave ${id}`,
    );
  }
  return (
    `DuckDB's answers were checked equal to the API's: NPS and n of all ${trend.size} week × store groups, ` +
    `CSAT%, n and mean of all ${stores.size} stores and the total CSAT% ` +
    `(${api.csat.answer.total.metric.value!.toFixed(2)}%), and per wave n, promoters, detractors and NPS ` +
    `(wave 2 ${api.compare.answer.total.a.value!.toFixed(2)} vs wave 1 ` +
    `${api.compare.answer.total.b.value!.toFixed(2)}, ${api.compare.answer.total.test?.method} ` +
    `p ${pText(api.compare.answer.total.test?.p)}).`
  );
}

const pText = (p: number | undefined) =>
  p === undefined ? 'n/a' : p < 0.001 ? '< 0.001' : `= ${p.toPrecision(3)}`;
const round1 = (x: number) => Math.round(x * 10) / 10;
const secs = (x: number) => `${x.toFixed(1)} s`;

export async function benchDashboard(): Promise<BenchResult> {
  const started = performance.now();
  const dir = await tempDataDir('rapport-bench-dashboard-');
  const responsesFile = path.join(dir, 'responses.csv');
  const answersFile = path.join(dir, 'answers.csv');
  const keep = process.env.BENCH_DASHBOARD_KEEP_DIR === '1';
  const log = (line: string) => process.stderr.write(`  ${line}\n`);
  try {
    // 1. Data: generated, COPYed and rolled up in-process.
    const env = loadEnv({ DATA_DIR: dir, LOG_LEVEL: 'warn' });
    const runtime = await openRuntime(env, pino({ level: 'warn' }));
    let world: World;
    let timings: { generate: number; copy: Awaited<ReturnType<typeof copyIn>>; rollup: number };
    let bytes: number;
    let rollups: { rows: number; bytes: number };
    let rolledUp: number;
    try {
      world = await makeWorld(runtime.db);
      let t0 = performance.now();
      ({ bytes } = await writeCsvs(world, responsesFile, answersFile));
      const generate = (performance.now() - t0) / 1000;
      log(`generated ${RESPONSES} responses in ${secs(generate)}`);
      const superuserUrl = runtime.cluster!.url('rapport');
      const copy = await copyIn(superuserUrl, responsesFile, answersFile);
      log(`COPY ${secs(copy.responses)} + ${secs(copy.answers)}, VACUUM ANALYZE ${secs(copy.vacuum)}`);
      t0 = performance.now();
      rolledUp = await inWorkspace(runtime.db, world.workspaceId, (tx) =>
        rebuildRollups(tx, world.workspaceId),
      );
      const rollup = (performance.now() - t0) / 1000;
      expect(rolledUp === RESPONSES, `rebuild rolled up ${rolledUp}`);
      rollups = await rollupStats(superuserUrl, world.workspaceId);
      log(`rollups rebuilt in ${secs(rollup)}: ${rollups.rows} rows`);
      timings = { generate, copy, rollup };
    } finally {
      await runtime.close();
    }
    const waveCounts: [number, number] = [0, 0];
    {
      // The generator's own wave split, recomputed from the times alone (same PRNG, same order).
      const random = prng(SEED);
      for (let i = 0; i < RESPONSES; i++)
        waveCounts[START + Math.floor(random() * (END - START)) < WAVE_2 ? 0 : 1]++;
    }

    // 2. The API of a real `rapport start` on the same data dir (it adopts the database as it is).
    const load = [os.loadavg()[0]!];
    const server = await startRapport(['--data-dir', dir, '--role', 'web', '--no-demo']);
    let api: Awaited<ReturnType<typeof timeApi>>;
    try {
      const key = (
        await runCli(['apikeys:create', '--workspace', SLUG, '--role', 'viewer', '--data-dir', dir])
      )
        .trim()
        .split('\n')
        .at(-1)!;
      api = await timeApi(server.url, key, world, waveCounts);
    } finally {
      await stopRapport(server);
    }
    load.push(os.loadavg()[0]!);
    log(
      `API medians: trend ${round1(api.trend.median)} ms, CSAT ${round1(api.csat.median)} ms, compare ${round1(api.compare.median)} ms`,
    );

    // 3. DuckDB in memory on the same rows, while nothing else of ours runs.
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    let duckLoad: number;
    let duck: Awaited<ReturnType<typeof timeDuckDb>>;
    let threads: string;
    try {
      duckLoad = await loadDuckDb(conn, responsesFile, answersFile);
      threads = String(
        (await conn.runAndReadAll("SELECT current_setting('threads') AS t")).getRowObjectsJS()[0]!.t,
      );
      duck = await timeDuckDb(conn, world);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
    load.push(os.loadavg()[0]!);
    log(
      `DuckDB medians: trend ${round1(duck.trend.median)} ms, CSAT ${round1(duck.csat.median)} ms, compare ${round1(duck.compare.median)} ms`,
    );
    const checked = checkEqual(api, duck, world);
    const total = (performance.now() - started) / 1000;

    const baselineName = 'DuckDB in-memory scan of the same raw rows (same run)';
    const figure = (metric: string, ours: number, baseline: number) => ({
      metric,
      unit: 'ms',
      ours: round1(ours),
      baseline: round1(baseline),
      baselineName,
      ratio: Number((ours / baseline).toFixed(2)),
      runs: RUNS,
    });
    const calls = [
      ['NPS trend week×store', api.trend, duck.trend],
      ['CSAT by store', api.csat, duck.csat],
      ['NPS wave vs wave', api.compare, duck.compare],
    ] as const;
    const mib = (b: number) => Math.round(b / 2 ** 20);
    return {
      name: 'dashboard',
      command: 'npm run bench -- dashboard',
      date: new Date().toISOString(),
      machine: machine(),
      figures: calls.flatMap(([name, ours, base]) => [
        figure(`${name} median latency (lower is better)`, ours.median, base.median),
        figure(`${name} p95 latency (lower is better)`, ours.p95, base.p95),
      ]),
      notes:
        `${RESPONSES.toLocaleString('en')} complete responses × 10 answers (${(RESPONSES * 10).toLocaleString('en')} ` +
        `answer facts: nps, sat (csat), q1–q8 (5-point ratings)), generated from a seeded PRNG: completion ` +
        `times uniform over 2024-11-22 … 2026-11-21 (Asia/Shanghai workspace), 50 stores (5 regions × 10) ` +
        `with their own levels, wave 1 = year 1 and wave 2 = year 2 (${waveCounts[0]} / ${waveCounts[1]} ` +
        `responses), channels link/qr/email, languages zh-CN/en. Setup (not figures): CSV generation ` +
        `${secs(timings.generate)} (${mib(bytes)} MiB); COPY into responses ${secs(timings.copy.responses)} and ` +
        `response_answers ${secs(timings.copy.answers)} (with their indexes and foreign keys; as the cluster's ` +
        `superuser, since COPY FROM refuses tables whose row-level security applies to the app role), then ` +
        `VACUUM ANALYZE ${secs(timings.copy.vacuum)}; rollup rebuild (rebuildRollups, one transaction) ` +
        `${secs(timings.rollup)}, making ${rollups.rows.toLocaleString('en')} response_rollups rows ` +
        `(${mib(rollups.bytes)} MiB with indexes); DuckDB load of the same CSV files ${secs(duckLoad)}. ` +
        `Ours: a \`rapport start --role web --no-demo\` process on the same data dir (it adopted the loaded ` +
        `database), an API key (viewer), sequential fetch calls from this process, timed from request to ` +
        `the whole body read: POST …/analytics/metric (NPS by period:week × location; CSAT by location) and ` +
        `POST …/analytics/compare (NPS, wave 2 vs wave 1, with its z-test) — key lookup, workspace ` +
        `transaction, the rollup query, metric formulas, labels, JSON serialisation. Baseline: the ` +
        `equivalent SQL in DuckDB (@duckdb/node-api, in memory, ${threads} threads), joining the raw ` +
        `answers to their responses (ISO week of the Shanghai day, store), results read into JS; no HTTP. ` +
        `${WARMUPS} warm-up calls, then ${RUNS} timed, each answer checked (total n = ${RESPONSES.toLocaleString('en')}, ` +
        `wave bases as generated). ${checked} Node, PostgreSQL and DuckDB share 2 cores with other work on ` +
        `the machine (1-minute load average ${load.map((l) => l.toFixed(1)).join(', ')} before the API ` +
        `calls, after them and after DuckDB's). Whole run ${secs(total)}.`,
    };
  } finally {
    if (keep) process.stderr.write(`  kept the data dir ${dir}\n`);
    else await fs.rm(dir, { recursive: true, force: true });
  }
}
