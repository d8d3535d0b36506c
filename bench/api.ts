// Throughput of an authenticated API read: GET /api/v1/workspaces/:id/locations with an API key
// (key lookup, a workspace transaction with row-level security, the query, zod serialization).
// Baseline, in the same run: a bare Fastify server answering the same JSON from memory — the
// framework's floor on this machine, so the ratio is what Rapport's work costs.
import fs from 'node:fs/promises';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { machine, median, runCli, startRapport, stopRapport, tempDataDir, type BenchResult } from './lib';

const RUNS = 3;
const SECONDS = 8;
const CONNECTIONS = 10;

async function load(url: string, headers: Record<string, string>) {
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99 };
}

export async function benchApi(): Promise<BenchResult> {
  const dir = await tempDataDir('rapport-bench-api-');
  const server = await startRapport(['--data-dir', dir, '--role', 'web']);
  const key = (await runCli(['apikeys:create', '--workspace', 'demo', '--role', 'viewer', '--data-dir', dir]))
    .trim()
    .split('\n')
    .at(-1)!;
  const headers = { authorization: `Bearer ${key}` };
  const ws = await workspaceId(server.url, key);
  const same = (await (
    await fetch(`${server.url}/api/v1/workspaces/${ws}/locations`, { headers })
  ).json()) as unknown;

  const bare = Fastify();
  bare.get('/locations', async () => same);
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  const ours: { rps: number; p99: number }[] = [];
  const base: { rps: number; p99: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await load(`${server.url}/api/v1/workspaces/${ws}/locations`, headers));
    base.push(await load(`${bareUrl}/locations`, {}));
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
        metric: 'p99 latency of the same',
        unit: 'ms',
        ours: p99(ours),
        baseline: p99(base),
        baselineName: 'bare Fastify, same JSON from memory',
        ratio: Number((p99(ours) / Math.max(p99(base), 1)).toFixed(2)),
        runs: RUNS,
      },
    ],
    notes: 'Server and load generator share the 2 cores; the web process runs alone (--role web).',
  };
}

/** The key's workspace: GET /api/v1/workspaces lists exactly one for an API key. */
async function workspaceId(url: string, key: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/workspaces`, { headers: { authorization: `Bearer ${key}` } });
  const body = (await res.json()) as { items: { id: string }[] };
  return body.items[0]!.id;
}
