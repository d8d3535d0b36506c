import { randomToken } from '../platform/ids';
import { hasAnyWorkspace, seedDemo } from '../platform/demo/seed-demo';
import { createUser } from '../platform/users/create-user';
import { openRuntime } from '../runtime';
import type { Command } from './commands';

export const migrateCommand: Command = async ({ env, log }) => {
  const rt = await openRuntime(env, log);
  await rt.close();
  process.stdout.write('Database is up to date.\n');
};

export const seedCommand: Command = async ({ env, log }) => {
  const rt = await openRuntime(env, log);
  try {
    if (await hasAnyWorkspace(rt.db)) {
      process.stdout.write('A workspace exists already; the demo is made only in an empty database.\n');
      return;
    }
    const demo = await seedDemo(rt.db);
    process.stdout.write(`Demo workspace created. Sign in as ${demo.email} / ${demo.password}\n`);
  } finally {
    await rt.close();
  }
};

export const usersCreate: Command = async ({ env, log, values }) => {
  const email = String(values.email ?? '');
  if (!email.includes('@')) throw new Error('--email is required');
  const password = typeof values.password === 'string' ? values.password : randomToken(12);
  const rt = await openRuntime(env, log);
  try {
    const user = await createUser(rt.db, {
      email,
      name: String(values.name ?? email.split('@')[0]),
      password,
    });
    process.stdout.write(`Created ${user.email} (${user.id})\n`);
    if (values.password === undefined) process.stdout.write(`Password: ${password}\n`);
  } finally {
    await rt.close();
  }
};
