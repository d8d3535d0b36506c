// `npm run bench [-- name…]`: runs the named benchmarks (all by default), saves each result in
// bench/results/, rewrites docs/BENCHMARKS.md from every saved result, and ends with one JSON
// line of the figures.
import path from 'node:path';
import { benchApi } from './api';
import { benchDashboard } from './dashboard';
import { benchDistribution } from './distribution';
import { benchImport } from './import';
import { root, saveResult, type BenchResult } from './lib';
import { benchStartup } from './startup';
import { benchSurvey } from './survey';
import { writeBenchmarksDoc } from './write-doc';

const BENCHES: Record<string, () => Promise<BenchResult>> = {
  startup: benchStartup,
  api: benchApi,
  survey: benchSurvey,
  import: benchImport,
  dashboard: benchDashboard,
  distribution: benchDistribution,
};

const names = process.argv.slice(2).filter((a) => a !== '--');
const chosen = names.length ? names : Object.keys(BENCHES);
const unknown = chosen.filter((n) => !BENCHES[n]);
if (unknown.length) {
  process.stderr.write(
    `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHES).join(', ')}\n`,
  );
  process.exit(2);
}

const results: BenchResult[] = [];
for (const name of chosen) {
  process.stderr.write(`bench ${name}…\n`);
  const result = await BENCHES[name]!();
  await saveResult(result);
  results.push(result);
  for (const f of result.figures) {
    process.stderr.write(
      `  ${f.metric}: ${f.ours} ${f.unit} vs ${f.baseline} ${f.unit} (${f.baselineName}), ratio ${f.ratio}\n`,
    );
  }
}
await writeBenchmarksDoc(path.join(root, 'bench', 'results'), path.join(root, 'docs', 'BENCHMARKS.md'));
process.stdout.write(JSON.stringify(Object.fromEntries(results.map((r) => [r.name, r.figures]))) + '\n');
