// Shared pieces of the benchmarks: running the real CLI, medians, and the results file that
// docs/BENCHMARKS.md is written from.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const rapportBin = path.join(root, 'bin', 'rapport.js');

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function tempDataDir(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  await fs.chmod(dir, 0o755); // the embedded PostgreSQL runs as the postgres OS user when we are root
  return dir;
}

export interface Started {
  child: ChildProcess;
  url: string;
  lines: string[];
  ms: number;
}

/** Runs `rapport start` and resolves when it prints its ready line. */
export function startRapport(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [rapportBin, 'start', '--port', '0', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        const m = /^Rapport is ready at (\S+)/.exec(line);
        if (m) setTimeout(() => resolve({ child, url: m[1]!, lines, ms: performance.now() - t0 }), 50);
      }
    });
    child.on('exit', (code) => reject(new Error(`rapport exited with ${code} before it was ready`)));
  });
}

export async function stopRapport(s: Started): Promise<void> {
  if (s.child.exitCode !== null) return;
  const exited = new Promise((resolve) => s.child.on('exit', resolve));
  s.child.kill('SIGTERM');
  await exited;
}

export function runCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [rapportBin, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`rapport ${args[0]} failed: ${out}`)),
    );
  });
}

export interface BenchResult {
  name: string;
  command: string;
  date: string;
  machine: string;
  /** Each figure: ours, the baseline measured in the same run, and what the baseline is. */
  figures: {
    metric: string;
    unit: string;
    ours: number;
    baseline: number;
    baselineName: string;
    ratio: number;
    runs: number;
  }[];
  notes?: string;
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export async function saveResult(result: BenchResult): Promise<void> {
  await fs.mkdir(path.join(root, 'bench', 'results'), { recursive: true });
  await fs.writeFile(
    path.join(root, 'bench', 'results', `${result.name}.json`),
    JSON.stringify(result, null, 2) + '\n',
  );
}

/** A benchmark's view of one workspace's API, through an API key. */
export interface Api {
  url: string;
  ws: string;
  headers: Record<string, string>;
}

/** One call to /api/v1/workspaces/:ws…; anything but 2xx throws with the answer. */
export async function api<T>(a: Api, method: string, route: string, body?: unknown): Promise<T> {
  const res = await fetch(`${a.url}/api/v1/workspaces/${a.ws}${route}`, {
    method,
    headers: { ...a.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The key's workspace: GET /api/v1/workspaces lists exactly one for an API key. */
export async function keyWorkspaceId(url: string, headers: Record<string, string>): Promise<string> {
  const res = await fetch(`${url}/api/v1/workspaces`, { headers });
  const body = (await res.json()) as { items: { id: string }[] };
  return body.items[0]!.id;
}
