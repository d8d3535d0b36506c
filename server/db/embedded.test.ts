// The embedded PostgreSQL under the real CLI: it outlives a `kill -9` of Rapport, the next start
// adopts it with the data intact, SIGTERM stops it, and a second process only borrows it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleIsStale } from '../console';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'rapport.js');
/** Bound on every wait; a start may build the console first. */
const WAIT = 180_000;
const USER = { email: 'kill9@example.com', password: 'correct horse battery' };

// `start` with the web role builds the console first and fails when it cannot be built; until the
// console's sources are in the tree, the HTTP checks cannot run.
const consoleAvailable = existsSync(path.join(ROOT, 'web', 'vite.config.ts')) || !(await consoleIsStale());

const children = new Set<ChildProcess>();
let dataDir: string;

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'PUBLIC_URL', 'PORT', 'DATA_DIR']) delete env[name];
  return env;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

function launch(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exit = new Promise<Exit>((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, exit, output: () => ({ stdout, stderr }) };
}

async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a CLI command to its end. */
async function rapport(...args: string[]) {
  const run = launch(args);
  const exit = await within(WAIT, `rapport ${args[0]}`, run.exit);
  return { ...exit, ...run.output() };
}

/** Starts `rapport start` and waits for its ready line. */
async function start(role: 'all' | 'web' | 'worker') {
  const run = launch(['start', '--port', '0', '--no-demo', '--role', role]);
  const ready = new Promise<string | null>((resolve, reject) => {
    const check = () => {
      const { stdout } = run.output();
      const web = /Rapport is ready at (http:\/\/\S+)\n/.exec(stdout);
      if (web) resolve(web[1]!);
      else if (stdout.includes('Rapport worker is running.\n')) resolve(null);
    };
    run.child.stdout!.on('data', check);
    void run.exit.then((e) =>
      reject(new Error(`rapport start exited (${e.code ?? e.signal}): ${run.output().stderr}`)),
    );
  });
  const url = await within(WAIT, 'the ready line', ready);
  return { ...run, url };
}

function postgresPid(): Promise<number | null> {
  return fs
    .readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')
    .then((text) => Number(text.split('\n')[0]) || null)
    .catch(() => null);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function until(what: string, test: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function signIn(url: string) {
  const res = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(USER),
  });
  return { status: res.status, body: (await res.json()) as { user?: { email: string } } };
}

async function healthz(url: string) {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-embedded-'));
  // The cluster runs as the `postgres` OS user when we are root: it must reach its directory.
  await fs.chmod(dataDir, 0o755);
  const made = await rapport('users:create', '--email', USER.email, '--password', USER.password);
  expect(made.code, made.stderr).toBe(0);
}, WAIT);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  const pid = dataDir ? await postgresPid() : null;
  if (pid && isAlive(pid)) {
    process.kill(pid, 'SIGINT'); // fast shutdown
    await until('PostgreSQL to stop', () => !isAlive(pid)).catch(() => {});
  }
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
}, WAIT);

describe('embedded PostgreSQL under `rapport start`', () => {
  it(
    'outlives kill -9; the next start adopts it with the data intact; SIGTERM stops it',
    async () => {
      const first = await start('worker');
      const pid = await postgresPid();
      expect(pid).toBeTruthy();

      first.child.kill('SIGKILL');
      expect(await within(WAIT, 'the kill', first.exit)).toEqual({ code: null, signal: 'SIGKILL' });
      // The daemon shuts down on its own terms, not with Rapport.
      expect(isAlive(pid!)).toBe(true);

      const second = await start('worker');
      expect(await postgresPid()).toBe(pid);
      // The user made before the kill is still there (the CLI shares the running cluster).
      const again = await rapport('users:create', '--email', USER.email, '--password', USER.password);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('Someone already uses that email address.');

      second.child.kill('SIGTERM');
      expect(await within(WAIT, 'SIGTERM', second.exit)).toEqual({ code: 0, signal: null });
      // pg_ctl stop -w returned once postmaster.pid was gone; the process ends a moment later.
      expect(await postgresPid()).toBeNull();
      await until('PostgreSQL to stop', () => !isAlive(pid!));
    },
    WAIT * 3,
  );

  it(
    'lets a second process share the database and leave it running when it exits',
    async () => {
      const owner = await start('worker');
      const pid = await postgresPid();
      const guest = await start('worker');
      expect(await postgresPid()).toBe(pid);

      guest.child.kill('SIGTERM');
      expect(await within(WAIT, 'the guest to stop', guest.exit)).toEqual({ code: 0, signal: null });
      expect(isAlive(pid!)).toBe(true);
      const made = await rapport(
        'users:create',
        '--email',
        'after-guest@example.com',
        '--password',
        USER.password,
      );
      expect(made.code, made.stderr).toBe(0);

      owner.child.kill('SIGTERM');
      expect(await within(WAIT, 'the owner to stop', owner.exit)).toEqual({ code: 0, signal: null });
      await until('PostgreSQL to stop', () => !isAlive(pid!));
    },
    WAIT * 3,
  );

  it(
    'hands the database to a process still using it when its owner exits first',
    async () => {
      const owner = await start('worker');
      const pid = await postgresPid();
      const heir = await start('worker');

      owner.child.kill('SIGTERM');
      expect(await within(WAIT, 'the owner to stop', owner.exit)).toEqual({ code: 0, signal: null });
      expect(isAlive(pid!)).toBe(true);
      const made = await rapport(
        'users:create',
        '--email',
        'after-owner@example.com',
        '--password',
        USER.password,
      );
      expect(made.code, made.stderr).toBe(0);

      heir.child.kill('SIGTERM');
      expect(await within(WAIT, 'the heir to stop', heir.exit)).toEqual({ code: 0, signal: null });
      await until('PostgreSQL to stop', () => !isAlive(pid!));
    },
    WAIT * 3,
  );

  it.skipIf(!consoleAvailable)(
    'serves /healthz and sign-in before and after a kill -9 (web role)',
    async () => {
      const first = await start('all');
      expect(await healthz(first.url!)).toEqual({ status: 200, body: { status: 'ok' } });
      expect((await signIn(first.url!)).status).toBe(200);
      first.child.kill('SIGKILL');
      await within(WAIT, 'the kill', first.exit);

      const second = await start('all');
      expect(second.url).toMatch(/^http:\/\/localhost:\d+$/);
      expect(await healthz(second.url!)).toEqual({ status: 200, body: { status: 'ok' } });
      const signedIn = await signIn(second.url!);
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user?.email).toBe(USER.email);

      const pid = await postgresPid();
      second.child.kill('SIGTERM');
      expect(await within(WAIT, 'SIGTERM', second.exit)).toEqual({ code: 0, signal: null });
      expect(await postgresPid()).toBeNull();
      await until('PostgreSQL to stop', () => !isAlive(pid!));
    },
    WAIT * 3,
  );
});
