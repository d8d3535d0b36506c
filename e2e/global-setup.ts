// Starts one real Rapport (embedded PostgreSQL, demo workspace, built console) for the browser
// tests, hands its URL and demo sign-in to them, and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

export interface RapportServer {
  url: string;
  email: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    rapport: RapportServer;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const READY = /^Rapport is ready at (http:\/\/\S+)$/;
const DEMO = /^Demo sign-in: (\S+) \/ (\S+)$/;
const START_TIMEOUT_MS = 120_000;

/** Resolves once the server printed its URL and the demo sign-in; rejects if it exits first. */
function waitUntilReady(child: ChildProcess, output: string[]): Promise<RapportServer> {
  return new Promise((resolve, reject) => {
    let url: string | null = null;
    const timer = setTimeout(
      () => reject(new Error(`Rapport did not start in time:\n${output.join('\n')}`)),
      START_TIMEOUT_MS,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      output.push(line);
      const ready = READY.exec(line);
      if (ready) url = ready[1]!;
      const demo = url ? DEMO.exec(line) : null;
      if (url && demo) {
        clearTimeout(timer);
        resolve({ url, email: demo[1]!, password: demo[2]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Rapport exited (${code ?? signal}) before it was ready:\n${output.join('\n')}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rapport-e2e-'));
  // The embedded PostgreSQL runs as the `postgres` OS user when we are root: it must get in.
  await chmod(dataDir, 0o755);
  // WEBHOOKS_ALLOW_PRIVATE: the webhook test sends to this very server, on localhost. (NODE_ENV=test
  // from the runner is fine: `start` always makes a production build of the console.)
  const child = spawn(process.execPath, ['bin/rapport.js', 'start', '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', WEBHOOKS_ALLOW_PRIVATE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  try {
    project.provide('rapport', await waitUntilReady(child, output));
  } catch (e) {
    await stop(child);
    await rm(dataDir, { recursive: true, force: true });
    throw e;
  }
  return async () => {
    await stop(child);
    await rm(dataDir, { recursive: true, force: true });
  };
}
