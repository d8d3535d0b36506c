import { sql, type Kysely } from 'kysely';
import { protectTenantTable } from '../tenant-table';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE webhooks (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      url text NOT NULL,
      description text NOT NULL DEFAULT '',
      secret text NOT NULL,
      event_types text[] NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    )`.execute(db);
  await protectTenantTable(db, 'webhooks');
  await sql`
    CREATE TABLE webhook_deliveries (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      webhook_id uuid NOT NULL,
      event_id uuid NOT NULL,
      event_type text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      last_status_code integer,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_attempt_at timestamptz,
      delivered_at timestamptz,
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, webhook_id) REFERENCES webhooks (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
      FOREIGN KEY (workspace_id, event_id) REFERENCES events (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (workspace_id, webhook_id, id DESC)`.execute(
    db,
  );
  await protectTenantTable(db, 'webhook_deliveries');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE webhook_deliveries, webhooks`.execute(db);
}
