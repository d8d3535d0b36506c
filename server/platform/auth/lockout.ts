// Temporary lockout after repeated failed sign-ins for one email address, kept in PostgreSQL so
// that every web process sees it. MAX_FAILURES within WINDOW locks the address for LOCK_MINUTES.
import { sql } from 'kysely';
import type { Db } from '../../db/database';

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export async function lockedUntil(db: Db, email: string): Promise<Date | null> {
  const row = await db
    .selectFrom('sign_in_failures')
    .select('locked_until')
    .where('email', '=', email)
    .executeTakeFirst();
  return row?.locked_until && row.locked_until.getTime() > Date.now() ? row.locked_until : null;
}

/** Counts a failure; returns the lock end when this failure locked the address. */
export async function recordFailure(db: Db, email: string): Promise<Date | null> {
  const window = `${WINDOW_MINUTES} minutes`;
  const lock = `${LOCK_MINUTES} minutes`;
  const row = await sql<{ failures: number; locked_until: Date | null }>`
    INSERT INTO sign_in_failures AS f (email, failures, first_failed_at)
    VALUES (${email}, 1, now())
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN f.first_failed_at < now() - ${window}::interval THEN 1 ELSE f.failures + 1 END,
      first_failed_at = CASE WHEN f.first_failed_at < now() - ${window}::interval THEN now() ELSE f.first_failed_at END
    RETURNING failures, locked_until`.execute(db);
  const failures = row.rows[0]?.failures ?? 0;
  if (failures < MAX_FAILURES) return null;
  const locked = await sql<{ locked_until: Date }>`
    UPDATE sign_in_failures SET locked_until = now() + ${lock}::interval, failures = 0, first_failed_at = now()
    WHERE email = ${email} RETURNING locked_until`.execute(db);
  return locked.rows[0]?.locked_until ?? null;
}

export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('email', '=', email).execute();
}
