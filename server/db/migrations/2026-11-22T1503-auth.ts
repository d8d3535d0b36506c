import { sql, type Kysely } from 'kysely';
import { protectTenantTable } from '../tenant-table';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Sessions belong to a person, not a workspace. id is the SHA-256 of the cookie's token.
  await sql`
    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      ip text,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX sessions_user ON sessions (user_id)`.execute(db);
  // Failed sign-ins per email address, for the temporary lockout.
  await sql`
    CREATE TABLE sign_in_failures (
      email text PRIMARY KEY,
      failures integer NOT NULL,
      first_failed_at timestamptz NOT NULL,
      locked_until timestamptz
    )`.execute(db);
  await sql`
    CREATE TABLE invitations (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      email text NOT NULL,
      role text NOT NULL CHECK (role IN ('owner', 'admin', 'analyst', 'agent', 'viewer')),
      token_hash text NOT NULL UNIQUE,
      invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      revoked_at timestamptz,
      PRIMARY KEY (workspace_id, id)
    )`.execute(db);
  await protectTenantTable(db, 'invitations');
  await sql`
    CREATE TABLE api_keys (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('owner', 'admin', 'analyst', 'agent', 'viewer')),
      prefix text NOT NULL,
      key_hash text NOT NULL UNIQUE,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      PRIMARY KEY (workspace_id, id)
    )`.execute(db);
  await protectTenantTable(db, 'api_keys');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE api_keys, invitations, sign_in_failures, sessions`.execute(db);
}
