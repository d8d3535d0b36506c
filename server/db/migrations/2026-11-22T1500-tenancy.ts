// Row-level security keyed on per-transaction settings. A request sets rapport.workspace_id with
// set_config(..., true) inside its transaction; system work (sign-in lookups, jobs, backup) sets
// rapport.scope = 'system'. With neither set, a tenant table shows nothing.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION rapport_visible(ws uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT current_setting('rapport.scope', true) = 'system'
          OR ws = nullif(current_setting('rapport.workspace_id', true), '')::uuid
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION rapport_visible(uuid)`.execute(db);
}
