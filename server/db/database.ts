// The Kysely handle and the two ways into it: as one workspace (the usual way; row-level security
// sees only that workspace) or as the system (sign-in lookups, jobs, backup). Both run one transaction.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { UUID } from '../platform/ids';
import type { Database } from './schema';

export type Db = Kysely<Database>;
/** A Kysely bound to one connection inside an open transaction (see scoped()). */
export type Tx = Kysely<Database>;

// int8 (count(*)) as a JS number: our counts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export function createDb(url: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString: url, max });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * BEGIN and the scope setting go to the server as one simple-protocol message (one round trip
 * instead of two, on every request), which is why the value is spliced in: it is checked above to
 * be a UUID or the constant 'system', so nothing else can reach the SQL text.
 */
async function scoped<T>(db: Db, setting: string, value: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql.raw(`BEGIN; SELECT set_config('${setting}', '${value}', true)`).execute(conn);
    try {
      const result = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (e) {
      await sql`ROLLBACK`.execute(conn).catch(() => {});
      throw e;
    }
  });
}

/** Runs fn in a transaction that sees only workspaceId's rows. */
export function inWorkspace<T>(db: Db, workspaceId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!UUID.test(workspaceId)) throw new Error(`inWorkspace: not a workspace id: ${workspaceId}`);
  return scoped(db, 'rapport.workspace_id', workspaceId, fn);
}

/** Runs fn in a transaction that sees every workspace. Use only where no workspace is known yet. */
export function asSystem<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return scoped(db, 'rapport.scope', 'system', fn);
}
