// Restores a backup (backup.ts) into an empty Rapport database, all or nothing: one transaction that
// either commits every row or rolls back and leaves the database as it was.
//
// Row-level security: COPY FROM refuses a table whose policies apply to the current role, and our
// tenant tables FORCE their policies even on their owner, the role Rapport connects as. Inside the
// transaction we therefore switch FORCE off on those tables, load them, and switch it back on before
// COMMIT. ALTER TABLE is transactional and takes an ACCESS EXCLUSIVE lock held until the end, so no
// other session ever sees a table without FORCE, and a rollback restores it too. (Loading through
// INSERT … SELECT from a temporary table would pass the policies but write every row twice.)
// User triggers are disabled the same way, as pg_restore loads data before it creates triggers:
// restored rows are history, not new changes to react to.
//
// Foreign keys: the backup lists tables in dependency order (parents first), which this checks
// against the target's non-deferrable keys; SET CONSTRAINTS ALL DEFERRED lets the deferrable ones
// (self references such as the location tree) be checked once, at COMMIT.
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  BackupFormatError,
  SESSION_SETTINGS,
  readBackup,
  type BackupManifest,
  type BackupPart,
} from './backup-format';
import { ident, qualified, readSchema, type SchemaInfo, type TableInfo } from './schema-info';

export interface RestoreSummary {
  tables: number;
  rows: number;
  seconds: number;
}

const ENABLE: Record<string, string> = { O: 'ENABLE', A: 'ENABLE ALWAYS', R: 'ENABLE REPLICA' };

function checkSchema(manifest: BackupManifest, target: SchemaInfo): void {
  const made = manifest.migrations;
  const here = target.migrations;
  if (made.join('\n') !== here.join('\n')) {
    throw new Error(
      `This backup was made at schema version ${made.at(-1) ?? 'none'} (${made.length} migrations); ` +
        `this database is at ${here.at(-1) ?? 'none'} (${here.length} migrations). ` +
        'Restore it with the Rapport version that made it, then upgrade.',
    );
  }
  const tables = new Map(target.tables.map((t) => [t.name, t]));
  const position = new Map(manifest.tables.map((t, i) => [t.name, i]));
  for (const t of manifest.tables) {
    const table = tables.get(t.name);
    if (!table) throw new Error(`The backup has a table "${t.name}" that this database lacks.`);
    const missing = t.columns.filter((c) => !table.columns.includes(c));
    const extra = table.columns.filter((c) => !t.columns.includes(c));
    if (missing.length || extra.length) {
      throw new Error(
        `Table "${t.name}" differs from the backup's (columns ${[...missing, ...extra].join(', ')}).`,
      );
    }
  }
  for (const fk of target.foreignKeys) {
    if (fk.deferrable || fk.child === fk.parent) continue;
    if ((position.get(fk.parent) ?? -1) > (position.get(fk.child) ?? Infinity)) {
      throw new Error(`The backup loads "${fk.child}" before "${fk.parent}", which it references.`);
    }
  }
}

async function nonEmptyTables(client: pg.Client, tables: TableInfo[]): Promise<string[]> {
  if (!tables.length) return [];
  const probes = tables.map((t, i) => `SELECT ${i} AS i WHERE EXISTS (SELECT 1 FROM ${qualified(t.name)})`);
  const { rows } = await client.query<{ i: number }>(probes.join(' UNION ALL '));
  return rows.map((r) => tables[r.i]!.name);
}

/** Sets the tables up for loading; returns the statements that put them back as they were. */
async function prepareForLoad(client: pg.Client, tables: TableInfo[]): Promise<string[]> {
  const undo: string[] = [];
  for (const t of tables) {
    const name = qualified(t.name);
    if (t.forceRowSecurity) {
      await client.query(`ALTER TABLE ${name} NO FORCE ROW LEVEL SECURITY`);
      undo.push(`ALTER TABLE ${name} FORCE ROW LEVEL SECURITY`);
    }
    for (const trigger of t.triggers) {
      if (trigger.enabled === 'D') continue;
      await client.query(`ALTER TABLE ${name} DISABLE TRIGGER ${ident(trigger.name)}`);
      undo.push(`ALTER TABLE ${name} ${ENABLE[trigger.enabled] ?? 'ENABLE'} TRIGGER ${ident(trigger.name)}`);
    }
  }
  return undo;
}

