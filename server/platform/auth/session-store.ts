// SQL for sessions and sign-in failures (global tables: they belong to people, not workspaces).
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { randomToken, sha256 } from '../ids';

export async function createSession(
  db: Db,
  opts: { userId: string; ttlHours: number; ip: string; userAgent: string | undefined },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(Date.now() + opts.ttlHours * 3600_000);
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: opts.userId,
      csrf_token: csrfToken,
      ip: opts.ip,
      user_agent: opts.userAgent?.slice(0, 300) ?? null,
      last_seen_at: new Date(),
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

export async function findLiveSession(db: Db, token: string) {
  const session = await db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'csrf_token', 'expires_at', 'last_seen_at'])
    .where('id', '=', sha256(token))
    .executeTakeFirst();
  if (!session) return null;
  if (session.expires_at.getTime() <= Date.now()) {
    await db.deleteFrom('sessions').where('id', '=', session.id).execute();
    return null;
  }
  // Touch at most once a minute: enough for "last seen", without a write per request.
  if (Date.now() - session.last_seen_at.getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', session.id).execute();
  }
  return session;
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteExpiredSessions(db: Db): Promise<number> {
  const r = await db
    .deleteFrom('sessions')
    .where('expires_at', '<=', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
