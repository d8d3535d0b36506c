// A whole Rapport app on its own test database, driven with app.inject (no sockets), plus
// factories for the people and workspaces tests need.
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app';
import { loadEnv, type Env } from '../env';
import { createMailer, type Mailer } from '../platform/mail/mailer';
import { hashPassword } from '../platform/auth/passwords';
import { newId } from '../platform/ids';
import type { App } from '../platform/http/types';
import { createWorkspace } from '../platform/workspaces/create-workspace';
import type { Role } from '../../common/roles';
import { asSystem } from '../db/database';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestContext extends TestDatabase {
  app: App;
  env: Env;
}

export function testEnv(overrides: Partial<Env> = {}): Env {
  return loadEnv({ WEBHOOKS_ALLOW_PRIVATE: 'true', DATA_DIR: '/nonexistent' }, overrides);
}

/** Registers beforeAll/afterAll for a test file and hands back the context once it is ready. */
export function useTestApp(opts: { env?: Partial<Env>; mailer?: Mailer } = {}): TestContext {
  const ctx = {} as TestContext;
  beforeAll(async () => {
    const database = await createTestDatabase();
    const env = testEnv(opts.env);
    const app = await buildApp({
      db: database.db,
      env,
      mailer: opts.mailer ?? createMailer(undefined, env.MAIL_FROM),
    });
    await app.ready();
    Object.assign(ctx, database, { app, env });
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.drop?.();
  });
  return ctx;
}

let counter = 0;
export async function makeUser(
  ctx: TestContext,
  opts: { email?: string; password?: string; name?: string } = {},
) {
  const email = opts.email ?? `user${++counter}-${newId().slice(-6)}@example.com`;
  const password = opts.password ?? 'correct horse battery';
  const id = newId();
  await ctx.db
    .insertInto('users')
    .values({
      id,
      email,
      name: opts.name ?? email.split('@')[0]!,
      password_hash: await hashPassword(password),
    })
    .execute();
  return { id, email, password };
}

export async function makeWorkspace(ctx: TestContext, owner: { id: string }, name = 'Test Brand') {
  return createWorkspace(ctx.db, {
    name,
    defaultLanguage: 'en',
    timeZone: 'UTC',
    currency: 'USD',
    ownerUserId: owner.id,
  });
}

export async function addMember(ctx: TestContext, workspaceId: string, userId: string, role: Role) {
  await asSystem(ctx.db, (tx) =>
    tx.insertInto('memberships').values({ workspace_id: workspaceId, user_id: userId, role }).execute(),
  );
}
