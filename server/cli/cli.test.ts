// The `rapport` command line end to end, as an operator runs it: `node bin/rapport.js <command>` on
// a real data directory. After `migrate` has made the cluster, this file keeps it running so that
// each command adopts it instead of starting and stopping PostgreSQL again.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { appUrl } from '../db/connect';
import { asSystem, createDb, type Db } from '../db/database';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../db/embedded';
import { loadEnv } from '../env';
import { createMailer } from '../platform/mail/mailer';
import type { App } from '../platform/http/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'rapport.js');
const WAIT = 90_000;

const children = new Set<ChildProcess>();
let dataDir: string;
let restoreDir: string;
let files: string;

/** Runs `rapport …args --data-dir dir` to its end (bounded) and hands back what it printed. */
function rapport(args: string[], dir = dataDir) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'PUBLIC_URL', 'PORT', 'DATA_DIR']) delete env[name];
  const child = spawn(process.execPath, [BIN, ...args, '--data-dir', dir], { cwd: ROOT, env });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), WAIT);
    child.on('exit', (code) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

async function makeDir(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  await fs.chmod(dir, 0o755); // the cluster runs as the `postgres` OS user when we are root
  return dir;
}

/** Stops a cluster left running under dir (a failed test), by the pid in its postmaster.pid. */
async function stopLeftover(dir: string): Promise<void> {
  const text = await fs.readFile(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  if (!pid) return;
  try {
    process.kill(pid, 'SIGINT'); // fast shutdown
  } catch {
    return;
  }
  for (let i = 0; i < 300; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function readBackup(file: string) {
  return fs.readFile(file).then((bytes) => {
    const text = gunzipSync(bytes);
    const nl = text.indexOf(10);
    const { createdAt: _, ...manifest } = JSON.parse(text.subarray(0, nl).toString('utf8'));
    return { manifest, body: text.subarray(nl + 1) };
  });
}

beforeAll(async () => {
  [dataDir, restoreDir, files] = await Promise.all([
    makeDir('rapport-cli-'),
    makeDir('rapport-cli-restore-'),
    makeDir('rapport-cli-files-'),
  ]);
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of [dataDir, restoreDir, files]) {
    if (!dir) continue;
    await stopLeftover(dir);
    await fs.rm(dir, { recursive: true, force: true });
  }
}, WAIT);

describe('rapport CLI', () => {
  it(
    'migrate makes and migrates a fresh data directory, then stops its PostgreSQL',
    async () => {
      const run = await rapport(['migrate']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('Database is up to date.\n');
      await fs.access(path.join(dataDir, 'pg', 'PG_VERSION'));
      await expect(fs.access(path.join(dataDir, 'pg', 'postmaster.pid'))).rejects.toThrow();
    },
    WAIT,
  );

  it(
    'explains bad commands and arguments',
    async () => {
      // None of these reaches the database, so they can run side by side.
      const [unknown, option, noFile, missing] = await Promise.all([
        rapport(['frobnicate']),
        rapport(['seed', '--bogus']),
        rapport(['backup']),
        rapport(['restore', path.join(files, 'nothing.gz')]),
      ]);
      expect(unknown.code).toBe(2);
      expect(unknown.stdout).toContain('Usage: rapport <command>');
      expect(option.code).toBe(1);
      expect(option.stderr).toMatch(/Unknown option '--bogus'/);
      expect(noFile.code).toBe(1);
      expect(noFile.stderr).toContain('Usage: rapport backup FILE');
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('No such file');
    },
    WAIT,
  );

  describe('on a running database', () => {
    let cluster: EmbeddedCluster;
    let db: Db;

    beforeAll(async () => {
      // Started by this process: the commands below adopt it and leave it running.
      cluster = await startEmbeddedPostgres(dataDir);
      db = createDb(appUrl(cluster, cluster.password), 2);
    }, WAIT);

    afterAll(async () => {
      await db?.destroy();
      await cluster?.stop();
    }, WAIT);

    it(
      'seed makes the demo workspace once',
      async () => {
        const first = await rapport(['seed']);
        expect(first.code, first.stderr).toBe(0);
        expect(first.stdout).toMatch(
          /^Demo workspace created\. Sign in as demo@rapport\.localhost \/ \S+\n$/,
        );
        const second = await rapport(['seed']);
        expect(second.stdout).toContain('A workspace exists already');
        const demo = await db.selectFrom('workspaces').select('slug').execute();
        expect(demo).toEqual([{ slug: 'demo' }]);
      },
      WAIT,
    );

    it(
      'analytics:rebuild recounts the rollups from the responses',
      async () => {
        const responses = async () =>
          Number(
            (
              await asSystem(db, (tx) =>
                sql<{ n: string }>`SELECT
                  (SELECT count(*) FROM responses WHERE status = 'complete') -
                  coalesce((SELECT sum(n) FROM response_rollups WHERE question_id = ''), 0) AS n`.execute(tx),
              )
            ).rows[0]!.n,
          );
        await asSystem(db, (tx) => tx.deleteFrom('response_rollups').execute());
        expect(await responses()).toBeGreaterThan(0);
        const run = await rapport(['analytics:rebuild', '--workspace', 'demo']);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toMatch(
          /^demo: \d+ responses rolled up, \d+ text answers re-indexed in \d+ ms\n$/,
        );
        // Every complete response is counted once again.
        expect(await responses()).toBe(0);
        const unknown = await rapport(['analytics:rebuild', '--workspace', 'nope']);
        expect(unknown.code).toBe(1);
        expect(unknown.stderr).toContain('No workspace with slug nope');
      },
      WAIT,
    );

    it(
      'users:create makes a user, and says what is wrong',
      async () => {
        const made = await rapport([
          'users:create',
          '--email',
          'ops@example.com',
          '--password',
          'long password 1',
        ]);
        expect(made.code, made.stderr).toBe(0);
        expect(made.stdout).toMatch(/^Created ops@example\.com \([0-9a-f-]{36}\)\n$/);
        const generated = await rapport(['users:create', '--email', 'gen@example.com']);
        expect(generated.stdout).toMatch(/\nPassword: \S{12,}\n$/);

        const twice = await rapport([
          'users:create',
          '--email',
          'OPS@example.com',
          '--password',
          'long password 1',
        ]);
        expect(twice.code).toBe(1);
        expect(twice.stderr).toContain('Someone already uses that email address.');
        const noEmail = await rapport(['users:create', '--name', 'Nobody']);
        expect(noEmail.code).toBe(1);
        expect(noEmail.stderr).toContain('--email is required');
      },
      WAIT,
    );

    it(
      'apikeys:create prints a working key alone on its last line',
      async () => {
        const run = await rapport(['apikeys:create', '--workspace', 'demo', '--role', 'analyst']);
        expect(run.code, run.stderr).toBe(0);
        const key = run.stdout.trimEnd().split('\n').at(-1)!;
        expect(key).toMatch(/^rpk_[a-z0-9]{8}_\S+$/);

        const app: App = await buildApp({
          db,
          env: loadEnv({ DATA_DIR: dataDir }),
          mailer: createMailer(undefined, 'Rapport <test@localhost>'),
        });
        try {
          const address = await app.listen({ port: 0, host: '127.0.0.1' });
          const ws = await db
            .selectFrom('workspaces')
            .select('id')
            .where('slug', '=', 'demo')
            .executeTakeFirstOrThrow();
          const get = (bearer: string) =>
            fetch(`${address}/api/v1/workspaces/${ws.id}/locations`, {
              headers: { authorization: `Bearer ${bearer}` },
            });
          const ok = await get(key);
          expect(ok.status).toBe(200);
          expect(((await ok.json()) as { items: unknown[] }).items.length).toBe(10);
          expect((await get(`${key}x`)).status).toBe(401);
        } finally {
          await app.close();
        }

        const badRole = await rapport(['apikeys:create', '--workspace', 'demo', '--role', 'superuser']);
        expect(badRole.code).toBe(1);
        expect(badRole.stderr).toContain('--role must be one of owner, admin, analyst, agent, viewer');
        const noWorkspace = await rapport(['apikeys:create', '--role', 'analyst']);
        expect(noWorkspace.stderr).toContain('--workspace SLUG is required');
        const unknown = await rapport(['apikeys:create', '--workspace', 'nope', '--role', 'analyst']);
        expect(unknown.code).toBe(1);
        expect(unknown.stderr).toContain('No workspace with slug nope');
      },
      WAIT,
    );

    it(
      'backup, then restore into a fresh data directory, reproduces the data',
      async () => {
        const first = path.join(files, 'first.gz');
        const made = await rapport(['backup', first]);
        expect(made.code, made.stderr).toBe(0);
        expect(made.stdout).toMatch(
          /^Backed up \d+ tables, \d+ rows to .*first\.gz \([\d.]+ KiB\) in [\d.]+ s\.\n$/,
        );

        const restored = await rapport(['restore', first], restoreDir);
        expect(restored.code, restored.stderr).toBe(0);
        expect(restored.stdout).toMatch(/^Restored \d+ tables, \d+ rows from .*first\.gz in [\d.]+ s\.\n$/);
        const second = path.join(files, 'second.gz');
        const again = await rapport(['backup', second], restoreDir);
        expect(again.code, again.stderr).toBe(0);
        const [a, b] = await Promise.all([readBackup(first), readBackup(second)]);
        expect(b.manifest).toEqual(a.manifest);
        expect(b.body.equals(a.body)).toBe(true);

        const refused = await rapport(['restore', first], restoreDir);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('The database is not empty');
      },
      WAIT * 2,
    );
  });
});
