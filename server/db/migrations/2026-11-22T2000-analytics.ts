// Analytics (M3): the rollups dashboards read, the search terms of free-text answers, saved
// dashboards, export jobs and scheduled report emails.
import { sql, type Kysely } from 'kysely';
import { protectTenantTable } from '../tenant-table';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A complete response is counted into the rollups exactly once: the rollup job takes the rows
  // still false, adds them and sets the flag in one transaction (analytics/rollups/).
  await sql`ALTER TABLE responses ADD COLUMN rolled_up boolean NOT NULL DEFAULT false`.execute(db);
  await sql`CREATE INDEX responses_to_roll_up ON responses (workspace_id, id)
    WHERE status = 'complete' AND NOT rolled_up`.execute(db);

  // Per survey, question, item, day (in the workspace's time zone), location, channel and wave:
  // how many answered (n) with the sum and sum of squares of their answers, and for
  // scale questions how many gave each point — counts[v] is the number of answers of value v (the
  // array's bounds are the values: '[0:10]' for NPS). One row per group, not per point, keeps a
  // dashboard's scan small; so does leaving the response's language out (a language filter reads
  // the facts). question_id '' counts the responses themselves. Derived data: rebuilt
  // from the facts by `rapport analytics:rebuild`. Location and wave may be absent, so the key is
  // a unique index with NULLS NOT DISTINCT (leading with workspace_id, as Citus needs).
  await sql`
    CREATE TABLE response_rollups (
      workspace_id uuid NOT NULL,
      survey_id uuid NOT NULL,
      question_id text NOT NULL,
      item text NOT NULL,
      day date NOT NULL,
      location_id uuid,
      channel text NOT NULL,
      wave_id uuid,
      counts bigint[],
      n bigint NOT NULL,
      sum double precision NOT NULL,
      sum_sq double precision NOT NULL,
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX response_rollups_key ON response_rollups
    (workspace_id, survey_id, question_id, item, day, location_id, channel, wave_id)
    NULLS NOT DISTINCT`.execute(db);
  // Counts per point: rapport_counts(value, n) aggregates points into such an array (growing it
  // as needed; non-integer values are not points), rapport_counts_add adds two of them.
  await sql`
    CREATE FUNCTION rapport_counts_put(state bigint[], v double precision, c bigint) RETURNS bigint[]
    LANGUAGE plpgsql IMMUTABLE AS $$
    BEGIN
      IF v IS NULL OR v <> trunc(v) THEN RETURN state; END IF;
      state[v::int] := coalesce(state[v::int], 0) + c;
      RETURN state;
    END $$`.execute(db);
  await sql`CREATE AGGREGATE rapport_counts(double precision, bigint) (SFUNC = rapport_counts_put, STYPE = bigint[])`.execute(
    db,
  );
  await sql`
    CREATE FUNCTION rapport_counts_add(a bigint[], b bigint[]) RETURNS bigint[]
    LANGUAGE plpgsql IMMUTABLE AS $$
    DECLARE i int;
    BEGIN
      IF a IS NULL THEN RETURN b; END IF;
      IF b IS NULL THEN RETURN a; END IF;
      FOR i IN array_lower(b, 1) .. array_upper(b, 1) LOOP
        IF b[i] IS NOT NULL THEN a[i] := coalesce(a[i], 0) + b[i]; END IF;
      END LOOP;
      RETURN a;
    END $$`.execute(db);
  await protectTenantTable(db, 'response_rollups');

  // Free-text answers are searchable: the words of the text (Chinese segmented by jieba) as a
  // 'simple' tsvector, written with the fact.
  await sql`ALTER TABLE response_answers ADD COLUMN terms tsvector`.execute(db);
  await sql`CREATE INDEX response_answers_terms ON response_answers USING gin (terms)
    WHERE terms IS NOT NULL`.execute(db);

  // A dashboard: the workspace overview (survey_id NULL) or one survey's; its widgets in order.
  await sql`
    CREATE TABLE dashboards (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      survey_id uuid,
      widgets jsonb NOT NULL DEFAULT '[]',
      updated_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX dashboards_scope ON dashboards (workspace_id, survey_id) NULLS NOT DISTINCT`.execute(
    db,
  );
  await protectTenantTable(db, 'dashboards');

  // An export of one survey's responses or report, made by a job; the file lives under
  // DATA_DIR/exports until it expires.
  await sql`
    CREATE TABLE analytics_exports (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      survey_id uuid NOT NULL,
      format text NOT NULL CHECK (format IN ('csv', 'xlsx', 'sav', 'pdf', 'docx')),
      params jsonb NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
      processed integer NOT NULL DEFAULT 0,
      total integer,
      file_name text,
      byte_size bigint,
      error text,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      expires_at timestamptz,
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE INDEX analytics_exports_recent ON analytics_exports (workspace_id, created_at DESC)`.execute(
    db,
  );
  await protectTenantTable(db, 'analytics_exports');

  // A report mailed on a schedule (weekly or monthly) to a list of addresses.
  await sql`
    CREATE TABLE report_schedules (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      survey_id uuid NOT NULL,
      name text NOT NULL,
      frequency text NOT NULL CHECK (frequency IN ('weekly', 'monthly')),
      format text NOT NULL DEFAULT 'pdf' CHECK (format IN ('pdf', 'docx')),
      language text NOT NULL,
      recipients text[] NOT NULL,
      params jsonb NOT NULL DEFAULT '{}',
      next_run_at timestamptz NOT NULL,
      last_run_at timestamptz,
      last_error text,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
    )`.execute(db);
  await sql`CREATE INDEX report_schedules_due ON report_schedules (next_run_at)`.execute(db);
  await protectTenantTable(db, 'report_schedules');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE report_schedules, analytics_exports, dashboards, response_rollups`.execute(db);
  await sql`DROP AGGREGATE rapport_counts(double precision, bigint)`.execute(db);
  await sql`DROP FUNCTION rapport_counts_put(bigint[], double precision, bigint), rapport_counts_add(bigint[], bigint[])`.execute(
    db,
  );
  await sql`ALTER TABLE response_answers DROP COLUMN terms`.execute(db);
  await sql`ALTER TABLE responses DROP COLUMN rolled_up`.execute(db);
}
