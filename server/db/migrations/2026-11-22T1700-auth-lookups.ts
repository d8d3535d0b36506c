// The two lookups made before a request's workspace is known — an API key by its hash, a person's
// role in a workspace — as functions that take the system scope for their one query and put the
// previous scope back. Each is one statement outside any transaction: one round trip per request
// instead of four, and the system scope reaches no further than these two narrow queries.
// (A `SET rapport.scope` clause on the function would be neater, but PostgreSQL allows it only to
// superusers for custom settings.)
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION rapport_api_key(hash text)
    RETURNS TABLE (id uuid, workspace_id uuid, role text, last_used_at timestamptz)
    LANGUAGE plpgsql AS $$
    DECLARE previous text := coalesce(current_setting('rapport.scope', true), '');
    BEGIN
      PERFORM set_config('rapport.scope', 'system', true);
      RETURN QUERY SELECT k.id, k.workspace_id, k.role, k.last_used_at FROM api_keys k
        WHERE k.key_hash = hash AND k.revoked_at IS NULL;
      PERFORM set_config('rapport.scope', previous, true);
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION rapport_member_role(ws uuid, person uuid) RETURNS text
    LANGUAGE plpgsql AS $$
    DECLARE previous text := coalesce(current_setting('rapport.scope', true), '');
    DECLARE found_role text;
    BEGIN
      PERFORM set_config('rapport.scope', 'system', true);
      SELECT m.role INTO found_role FROM memberships m WHERE m.workspace_id = ws AND m.user_id = person;
      PERFORM set_config('rapport.scope', previous, true);
      RETURN found_role;
    END $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION rapport_member_role(uuid, uuid), rapport_api_key(text)`.execute(db);
}
