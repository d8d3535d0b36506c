// SQL for customer imports: the import row, its rejects, and the set-based writes of one batch.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Tx } from '../../../db/database';
import type { CustomerImportsTable } from '../../../db/schema';
import type { CustomerWrite, IdentityWrite } from './plan-batch';

export type ImportRow = Selectable<CustomerImportsTable>;

export const insertImport = (tx: Tx, row: Insertable<CustomerImportsTable>) =>
  tx.insertInto('customer_imports').values(row).returningAll().executeTakeFirstOrThrow();

export function findImport(tx: Tx, workspaceId: string, id: string, opts: { lock?: boolean } = {}) {
  const q = tx
    .selectFrom('customer_imports')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  return (opts.lock ? q.forUpdate() : q).executeTakeFirst();
}

export const listImportsQuery = (tx: Tx, workspaceId: string) =>
  tx.selectFrom('customer_imports').selectAll().where('workspace_id', '=', workspaceId);

export const updateImport = (
  tx: Tx,
  workspaceId: string,
  id: string,
  changes: Updateable<CustomerImportsTable>,
) =>
  tx
    .updateTable('customer_imports')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

/** The custom fields, with their labels (a column may be named like either). */
export const fieldsWithLabels = (tx: Tx, workspaceId: string) =>
  tx
    .selectFrom('customer_fields')
    .select(['key', 'label', 'type', 'options'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .execute();

export const deleteRejects = (tx: Tx, workspaceId: string, importId: string) =>
  tx
    .deleteFrom('customer_import_rejects')
    .where('workspace_id', '=', workspaceId)
    .where('import_id', '=', importId)
    .execute();

export const IMPORT_TASK = 'customers.import';

/**
 * Enqueued in the transaction that marks the import queued. One queue per workspace: two imports
 * of one workspace run one after the other, never racing for the same identities.
 */
export async function enqueueImportJob(tx: Tx, workspaceId: string, importId: string): Promise<void> {
  await sql`SELECT graphile_worker.add_job(
    ${IMPORT_TASK},
    ${JSON.stringify({ workspaceId, importId })}::json,
    queue_name => ${`customer-imports:${workspaceId}`}::text,
    max_attempts => 3
  )`.execute(tx);
}

/** A page of rejects in row order, for the report. */
export const rejectsAfter = (
  tx: Tx,
  workspaceId: string,
  importId: string,
  afterRow: number,
  limit: number,
) =>
  tx
    .selectFrom('customer_import_rejects')
    .select(['row_number', 'code', 'field', 'message', 'raw'])
    .where('workspace_id', '=', workspaceId)
    .where('import_id', '=', importId)
    .where('row_number', '>', afterRow)
    .orderBy('row_number')
    .limit(limit)
    .execute();

/** Keys of rows that had more cells than the header (column_count rejects keep them all). */
export async function extraRawKeys(tx: Tx, workspaceId: string, importId: string): Promise<string[]> {
  const rows = await sql<{ key: string }>`
    SELECT DISTINCT jsonb_object_keys(raw) AS key FROM customer_import_rejects
    WHERE workspace_id = ${workspaceId} AND import_id = ${importId} AND code = 'column_count'`.execute(tx);
  return rows.rows.map((r) => r.key);
}

// ---- one batch ------------------------------------------------------------------------------

/** The import's status, locked until the batch commits: a cancel waits for it, then stops the next. */
export async function lockImportStatus(
  tx: Tx,
  workspaceId: string,
  importId: string,
): Promise<string | null> {
  const row = await findImport(tx, workspaceId, importId, { lock: true });
  return row?.status ?? null;
}

export const CLAIMS_TABLE = 'rapport_import_claims';

/** A dry run writes no identities; it remembers the ones it would have, per session, here. */
export async function createClaimsTable(tx: Tx): Promise<void> {
  await sql`CREATE TEMP TABLE IF NOT EXISTS ${sql.table(CLAIMS_TABLE)} (
    kind text NOT NULL, value text NOT NULL, customer_id uuid NOT NULL, PRIMARY KEY (kind, value)
  )`.execute(tx);
  await sql`TRUNCATE ${sql.table(CLAIMS_TABLE)}`.execute(tx);
}

export async function dropClaimsTable(tx: Tx): Promise<void> {
  await sql`DROP TABLE IF EXISTS pg_temp.${sql.table(CLAIMS_TABLE)}`.execute(tx);
}

/**
 * Who holds each of these identities now (and, in a dry run, who would have). One index probe per
 * identity: the LIMIT keeps the planner from joining by hashing the whole workspace's identities,
 * which it prefers for a large batch and which grows with every batch of a big import.
 */
export async function identityOwners(
  tx: Tx,
  workspaceId: string,
  identities: { kind: string; value: string }[],
  withClaims: boolean,
): Promise<{ kind: string; value: string; customer_id: string }[]> {
  if (!identities.length) return [];
  const kinds = identities.map((i) => i.kind);
  const values = identities.map((i) => i.value);
  const claims = withClaims
    ? sql`UNION ALL SELECT u.kind, u.value, c.customer_id
          FROM unnest(${kinds}::text[], ${values}::text[]) AS u(kind, value)
          CROSS JOIN LATERAL (SELECT customer_id FROM pg_temp.${sql.table(CLAIMS_TABLE)} c
            WHERE c.kind = u.kind AND c.value = u.value LIMIT 1) c`
    : sql``;
  const result = await sql<{ kind: string; value: string; customer_id: string }>`
    SELECT u.kind, u.value, i.customer_id
    FROM unnest(${kinds}::text[], ${values}::text[]) AS u(kind, value)
    CROSS JOIN LATERAL (SELECT customer_id FROM customer_identities i
      WHERE i.workspace_id = ${workspaceId} AND i.kind = u.kind AND i.value = u.value LIMIT 1) i
    ${claims}`.execute(tx);
  return result.rows;
}

export async function insertClaims(tx: Tx, identities: IdentityWrite[]): Promise<void> {
  if (!identities.length) return;
  await sql`INSERT INTO pg_temp.${sql.table(CLAIMS_TABLE)} (kind, value, customer_id)
    SELECT * FROM unnest(${identities.map((i) => i.kind)}::text[], ${identities.map((i) => i.value)}::text[],
      ${identities.map((i) => i.customerId)}::uuid[])
    ON CONFLICT DO NOTHING`.execute(tx);
}

/** consent as stored: {channel: {status, at, source}}. */
type ConsentRows = Record<string, { status: string; at: string; source: string }>;

const asRecord = (c: CustomerWrite, consent: ConsentRows) => ({
  id: c.id,
  name: c.name,
  attributes: c.attributes,
  tags: c.tags,
  language: c.language,
  time_zone: c.timeZone,
  preferred_channel: c.preferredChannel,
  consent,
});

const RECORD_COLUMNS = sql`r(id uuid, name text, attributes jsonb, tags text[], language text,
  time_zone text, preferred_channel text, consent jsonb)`;

export async function insertCustomers(
  tx: Tx,
  workspaceId: string,
  customers: CustomerWrite[],
  consentOf: (c: CustomerWrite) => ConsentRows,
): Promise<number> {
  if (!customers.length) return 0;
  const json = JSON.stringify(customers.map((c) => asRecord(c, consentOf(c))));
  const result = await sql<{ n: number }>`
    WITH ins AS (
      INSERT INTO customers (workspace_id, id, name, attributes, tags, language, time_zone, preferred_channel,
        consent)
      SELECT ${workspaceId}, r.id, coalesce(r.name, ''), r.attributes, coalesce(r.tags, '{}'), r.language,
        r.time_zone, r.preferred_channel, r.consent
      FROM json_to_recordset(${json}::json) AS ${RECORD_COLUMNS}
      RETURNING 1)
    SELECT count(*)::int AS n FROM ins`.execute(tx);
  return result.rows[0]!.n;
}

/**
 * The file's non-empty cells overwrite, the rest stay: a null column leaves the value alone,
 * attributes are merged key by key, and consent changes only for a channel whose status differs
 * (a repeated "yes" keeps the time and source of the first).
 */
export async function updateCustomers(
  tx: Tx,
  workspaceId: string,
  customers: CustomerWrite[],
  consentOf: (c: CustomerWrite) => ConsentRows,
): Promise<number> {
  if (!customers.length) return 0;
  const json = JSON.stringify(customers.map((c) => asRecord(c, consentOf(c))));
  const result = await sql<{ n: number }>`
    WITH upd AS (
      UPDATE customers AS c SET
        name = coalesce(r.name, c.name),
        attributes = c.attributes || r.attributes,
        tags = coalesce(r.tags, c.tags),
        language = coalesce(r.language, c.language),
        time_zone = coalesce(r.time_zone, c.time_zone),
        preferred_channel = coalesce(r.preferred_channel, c.preferred_channel),
        consent = c.consent || coalesce(
          (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(r.consent) AS e
           WHERE c.consent -> e.key ->> 'status' IS DISTINCT FROM e.value ->> 'status'),
          '{}'),
        updated_at = now()
      FROM json_to_recordset(${json}::json) AS ${RECORD_COLUMNS}
      WHERE c.workspace_id = ${workspaceId} AND c.id = r.id
      RETURNING 1)
    SELECT count(*)::int AS n FROM upd`.execute(tx);
  return result.rows[0]!.n;
}

/**
 * Adds identities no one held when the batch looked. A plain INSERT, not ON CONFLICT DO NOTHING
 * (which costs a fifth more per row): should a concurrent writer have taken one since, the unique
 * violation rolls the batch back and the caller plans it again.
 */
export async function insertIdentities(tx: Tx, workspaceId: string, input: IdentityWrite[]): Promise<void> {
  if (!input.length) return;
  // In key order, the primary key's pages are visited once each rather than at random.
  const identities = [...input].sort((a, b) =>
    a.kind === b.kind ? (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) : a.kind < b.kind ? -1 : 1,
  );
  await sql`
    INSERT INTO customer_identities (workspace_id, kind, value, customer_id, source)
    SELECT ${workspaceId}, u.kind, u.value, u.customer_id, 'import'
    FROM unnest(${identities.map((i) => i.kind)}::text[], ${identities.map((i) => i.value)}::text[],
      ${identities.map((i) => i.customerId)}::uuid[]) AS u(kind, value, customer_id)`.execute(tx);
}

export interface RejectRecord {
  row_number: number;
  code: string;
  field: string | null;
  message: string;
  raw: Record<string, string>;
}

export async function insertRejects(
  tx: Tx,
  workspaceId: string,
  importId: string,
  rejects: RejectRecord[],
): Promise<void> {
  if (!rejects.length) return;
  await sql`
    INSERT INTO customer_import_rejects (workspace_id, import_id, row_number, code, field, message, raw)
    SELECT ${workspaceId}, ${importId}, r.row_number, r.code, r.field, r.message, r.raw
    FROM json_to_recordset(${JSON.stringify(rejects)}::json)
      AS r(row_number integer, code text, field text, message text, raw jsonb)
    ON CONFLICT DO NOTHING`.execute(tx);
}

export const addProgress = (
  tx: Tx,
  workspaceId: string,
  importId: string,
  n: { processed: number; inserted: number; updated: number; rejected: number },
) =>
  tx
    .updateTable('customer_imports')
    .set((eb) => ({
      processed_rows: eb('processed_rows', '+', n.processed),
      inserted: eb('inserted', '+', n.inserted),
      updated: eb('updated', '+', n.updated),
      rejected: eb('rejected', '+', n.rejected),
    }))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', importId)
    .execute();
