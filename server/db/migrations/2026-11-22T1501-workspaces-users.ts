import { sql, type Kysely } from 'kysely';
import { protectTenantTable } from '../tenant-table';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The tenant registry itself: no workspace_id to key on; reached only through memberships.
  await sql`
    CREATE TABLE workspaces (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      slug text NOT NULL UNIQUE,
      default_language text NOT NULL,
      time_zone text NOT NULL,
      currency char(3) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY,
      email text NOT NULL,
      name text NOT NULL,
      password_hash text NOT NULL,
      locale text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`.execute(db);
  await sql`
    CREATE TABLE memberships (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('owner', 'admin', 'analyst', 'agent', 'viewer')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, user_id)
    )`.execute(db);
  await sql`CREATE INDEX memberships_user ON memberships (user_id)`.execute(db);
  await protectTenantTable(db, 'memberships');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE memberships, users, workspaces`.execute(db);
}
