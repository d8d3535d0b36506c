// Customer 360 (M4): customers with typed attributes, their identities, orders and other
// touchpoints, merges, computed value (RFM, CLV, consumer type), saved segments and imports.
// Responses gain the customer they came from.
import { sql, type Kysely } from 'kysely';
import { protectTenantTable } from '../tenant-table';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Trigram indexes make "search by part of a name" an index scan on a million customers.
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  // The country a phone number without a +country code belongs to (ISO 3166-1 alpha-2).
  await sql`ALTER TABLE workspaces ADD COLUMN phone_country text CHECK (phone_country ~ '^[A-Z]{2}$')`.execute(
    db,
  );

  // The workspace's custom fields: a customer's `attributes` hold values keyed by `key`, checked
  // against `type` (and `options` for choices) on every write.
  await sql`
    CREATE TABLE customer_fields (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
      label text NOT NULL,
      type text NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean', 'choice')),
      options jsonb NOT NULL DEFAULT '[]',
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, key)
    )`.execute(db);
  await protectTenantTable(db, 'customer_fields');

  // consent: {"email": {"status": "granted" | "withdrawn", "at": iso, "source": "…"}, …} per channel.
  await sql`
    CREATE TABLE customers (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL DEFAULT '',
      attributes jsonb NOT NULL DEFAULT '{}',
      tags text[] NOT NULL DEFAULT '{}',
      language text,
      preferred_channel text,
      consent jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    )`.execute(db);
  await sql`CREATE INDEX customers_recent ON customers (workspace_id, id DESC)`.execute(db);
  await sql`CREATE INDEX customers_name ON customers USING gin (name gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX customers_tags ON customers USING gin (tags)`.execute(db);
  await protectTenantTable(db, 'customers');

  // value is normalised before it is stored (E.164 phones, lower-case emails): one identity, one
  // customer, per workspace.
  await sql`
    CREATE TABLE customer_identities (
      workspace_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('email', 'phone', 'wechat_openid', 'wechat_unionid', 'member_id', 'external_id')),
      value text NOT NULL,
      customer_id uuid NOT NULL,
      source text NOT NULL DEFAULT 'api',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, kind, value),
      FOREIGN KEY (workspace_id, customer_id) REFERENCES customers (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE INDEX customer_identities_customer ON customer_identities (workspace_id, customer_id)`.execute(
    db,
  );
  await sql`CREATE INDEX customer_identities_search ON customer_identities USING gin (value gin_trgm_ops)`.execute(
    db,
  );
  await protectTenantTable(db, 'customer_identities');

  // Purchases, idempotent by the shop's own order id. customer_id is null after an erase: the
  // amount still counts in totals, the person is gone.
  await sql`
    CREATE TABLE orders (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      external_id text NOT NULL,
      customer_id uuid,
      amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
      currency text NOT NULL,
      items jsonb NOT NULL DEFAULT '[]',
      location_id uuid,
      channel text,
      ordered_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      UNIQUE (workspace_id, external_id),
      FOREIGN KEY (workspace_id, customer_id) REFERENCES customers (workspace_id, id)
        ON DELETE SET NULL (customer_id) DEFERRABLE INITIALLY IMMEDIATE,
      FOREIGN KEY (workspace_id, location_id) REFERENCES locations (workspace_id, id)
        ON DELETE SET NULL (location_id) DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE INDEX orders_customer ON orders (workspace_id, customer_id, ordered_at DESC)`.execute(db);
  await protectTenantTable(db, 'orders');

  // Every other touchpoint: a store visit, a page view, a message, a call… `kind` is open-ended
  // (lower-case words); external_id makes a resend a no-op when the sender has one.
  await sql`
    CREATE TABLE customer_events (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      customer_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.]{0,39}$'),
      external_id text,
      occurred_at timestamptz NOT NULL,
      location_id uuid,
      channel text,
      properties jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, customer_id) REFERENCES customers (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
      FOREIGN KEY (workspace_id, location_id) REFERENCES locations (workspace_id, id)
        ON DELETE SET NULL (location_id) DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX customer_events_external ON customer_events (workspace_id, external_id)
    WHERE external_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX customer_events_customer ON customer_events (workspace_id, customer_id, occurred_at DESC)`.execute(
    db,
  );
  await protectTenantTable(db, 'customer_events');

  // One row per merge, kept on the surviving customer's timeline. source_name is the merged
  // customer's name at the time (erased with the survivor).
  await sql`
    CREATE TABLE customer_merges (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      source_id uuid NOT NULL,
      target_id uuid NOT NULL,
      source_name text NOT NULL DEFAULT '',
      moved jsonb NOT NULL DEFAULT '{}',
      merged_by uuid,
      merged_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, target_id) REFERENCES customers (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE INDEX customer_merges_target ON customer_merges (workspace_id, target_id)`.execute(db);
  await protectTenantTable(db, 'customer_merges');

  // Computed by the value job (nightly and on demand); `consumer_rule` names the rule that placed
  // the customer in its consumer type.
  await sql`
    CREATE TABLE customer_values (
      workspace_id uuid NOT NULL,
      customer_id uuid NOT NULL,
      recency_days integer,
      frequency integer NOT NULL DEFAULT 0,
      monetary numeric(14, 2) NOT NULL DEFAULT 0,
      r smallint CHECK (r BETWEEN 1 AND 5),
      f smallint CHECK (f BETWEEN 1 AND 5),
      m smallint CHECK (m BETWEEN 1 AND 5),
      rfm_segment text,
      clv numeric(14, 2) NOT NULL DEFAULT 0,
      consumer_type text CHECK (consumer_type IN ('loyal', 'purposeful', 'occasional', 'information_seeking')),
      consumer_rule text,
      computed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, customer_id),
      FOREIGN KEY (workspace_id, customer_id) REFERENCES customers (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await protectTenantTable(db, 'customer_values');

  // A saved segment: `definition` is common/customers/segments.ts's segmentDefinitionSchema.
  await sql`
    CREATE TABLE segments (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      definition jsonb NOT NULL,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    )`.execute(db);
  await protectTenantTable(db, 'segments');

  // An import: the uploaded file waits under DATA_DIR/imports until the job streams it in.
  await sql`
    CREATE TABLE customer_imports (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      file_name text NOT NULL,
      file_size bigint NOT NULL,
      format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
      encoding text,
      delimiter text,
      headers jsonb NOT NULL DEFAULT '[]',
      mapping jsonb,
      match_by text,
      dry_run boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'uploaded'
        CHECK (status IN ('uploaded', 'queued', 'running', 'done', 'failed', 'cancelled')),
      total_rows integer,
      processed_rows integer NOT NULL DEFAULT 0,
      inserted integer NOT NULL DEFAULT 0,
      updated integer NOT NULL DEFAULT 0,
      rejected integer NOT NULL DEFAULT 0,
      error text,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz,
      PRIMARY KEY (workspace_id, id)
    )`.execute(db);
  await protectTenantTable(db, 'customer_imports');

  // Every row an import refused, and why: the downloadable report. No row is dropped silently.
  await sql`
    CREATE TABLE customer_import_rejects (
      workspace_id uuid NOT NULL,
      import_id uuid NOT NULL,
      row_number integer NOT NULL,
      code text NOT NULL,
      field text,
      message text NOT NULL,
      raw jsonb NOT NULL,
      PRIMARY KEY (workspace_id, import_id, row_number),
      FOREIGN KEY (workspace_id, import_id) REFERENCES customer_imports (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await protectTenantTable(db, 'customer_import_rejects');

  // The customer a response came from (by a hidden identity field or, later, a personal link).
  // An erase sets it back to null and keeps the response for statistics.
  await sql`ALTER TABLE responses ADD COLUMN customer_id uuid`.execute(db);
  await sql`
    ALTER TABLE responses ADD FOREIGN KEY (workspace_id, customer_id) REFERENCES customers (workspace_id, id)
      ON DELETE SET NULL (customer_id) DEFERRABLE INITIALLY IMMEDIATE`.execute(db);
  await sql`CREATE INDEX responses_customer ON responses (workspace_id, customer_id) WHERE customer_id IS NOT NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX responses_customer`.execute(db);
  await sql`ALTER TABLE responses DROP COLUMN customer_id`.execute(db);
  await sql`
    DROP TABLE customer_import_rejects, customer_imports, segments, customer_values, customer_merges,
      customer_events, orders, customer_identities, customers, customer_fields`.execute(db);
  await sql`ALTER TABLE workspaces DROP COLUMN phone_country`.execute(db);
}
