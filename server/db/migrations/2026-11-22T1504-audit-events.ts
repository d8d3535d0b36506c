import { sql, type Kysely } from 'kysely';
import { protectTenantTable } from '../tenant-table';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_log (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid,
      actor_api_key_id uuid,
      action text NOT NULL,
      target_type text,
      target_id text,
      ip text,
      details jsonb NOT NULL DEFAULT '{}',
      PRIMARY KEY (workspace_id, id)
    )`.execute(db);
  await protectTenantTable(db, 'audit_log');
  // The outbox: written in the same transaction as the change it describes.
  await sql`
    CREATE TABLE events (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      type text NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    )`.execute(db);
  await protectTenantTable(db, 'events');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE events, audit_log`.execute(db);
}
