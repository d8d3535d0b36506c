// Used by migrations: turns on the row-level security every tenant table carries.
// FORCE makes the policy apply to the table owner too, which is the role Rapport connects as.
import { sql, type Kysely } from 'kysely';

export async function protectTenantTable(db: Kysely<unknown>, table: string): Promise<void> {
  const t = sql.table(table);
  await sql`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY tenant_isolation ON ${t}
    USING (rapport_visible(workspace_id)) WITH CHECK (rapport_visible(workspace_id))`.execute(db);
}
