// Dashboard latency on a large survey: 1,000,000 complete responses × 10 answers (NPS, CSAT and
// eight 5-point ratings) across 50 stores and two years, loaded with COPY into an embedded
// PostgreSQL, rolled up, then three dashboard calls timed through the real HTTP API of a
// `rapport start --role web` process (an API key, sequential requests): NPS by week × store, CSAT by
// store, wave against wave. Baseline, in the same run: DuckDB in memory, loaded from the same CSV
// rows, running the equivalent SQL on the raw rows (no rollups). Both answers are checked equal.
// BENCH_DASHBOARD_RESPONSES=100000 npm run bench -- dashboard   for a quick try (the committed
// result is 1M). BENCH_DASHBOARD_KEEP_DIR=1 keeps the data dir (to EXPLAIN the queries afterwards).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { pino } from 'pino';
import { inWorkspace } from '../server/db/database';
import { loadEnv } from '../server/env';
import { rebuildRollups } from '../server/features/analytics/rollups/roll-up';
import { generator } from '../server/platform/demo/seeded-random';
import { openRuntime } from '../server/runtime';
import { machine, runCli, startRapport, stopRapport, tempDataDir, type BenchResult } from './lib';

import {
  END,
  RESPONSES,
  RUNS,
  SEED,
  SLUG,
  START,
  WARMUPS,
  WAVE_2,
  type World,
  copyIn,
  makeWorld,
  rollupStats,
  writeCsvs,
} from './dashboard-data';
import { checkEqual, expect, loadDuckDb, timeApi, timeDuckDb } from './dashboard-sides';

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
      const random = generator(SEED);
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