/** The next table's rows from the file, as a source for COPY FROM STDIN. */
async function* tableRows(parts: AsyncIterator<BackupPart>, counted: { rows: number }) {
  for (;;) {
    const next = await parts.next();
    if (next.done) throw new BackupFormatError('The backup file ends inside a table.');
    if (next.value.kind === 'table-end') return;
    if (next.value.kind !== 'rows') throw new BackupFormatError('The backup is damaged.');
    counted.rows += next.value.rows;
    yield next.value.data;
  }
}

async function loadTables(client: pg.Client, manifest: BackupManifest, parts: AsyncIterator<BackupPart>) {
  const counts: Record<string, number> = {};
  for (const table of manifest.tables) {
    const next = await parts.next();
    if (next.done) throw new BackupFormatError('The backup file ends early.');
    if (next.value.kind !== 'table' || next.value.name !== table.name) {
      throw new BackupFormatError(`The backup is damaged: expected table "${table.name}".`);
    }
    const counted = { rows: 0 };
    const columns = table.columns.map(ident).join(', ');
    const copy = client.query(copyFrom(`COPY ${qualified(table.name)} (${columns}) FROM STDIN`));
    await pipeline(tableRows(parts, counted), copy);
    counts[table.name] = counted.rows;
  }
  const end = await parts.next();
  if (end.done || end.value.kind !== 'end') throw new BackupFormatError('The backup file ends early.');
  for (const table of manifest.tables) {
    if (end.value.trailer.rows[table.name] !== counts[table.name]) {
      throw new BackupFormatError(`The backup is damaged: table "${table.name}" has a wrong number of rows.`);
    }
  }
  const last = await parts.next();
  if (!last.done) throw new BackupFormatError('The backup is damaged: data after its end.');
  return counts;
}

/**
 * Restores `file` into the database at `url`, which must have the backup's schema version and no
 * rows. On any error nothing is changed.
 */
export async function restoreDatabase(url: string, file: string): Promise<RestoreSummary> {
  const started = performance.now();
  const parts = readBackup(file);
  const client = new pg.Client({ connectionString: url, application_name: 'rapport restore' });
  let connected = false;
  try {
    const first = await parts.next();
    if (first.done || first.value.kind !== 'manifest')
      throw new BackupFormatError('This is not a Rapport backup.');
    const manifest = first.value.manifest;

    await client.connect();
    connected = true;
    await client.query('BEGIN');
    await client.query(SESSION_SETTINGS);
    const target = await readSchema(client);
    checkSchema(manifest, target);
    const tables = target.tables;
    // Nobody writes while we check that the tables are empty and fill them.
    await client.query(
      `LOCK TABLE ${tables.map((t) => qualified(t.name)).join(', ')} IN ACCESS EXCLUSIVE MODE`,
    );
    const filled = await nonEmptyTables(client, tables);
    if (filled.length) {
      throw new Error(
        `The database is not empty (rows in ${filled.join(', ')}). ` +
          'Restore only into a new database: a fresh DATA_DIR, or an empty database with migrations applied.',
      );
    }
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    const loading = new Set(manifest.tables.map((t) => t.name));
    const undo = await prepareForLoad(
      client,
      tables.filter((t) => loading.has(t.name)),
    );
    const counts = await loadTables(client, manifest, parts);
    // Check the deferred keys now: ALTER TABLE refuses a table with pending trigger events.
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    for (const statement of undo) await client.query(statement);
    for (const s of manifest.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        qualified(s.name),
        s.lastValue,
        s.isCalled,
      ]);
    }
    await client.query('COMMIT');
    // Fresh statistics for the planner; autovacuum would get there, later.
    await client.query(`ANALYZE ${manifest.tables.map((t) => qualified(t.name)).join(', ')}`).catch(() => {});
    return {
      tables: manifest.tables.length,
      rows: Object.values(counts).reduce((a, b) => a + b, 0),
      seconds: (performance.now() - started) / 1000,
    };
  } catch (e) {
    if (connected) await client.query('ROLLBACK').catch(() => {});
    if ((e as { code?: string }).code === '42501') {
      throw new Error(
        `${(e as Error).message}: restore must connect as the role that owns Rapport's tables.`,
        { cause: e },
      );
    }
    throw e;
  } finally {
    await parts.return(undefined);
    await client.end().catch(() => {});
  }
}
