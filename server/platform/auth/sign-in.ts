// Signing in with an email and a password: lockout first, then argon2id, then a new session.
import type { Db } from '../../db/database';
import { asSystem } from '../../db/database';
import { writeAudit } from '../audit/write-audit';
import { AppError } from '../errors';
import { clearFailures, lockedUntil, recordFailure } from './lockout';
import { dummyHash, verifyPassword } from './passwords';
import { createSession } from './session-store';

export interface SignInOptions {
  email: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
  /** Session lifetime from env.SESSION_TTL_HOURS. */
  ttlHours: number;
}

const invalid = () => new AppError(401, 'invalid_credentials', 'Wrong email or password.');
const locked = (until: Date) =>
  new AppError(
    423,
    'locked',
    `Too many failed sign-ins. Try again after ${until.toISOString()}.`,
    undefined,
    Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000)),
  );

export async function signIn(db: Db, opts: SignInOptions) {
  const email = opts.email.trim().toLowerCase();
  const until = await lockedUntil(db, email);
  if (until) throw locked(until);

  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), opts.password);
  const workspaces = user
    ? await asSystem(db, (tx) =>
        tx.selectFrom('memberships').select('workspace_id').where('user_id', '=', user.id).execute(),
      )
    : [];
  const audit = async (action: string, details: Record<string, unknown> = {}) => {
    if (!user) return;
    await asSystem(db, async (tx) => {
      for (const m of workspaces) {
        await writeAudit(
          tx,
          m.workspace_id,
          { userId: user.id, apiKeyId: null, ip: opts.ip },
          { action, details },
        );
      }
    });
  };

  if (!user || !ok) {
    const lockedNow = await recordFailure(db, email);
    await audit('auth.sign_in_failed');
    if (lockedNow) {
      await audit('auth.locked', { until: lockedNow.toISOString() });
      throw locked(lockedNow);
    }
    throw invalid();
  }
  await clearFailures(db, email);
  const session = await createSession(db, {
    userId: user.id,
    ttlHours: opts.ttlHours,
    ip: opts.ip,
    userAgent: opts.userAgent,
  });
  await audit('auth.sign_in');
  return { userId: user.id, ...session };
}
