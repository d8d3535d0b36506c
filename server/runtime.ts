// Opening Rapport's database for any command: pick or start the server, migrate, hand back a Db.
import type { Logger } from 'pino';
import { openDatabase } from './db/connect';
import { createDb, type Db } from './db/database';
import type { EmbeddedCluster } from './db/embedded';
import { migrate } from './db/migrate';
import type { Env } from './env';

export interface Runtime {
  db: Db;
  url: string;
  cluster?: EmbeddedCluster;
  close(): Promise<void>;
}

export async function openRuntime(env: Env, log: Logger, opts: { migrate?: boolean } = {}): Promise<Runtime> {
  const target = await openDatabase(env, (line) => log.debug({ postgres: line.trim() }));
  const db = createDb(target.url);
  try {
    if (opts.migrate !== false) {
      const applied = await migrate(db, target.url);
      if (applied.length) log.info({ applied }, 'migrations applied');
    }
  } catch (e) {
    await db.destroy();
    await target.cluster?.stop();
    throw e;
  }
  return {
    db,
    url: target.url,
    cluster: target.cluster,
    async close() {
      await db.destroy();
      await target.cluster?.stop();
    },
  };
}
