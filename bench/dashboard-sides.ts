// The two sides the dashboard benchmark (bench/dashboard.ts) times: the API's three dashboard calls,
// and DuckDB's equivalent SQL on the same raw rows — each answer checked, and the two checked equal.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CompareAnswer, MetricAnswer } from '../common/analytics/results';
import { median } from './lib';

import { RESPONSES, RUNS, TIME_ZONE, WARMUPS, type World } from './dashboard-data';

/** Nearest-rank 95th percentile. */
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1]!;

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

export const expect = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`dashboard bench: ${what}`);
};
const close9 = (a: number | null | undefined, b: number | null | undefined) =>
  a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) < 1e-9;

export async function timeApi(url: string, key: string, world: World, waveCounts: [number, number]) {
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
export async function loadDuckDb(conn: DuckDBConnection, responsesFile: string, answersFile: string) {
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

export async function timeDuckDb(conn: DuckDBConnection, world: World) {
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
export function checkEqual(
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
