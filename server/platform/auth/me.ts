// The signed-in person, their CSRF token and the workspaces they belong to.
import type { Language } from '../../../common/roles';
import type { Db } from '../../db/database';
import { asSystem } from '../../db/database';
import { unauthenticated } from '../errors';
import { presentWorkspace } from '../workspaces/present';

export async function getMe(db: Db, opts: { userId: string; csrfToken: string }) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale'])
    .where('id', '=', opts.userId)
    .executeTakeFirst();
  if (!user) throw unauthenticated();
  const workspaces = await asSystem(db, (tx) =>
    tx
      .selectFrom('memberships as m')
      .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
      .selectAll('w')
      .select('m.role')
      .where('m.user_id', '=', opts.userId)
      .orderBy('w.name')
      .execute(),
  );
  return {
    user: { ...user, locale: user.locale as Language | null },
    csrfToken: opts.csrfToken,
    workspaces: workspaces.map((w) => presentWorkspace(w, w.role)),
  };
}

export async function updateMe(db: Db, userId: string, changes: { name?: string; locale?: string | null }) {
  await db.updateTable('users').set(changes).where('id', '=', userId).execute();
}
