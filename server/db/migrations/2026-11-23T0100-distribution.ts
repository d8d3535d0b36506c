// Distribution and collection (M2): the ways a survey reaches people (distributions), personal
// invitations by email, SMS or WeChat with their tracking, the unsubscribe list, the workspace's
// contact rules (frequency cap, quiet hours, send rate), message providers, the website widget's
// cooldown, and which distribution and invitation each response came through.
import { sql, type Kysely } from 'kysely';
import { protectTenantTable } from '../tenant-table';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One way a survey reaches people, tracked on its own. `code` is its public short id (in /d/:code,
  // /k/:code and ?d=), unique across workspaces like a survey's key. `token_secret` derives each
  // invitation's token (HMAC of the invitation id), so a reminder can carry the same link while
  // only the token's SHA-256 is stored for lookup.
  await sql`
    CREATE TABLE distributions (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      survey_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('link', 'qr', 'embed', 'email', 'sms', 'wechat', 'widget', 'kiosk')),
      name text NOT NULL,
      code text NOT NULL UNIQUE,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'archived')),
      location_id uuid,
      settings jsonb NOT NULL DEFAULT '{}',
      token_secret text NOT NULL,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
      FOREIGN KEY (workspace_id, location_id) REFERENCES locations (workspace_id, id)
        ON DELETE SET NULL (location_id) DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE INDEX distributions_survey ON distributions (workspace_id, survey_id, id DESC)`.execute(
    db,
  );
  await protectTenantTable(db, 'distributions');

  // One personal send. It waits as 'scheduled' until send_after (a scheduled send, quiet hours),
  // then the send job marks it sent, failed, bounced or skipped (unsubscribed, no consent, the
  // frequency cap). The tracking times are set once, by the first event of each kind.
  // source_ref makes an automatic trigger invite once per order.
  await sql`
    CREATE TABLE survey_invitations (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      distribution_id uuid NOT NULL,
      survey_id uuid NOT NULL,
      customer_id uuid,
      channel text NOT NULL CHECK (channel IN ('email', 'sms', 'wechat')),
      address text NOT NULL,
      name text NOT NULL DEFAULT '',
      language text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      source text NOT NULL DEFAULT 'list',
      source_ref text,
      status text NOT NULL DEFAULT 'scheduled'
        CHECK (status IN ('scheduled', 'sent', 'failed', 'bounced', 'skipped', 'cancelled')),
      skip_reason text,
      send_after timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      error text,
      provider_message_id text,
      sent_at timestamptz,
      delivered_at timestamptz,
      opened_at timestamptz,
      started_at timestamptz,
      completed_at timestamptz,
      bounced_at timestamptz,
      unsubscribed_at timestamptz,
      reminders_sent integer NOT NULL DEFAULT 0,
      last_reminder_at timestamptz,
      response_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      UNIQUE (workspace_id, distribution_id, source_ref),
      FOREIGN KEY (workspace_id, distribution_id) REFERENCES distributions (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
      FOREIGN KEY (workspace_id, customer_id) REFERENCES customers (workspace_id, id)
        ON DELETE SET NULL (customer_id) DEFERRABLE INITIALLY IMMEDIATE,
      FOREIGN KEY (workspace_id, response_id) REFERENCES responses (workspace_id, id)
        ON DELETE SET NULL (response_id) DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE INDEX survey_invitations_distribution ON survey_invitations (workspace_id, distribution_id, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX survey_invitations_due ON survey_invitations (send_after) WHERE status = 'scheduled'`.execute(
    db,
  );
  // The frequency cap asks "when was this person last invited?" by customer and by address.
  await sql`CREATE INDEX survey_invitations_customer ON survey_invitations (workspace_id, customer_id, sent_at DESC)
    WHERE customer_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX survey_invitations_address ON survey_invitations (workspace_id, channel, address, sent_at DESC)`.execute(
    db,
  );
  // The send rate counts a workspace's emails (invitations and reminders) sent in the last minute.
  await sql`CREATE INDEX survey_invitations_sent ON survey_invitations (workspace_id, channel, sent_at DESC)
    WHERE sent_at IS NOT NULL`.execute(db);
  await sql`CREATE INDEX survey_invitations_reminded ON survey_invitations (workspace_id, channel, last_reminder_at DESC)
    WHERE last_reminder_at IS NOT NULL`.execute(db);
  await protectTenantTable(db, 'survey_invitations');

  // Who asked not to be contacted on a channel, by address: honoured by every later send, whether or
  // not the address belongs to a known customer.
  await sql`
    CREATE TABLE unsubscribes (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      channel text NOT NULL CHECK (channel IN ('email', 'sms', 'wechat')),
      address text NOT NULL,
      invitation_id uuid,
      source text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, channel, address)
    )`.execute(db);
  await protectTenantTable(db, 'unsubscribes');

  // The workspace's rules for contacting people: at most one invitation per frequency_cap_days
  // (NULL: no cap) across all surveys, no sends in quiet hours (minutes after local midnight in
  // the customer's time zone, else the workspace's), and the email send rate.
  await sql`
    CREATE TABLE contact_rules (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
      frequency_cap_days integer CHECK (frequency_cap_days BETWEEN 1 AND 365),
      quiet_hours boolean NOT NULL DEFAULT true,
      quiet_start integer NOT NULL DEFAULT 1260 CHECK (quiet_start BETWEEN 0 AND 1439),
      quiet_end integer NOT NULL DEFAULT 540 CHECK (quiet_end BETWEEN 0 AND 1439),
      emails_per_minute integer NOT NULL DEFAULT 120 CHECK (emails_per_minute BETWEEN 1 AND 100000),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await protectTenantTable(db, 'contact_rules');

  // The SMS and WeChat provider of a workspace: the adapter, its settings and its secrets (never
  // sent back by the API, never logged).
  await sql`
    CREATE TABLE message_providers (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      channel text NOT NULL CHECK (channel IN ('sms', 'wechat')),
      adapter text NOT NULL,
      config jsonb NOT NULL DEFAULT '{}',
      secrets jsonb NOT NULL DEFAULT '{}',
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, channel)
    )`.execute(db);
  await protectTenantTable(db, 'message_providers');

  // Counts per distribution and day that no response records: link and QR opens, widget shows.
  await sql`
    CREATE TABLE distribution_daily (
      workspace_id uuid NOT NULL,
      distribution_id uuid NOT NULL,
      day date NOT NULL,
      opened bigint NOT NULL DEFAULT 0,
      shown bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (workspace_id, distribution_id, day),
      FOREIGN KEY (workspace_id, distribution_id) REFERENCES distributions (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await protectTenantTable(db, 'distribution_daily');

  // The website widget's recontact cooldown: when a person (a hash of their identity, or of the
  // browser's anonymous id) was last shown a survey.
  await sql`
    CREATE TABLE widget_contacts (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      person text NOT NULL,
      last_shown_at timestamptz NOT NULL,
      PRIMARY KEY (workspace_id, person)
    )`.execute(db);
  await protectTenantTable(db, 'widget_contacts');

  await sql`ALTER TABLE responses ADD COLUMN distribution_id uuid, ADD COLUMN invitation_id uuid,
    ADD FOREIGN KEY (workspace_id, distribution_id) REFERENCES distributions (workspace_id, id)
      ON DELETE SET NULL (distribution_id) DEFERRABLE INITIALLY IMMEDIATE,
    ADD FOREIGN KEY (workspace_id, invitation_id) REFERENCES survey_invitations (workspace_id, id)
      ON DELETE SET NULL (invitation_id) DEFERRABLE INITIALLY IMMEDIATE`.execute(db);
  await sql`CREATE INDEX responses_distribution ON responses (workspace_id, distribution_id)
    WHERE distribution_id IS NOT NULL`.execute(db);
  // Quiet hours are in the customer's own time zone when it is known (IANA name).
  await sql`ALTER TABLE customers ADD COLUMN time_zone text`.execute(db);

  // Public addresses know only a code or a token: find the workspace in one narrow system-scoped
  // query, as rapport_survey_key does.
  await sql`
    CREATE FUNCTION rapport_distribution_code(c text) RETURNS TABLE (workspace_id uuid, id uuid)
    LANGUAGE plpgsql AS $$
    DECLARE previous text := coalesce(current_setting('rapport.scope', true), '');
    BEGIN
      PERFORM set_config('rapport.scope', 'system', true);
      RETURN QUERY SELECT d.workspace_id, d.id FROM distributions d WHERE d.code = c;
      PERFORM set_config('rapport.scope', previous, true);
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION rapport_invitation_token(h text) RETURNS TABLE (workspace_id uuid, id uuid)
    LANGUAGE plpgsql AS $$
    DECLARE previous text := coalesce(current_setting('rapport.scope', true), '');
    BEGIN
      PERFORM set_config('rapport.scope', 'system', true);
      RETURN QUERY SELECT i.workspace_id, i.id FROM survey_invitations i WHERE i.token_hash = h;
      PERFORM set_config('rapport.scope', previous, true);
    END $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION rapport_invitation_token(text), rapport_distribution_code(text)`.execute(db);
  await sql`ALTER TABLE customers DROP COLUMN time_zone`.execute(db);
  await sql`ALTER TABLE responses DROP COLUMN invitation_id, DROP COLUMN distribution_id`.execute(db);
  await sql`DROP TABLE widget_contacts, distribution_daily, message_providers, contact_rules, unsubscribes,
    survey_invitations, distributions`.execute(db);
}
