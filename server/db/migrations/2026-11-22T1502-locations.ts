import { sql, type Kysely } from 'kysely';
import { protectTenantTable } from '../tenant-table';

export async function up(db: Kysely<unknown>): Promise<void> {
  // brand → region → store, plus online channels. Foreign keys are deferrable so that a restore
  // can load a tree in any row order.
  await sql`
    CREATE TABLE locations (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      parent_id uuid,
      kind text NOT NULL CHECK (kind IN ('brand', 'region', 'store', 'online')),
      name text NOT NULL,
      code text NOT NULL,
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      UNIQUE (workspace_id, code),
      FOREIGN KEY (workspace_id, parent_id) REFERENCES locations (workspace_id, id)
        DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE INDEX locations_parent ON locations (workspace_id, parent_id)`.execute(db);
  await protectTenantTable(db, 'locations');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE locations`.execute(db);
}
