// How long `rapport start` takes to print its ready line: first start on an empty data dir
// (initdb, migrations, demo workspace) and a later start on the same dir. Baseline: the same
// embedded PostgreSQL binaries alone (initdb + pg_ctl start; pg_ctl start), which Rapport cannot beat,
// so the ratio shows what Rapport adds on top of its database.
import fs from 'node:fs/promises';
import { startEmbeddedPostgres } from '../server/db/embedded';
import { machine, median, startRapport, stopRapport, tempDataDir, type BenchResult } from './lib';

const RUNS = 3;

async function timeBarePostgres(dir: string): Promise<number> {
  const t0 = performance.now();
  const cluster = await startEmbeddedPostgres(dir);
  const ms = performance.now() - t0;
  await cluster.stop();
  return ms;
}

export async function benchStartup(): Promise<BenchResult> {
  const cold: number[] = [];
  const warm: number[] = [];
  const coldPg: number[] = [];
  const warmPg: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = await tempDataDir('rapport-bench-');
    const first = await startRapport(['--data-dir', dir]);
    cold.push(first.ms);
    await stopRapport(first);
    const again = await startRapport(['--data-dir', dir]);
    warm.push(again.ms);
    await stopRapport(again);
    await fs.rm(dir, { recursive: true, force: true });

    const pgDir = await tempDataDir('rapport-bench-pg-');
    coldPg.push(await timeBarePostgres(pgDir));
    warmPg.push(await timeBarePostgres(pgDir));
    await fs.rm(pgDir, { recursive: true, force: true });
  }
  const fig = (metric: string, ours: number[], base: number[], baselineName: string) => ({
    metric,
    unit: 'ms',
    ours: Math.round(median(ours)),
    baseline: Math.round(median(base)),
    baselineName,
    ratio: Number((median(ours) / median(base)).toFixed(2)),
    runs: RUNS,
  });
  return {
    name: 'startup',
    command: 'npm run bench -- startup',
    date: new Date().toISOString(),
    machine: machine(),
    figures: [
      fig(
        'first start to ready line (empty data dir, console already built)',
        cold,
        coldPg,
        'embedded PostgreSQL initdb + start alone',
      ),
      fig('later start to ready line', warm, warmPg, 'embedded PostgreSQL start alone'),
    ],
  };
}
