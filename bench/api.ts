// Throughput of an authenticated API read: GET /api/v1/workspaces/:id/locations with an API key
// (key lookup, a workspace transaction with row-level security, the query, zod serialization).
// Baselines, in the same run: a bare Fastify server answering the same JSON from memory (the HTTP
// floor), and the same SQL statements sent straight through pg by 10 clients (the database floor).
import fs from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { sha256 } from '../server/platform/ids';
import {
  keyWorkspaceId,
  machine,
  median,
  runCli,
  startRapport,
  stopRapport,
  tempDataDir,
  type BenchResult,
} from './lib';

const RUNS = 3;
const SECONDS = 8;
const CONNECTIONS = 10;

async function load(url: string, headers: Record<string, string>) {
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99 };
}

/** What each API request asks of PostgreSQL, without HTTP or Rapport's code around it. */
async function databaseFloor(dataDir: string, key: string, workspaceId: string): Promise<number> {
  const password = (await fs.readFile(path.join(dataDir, 'pg-password'), 'utf8')).trim();
  const port = (await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[3];
  const pool = new pg.Pool({
    connectionString: `postgres://rapport:${password}@127.0.0.1:${port}/rapport`,
    max: CONNECTIONS,
  });
  let done = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        await pool.query('SELECT * FROM rapport_api_key($1)', [sha256(key)]);
        const c = await pool.connect();
        await c.query(`BEGIN; SELECT set_config('rapport.workspace_id', '${workspaceId}', true)`);
        await c.query('SELECT * FROM locations WHERE workspace_id = $1 ORDER BY position, name', [
          workspaceId,
        ]);
        await c.query('COMMIT');
        c.release();
        done++;
      }
    }),
  );
  await pool.end();
  return done / SECONDS;
}

export async function benchApi(): Promise<BenchResult> {
  const dir = await tempDataDir('rapport-bench-api-');
  const server = await startRapport(['--data-dir', dir, '--role', 'web']);
  const key = (await runCli(['apikeys:create', '--workspace', 'demo', '--role', 'viewer', '--data-dir', dir]))
    .trim()
    .split('\n')
    .at(-1)!;
  const headers = { authorization: `Bearer ${key}` };
  const ws = await keyWorkspaceId(server.url, { authorization: `Bearer ${key}` });
  const same = (await (
    await fetch(`${server.url}/api/v1/workspaces/${ws}/locations`, { headers })
  ).json()) as unknown;

  const bare = Fastify();
  bare.get('/locations', async () => same);
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  const ours: { rps: number; p99: number }[] = [];
  const base: { rps: number; p99: number }[] = [];
  const floor: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await load(`${server.url}/api/v1/workspaces/${ws}/locations`, headers));
    base.push(await load(`${bareUrl}/locations`, {}));
    floor.push(await databaseFloor(dir, key, ws));
  }
  await bare.close();
  await stopRapport(server);
  await fs.rm(dir, { recursive: true, force: true });
  const rps = (xs: typeof ours) => median(xs.map((x) => x.rps));
  const p99 = (xs: typeof ours) => median(xs.map((x) => x.p99));
  return {
    name: 'api',
    command: 'npm run bench -- api',
    date: new Date().toISOString(),
    machine: machine(),
    figures: [
      {
        metric: `GET locations with an API key, ${CONNECTIONS} connections, ${SECONDS} s`,
        unit: 'req/s',
        ours: Math.round(rps(ours)),
        baseline: Math.round(rps(base)),
        baselineName: 'bare Fastify, same JSON from memory',
        ratio: Number((rps(ours) / rps(base)).toFixed(2)),
        runs: RUNS,
      },
      {
        metric: 'the same, against its SQL alone (key lookup; BEGIN + scope; SELECT; COMMIT)',
        unit: 'req/s',
        ours: Math.round(rps(ours)),
        baseline: Math.round(median(floor)),
        baselineName: `the same statements straight through pg, ${CONNECTIONS} clients`,
        ratio: Number((rps(ours) / median(floor)).toFixed(2)),
        runs: RUNS,
      },
      {
        metric: 'p99 latency of the same',
        unit: 'ms',
        ours: p99(ours),
        baseline: p99(base),
        baselineName: 'bare Fastify, same JSON from memory',
        ratio: Number((p99(ours) / Math.max(p99(base), 1)).toFixed(2)),
        runs: RUNS,
      },
    ],
    notes:
      'Server, PostgreSQL and load generator share the 2 cores; the web process runs alone (--role web). ' +
      'Each request costs four statements (API key lookup, BEGIN with the workspace scope, the SELECT, COMMIT): ' +
      'the database floor bounds what any code could reach here.',
  };
}
