// A consistent logical backup of every table in the `public` schema (see backup-format.ts for the
// file). One REPEATABLE READ transaction gives one snapshot for all tables; the system scope lets
// row-level security show every workspace's rows. Each table is streamed by COPY through gzip to
// FILE.partial, renamed to FILE only when complete: memory stays constant and a failed backup never
// leaves a truncated FILE. graphile-worker's queue (its own schema) is not included.
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { FORMAT, FORMAT_VERSION, SESSION_SETTINGS, type BackupManifest } from './backup-format';
import { ident, loadOrder, qualified, readSchema, type TableInfo } from './schema-info';
import { countLines, writeTo } from './streams';

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
  /** Size of the compressed file. */
  bytes: number;
  seconds: number;
}

function selectAll(table: TableInfo): string {
  const columns = table.columns.map(ident).join(', ');
  // Rows in primary-key order, so the same data always makes the same file.
  const order = table.primaryKey.length
    ? table.primaryKey.map(ident).join(', ')
    : `(${ident(table.name)}.*)::text`;
  return `SELECT ${columns} FROM ${qualified(table.name)} ORDER BY ${order}`;
}

async function fsyncPath(file: string): Promise<void> {
  const handle = await fs.open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Backs up the database at `url` to `file` (gzip). Replaces `file` only once the backup is whole. */
export async function backupDatabase(url: string, file: string): Promise<BackupSummary> {
  const started = performance.now();
  const partial = `${file}.partial`;
  const client = new pg.Client({ connectionString: url, application_name: 'rapport backup' });
  await client.connect();
  let gzip: Gzip | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    await client.query(SESSION_SETTINGS);
    const schema = await readSchema(client);
    const byName = new Map(schema.tables.map((t) => [t.name, t]));
    const tables = loadOrder([...byName.keys()], schema.foreignKeys).map((name) => byName.get(name)!);
    // As pg_dump does: no migration may change a table under us while we read it.
    if (tables.length) {
      await client.query(
        `LOCK TABLE ${tables.map((t) => qualified(t.name)).join(', ')} IN ACCESS SHARE MODE`,
      );
    }
    const sequences = [];
    for (const name of schema.sequences) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${qualified(name)}`,
      );
      sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
    }
    const server = await client.query<{ v: string }>('SELECT version() AS v');
    const manifest: BackupManifest = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      server: server.rows[0]!.v,
      migrations: schema.migrations,
      tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
      sequences,
    };

    gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
    written.catch(() => {}); // awaited below; a failure also surfaces through writeTo
    const counts: Record<string, number> = {};
    await writeTo(gzip, `${JSON.stringify(manifest)}\n`);
    for (const table of tables) {
      await writeTo(gzip, `@table ${table.name}\n`);
      let rows = 0;
      const copy = client.query(copyTo(`COPY (${selectAll(table)}) TO STDOUT`));
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        rows += countLines(chunk);
        await writeTo(gzip, chunk);
      }
      await writeTo(gzip, '\\.\n');
      counts[table.name] = rows;
    }
    await writeTo(gzip, `@end ${JSON.stringify({ rows: counts })}\n`);
    gzip.end();
    await written;
    await client.query('COMMIT');

    await fsyncPath(partial);
    await fs.rename(partial, file);
    await fsyncPath(path.dirname(file)).catch(() => {});
    const { size } = await fs.stat(file);
    return {
      file,
      tables: tables.length,
      rows: Object.values(counts).reduce((a, b) => a + b, 0),
      bytes: size,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (e) {
    if (gzip) {
      gzip.destroy();
      await fs.rm(partial, { force: true });
    }
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}
