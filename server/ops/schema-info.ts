// What backup and restore need to know about the `public` schema, read from the catalogs: tables and
// their columns, primary keys, foreign keys (for the load order), row-level security, triggers,
// sequences and the applied migrations.
import type pg from 'pg';

/** Kysely's bookkeeping: its rows travel in the manifest as the schema version, not as data. */
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

export interface TableInfo {
  oid: string;
  name: string;
  /** Columns in table order, without generated columns (COPY cannot write those). */
  columns: string[];
  primaryKey: string[];
  rowSecurity: boolean;
  forceRowSecurity: boolean;
  /** User triggers and their state in pg_trigger.tgenabled (O, A, R or D). */
  triggers: { name: string; enabled: string }[];
}

export interface ForeignKey {
  child: string;
  parent: string;
  deferrable: boolean;
}

export interface SchemaInfo {
  tables: TableInfo[];
  foreignKeys: ForeignKey[];
  sequences: string[];
  migrations: string[];
}

export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified(name: string): string {
  return `public.${ident(name)}`;
}

export async function readSchema(client: pg.Client): Promise<SchemaInfo> {
  const hasMigrations = await client.query<{ ok: boolean }>(
    `SELECT to_regclass('public.kysely_migration') IS NOT NULL AS ok`,
  );
  if (!hasMigrations.rows[0]?.ok) {
    throw new Error(
      'This database has no Rapport schema (no migrations applied). Run `rapport migrate` first.',
    );
  }
  const migrations = await client.query<{ name: string }>(
    `SELECT name FROM public.kysely_migration ORDER BY name COLLATE "C"`,
  );

  const tables = await client.query<{ oid: string; name: string; rls: boolean; force: boolean }>(
    `SELECT c.oid::text AS oid, c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS force
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname COLLATE "C"`,
  );
  const wanted = tables.rows.filter((t) => !MIGRATION_TABLES.has(t.name));
  const oids = wanted.map((t) => t.oid);

  const columns = await client.query<{ oid: string; name: string }>(
    `SELECT attrelid::text AS oid, attname AS name FROM pg_attribute
      WHERE attrelid = ANY($1::oid[]) AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attrelid, attnum`,
    [oids],
  );
  const primaryKeys = await client.query<{ oid: string; name: string }>(
    `SELECT i.indrelid::text AS oid, a.attname AS name
       FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indisprimary AND i.indrelid = ANY($1::oid[])
      ORDER BY i.indrelid, array_position(i.indkey::int2[], a.attnum)`,
    [oids],
  );
  const triggers = await client.query<{ oid: string; name: string; enabled: string }>(
    `SELECT tgrelid::text AS oid, tgname AS name, tgenabled AS enabled FROM pg_trigger
      WHERE NOT tgisinternal AND tgrelid = ANY($1::oid[]) ORDER BY tgname COLLATE "C"`,
    [oids],
  );
  const foreignKeys = await client.query<{ child: string; parent: string; deferrable: boolean }>(
    `SELECT conrelid::text AS child, confrelid::text AS parent, condeferrable AS deferrable
       FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::oid[]) AND confrelid = ANY($1::oid[])`,
    [oids],
  );
  const sequences = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname COLLATE "C"`,
  );

  const byOid = (rows: { oid: string; name: string }[], oid: string) =>
    rows.filter((r) => r.oid === oid).map((r) => r.name);
  const nameOf = new Map(wanted.map((t) => [t.oid, t.name]));
  return {
    tables: wanted.map((t) => ({
      oid: t.oid,
      name: t.name,
      columns: byOid(columns.rows, t.oid),
      primaryKey: byOid(primaryKeys.rows, t.oid),
      rowSecurity: t.rls,
      forceRowSecurity: t.force,
      triggers: triggers.rows.filter((r) => r.oid === t.oid).map(({ name, enabled }) => ({ name, enabled })),
    })),
    foreignKeys: foreignKeys.rows.map((fk) => ({
      child: nameOf.get(fk.child)!,
      parent: nameOf.get(fk.parent)!,
      deferrable: fk.deferrable,
    })),
    sequences: sequences.rows.map((s) => s.name),
    migrations: migrations.rows.map((m) => m.name),
  };
}

/**
 * Tables ordered so that every referenced table comes before the tables that reference it
 * (Kahn's algorithm, ties by name so the order is stable). Self references are left out: those
 * keys are deferrable and checked at commit. Tables caught in a cycle follow in name order.
 */
export function loadOrder(tables: string[], foreignKeys: ForeignKey[]): string[] {
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const fk of foreignKeys) {
    if (fk.child !== fk.parent) parents.get(fk.child)?.add(fk.parent);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  const sorted = [...tables].sort();
  for (;;) {
    const next = sorted.find((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)));
    if (!next) break;
    order.push(next);
    placed.add(next);
  }
  return [...order, ...sorted.filter((t) => !placed.has(t))];
}
