// "Send again" makes a new delivery that points at the one it repeats. The first delivery of an
// event to a webhook stays unique, so that dispatching an event twice (a job that ran again after
// a crash) makes no second delivery.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE webhook_deliveries ADD COLUMN redelivery_of uuid`.execute(db);
  await sql`
    CREATE UNIQUE INDEX webhook_deliveries_first ON webhook_deliveries (workspace_id, webhook_id, event_id)
    WHERE redelivery_of IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX webhook_deliveries_first`.execute(db);
  await sql`ALTER TABLE webhook_deliveries DROP COLUMN redelivery_of`.execute(db);
}
