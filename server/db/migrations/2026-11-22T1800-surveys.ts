// Questionnaires (M1): surveys with their editable draft, immutable published versions, waves,
// workspace templates, and the responses with their answer facts.
import { sql, type Kysely } from 'kysely';
import { protectTenantTable } from '../tenant-table';

export async function up(db: Kysely<unknown>): Promise<void> {
  // `key` is the public id in /s/:key: a short random slug, unique across workspaces.
  await sql`
    CREATE TABLE surveys (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      key text NOT NULL UNIQUE,
      name text NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed')),
      draft jsonb NOT NULL,
      draft_changed boolean NOT NULL DEFAULT true,
      latest_version integer,
      settings jsonb NOT NULL DEFAULT '{}',
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    )`.execute(db);
  await protectTenantTable(db, 'surveys');

  await sql`
    CREATE TABLE survey_versions (
      workspace_id uuid NOT NULL,
      survey_id uuid NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      definition jsonb NOT NULL,
      published_by uuid,
      published_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, survey_id, version),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await protectTenantTable(db, 'survey_versions');
  // A published version is what responses were answered against: it never changes.
  await sql`
    CREATE FUNCTION rapport_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER survey_versions_immutable BEFORE UPDATE ON survey_versions
    FOR EACH ROW EXECUTE FUNCTION rapport_refuse_update()`.execute(db);

  await sql`
    CREATE TABLE survey_waves (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      survey_id uuid NOT NULL,
      number integer NOT NULL CHECK (number > 0),
      name text NOT NULL DEFAULT '',
      opens_at timestamptz NOT NULL,
      closes_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      UNIQUE (workspace_id, survey_id, number),
      CHECK (closes_at IS NULL OR closes_at > opens_at),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await protectTenantTable(db, 'survey_waves');

  await sql`
    CREATE TABLE survey_templates (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      definition jsonb NOT NULL,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    )`.execute(db);
  await protectTenantTable(db, 'survey_templates');

  // One row per response. session_hash is the SHA-256 of the idempotency key the page made when
  // the respondent began: every save of the same attempt lands on the same row. once_key is set
  // only when the survey allows one response per token or per device.
  await sql`
    CREATE TABLE responses (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      survey_id uuid NOT NULL,
      version integer NOT NULL,
      wave_id uuid,
      session_hash text NOT NULL,
      once_key text,
      status text NOT NULL CHECK (status IN ('partial', 'complete')),
      answers jsonb NOT NULL DEFAULT '{}',
      hidden jsonb NOT NULL DEFAULT '{}',
      language text NOT NULL,
      channel text NOT NULL,
      location_id uuid,
      device_class text NOT NULL CHECK (device_class IN ('mobile', 'tablet', 'desktop', 'unknown')),
      page_seconds jsonb NOT NULL DEFAULT '{}',
      current_page text,
      ending text,
      started_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      PRIMARY KEY (workspace_id, id),
      UNIQUE (workspace_id, survey_id, session_hash),
      FOREIGN KEY (workspace_id, survey_id, version) REFERENCES survey_versions (workspace_id, survey_id, version)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
      FOREIGN KEY (workspace_id, wave_id) REFERENCES survey_waves (workspace_id, id)
        ON DELETE SET NULL (wave_id) DEFERRABLE INITIALLY IMMEDIATE,
      FOREIGN KEY (workspace_id, location_id) REFERENCES locations (workspace_id, id)
        ON DELETE SET NULL (location_id) DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX responses_once ON responses (workspace_id, survey_id, once_key)
    WHERE once_key IS NOT NULL`.execute(db);
  await sql`CREATE INDEX responses_survey ON responses (workspace_id, survey_id, id DESC)`.execute(db);
  await protectTenantTable(db, 'responses');

  // The narrow fact table analytics reads: one row per answered scalar. `item` names the part of
  // a composite answer (a matrix row, a picked option, importance/performance), '' otherwise.
  await sql`
    CREATE TABLE response_answers (
      workspace_id uuid NOT NULL,
      response_id uuid NOT NULL,
      question_id text NOT NULL,
      item text NOT NULL DEFAULT '',
      survey_id uuid NOT NULL,
      question_type text NOT NULL,
      value_num double precision,
      value_text text,
      complete boolean NOT NULL,
      answered_at timestamptz NOT NULL,
      PRIMARY KEY (workspace_id, response_id, question_id, item),
      FOREIGN KEY (workspace_id, response_id) REFERENCES responses (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE INDEX response_answers_question ON response_answers (workspace_id, survey_id, question_id)`.execute(
    db,
  );
  await protectTenantTable(db, 'response_answers');

  // The survey page knows only the public key: find its workspace in one narrow system-scoped
  // query, as the auth lookups do (see 2026-11-22T1700-auth-lookups).
  await sql`
    CREATE FUNCTION rapport_survey_key(k text) RETURNS TABLE (workspace_id uuid, id uuid)
    LANGUAGE plpgsql AS $$
    DECLARE previous text := coalesce(current_setting('rapport.scope', true), '');
    BEGIN
      PERFORM set_config('rapport.scope', 'system', true);
      RETURN QUERY SELECT s.workspace_id, s.id FROM surveys s WHERE s.key = k;
      PERFORM set_config('rapport.scope', previous, true);
    END $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION rapport_survey_key(text)`.execute(db);
  await sql`DROP TABLE response_answers, responses, survey_templates, survey_waves, survey_versions, surveys`.execute(
    db,
  );
  await sql`DROP FUNCTION rapport_refuse_update()`.execute(db);
}
