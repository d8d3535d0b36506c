// An import keeps the first data rows of its file, so that the mapping step can show them without
// reading the file again; they are cleared with the file once the import is over.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE customer_imports ADD COLUMN preview jsonb NOT NULL DEFAULT '[]'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE customer_imports DROP COLUMN preview`.execute(db);
}
