// The Kysely handle and the two ways into it: as one workspace (the usual way; row-level security
// sees only that workspace) or as the system (sign-in lookups, jobs, backup). Both run one transaction.
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

// int8 (count(*)) as a JS number: our counts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export function createDb(url: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString: url, max });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Runs fn in a transaction that sees only workspaceId's rows. */
export function inWorkspace<T>(db: Db, workspaceId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('rapport.workspace_id', ${workspaceId}, true)`.execute(tx);
    return fn(tx);
  });
}

/** Runs fn in a transaction that sees every workspace. Use only where no workspace is known yet. */
export function asSystem<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('rapport.scope', 'system', true)`.execute(tx);
    return fn(tx);
  });
}
