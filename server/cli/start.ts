// `rapport start`: database (embedded unless DATABASE_URL), migrations, demo on first start, the
// console build when stale, then the web server and/or the job worker; clean shutdown on signals.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Runner } from 'graphile-worker';
import { buildApp } from '../app';
import { ensureConsoleBuilt } from '../console';
import { hasAnyWorkspace, seedDemo } from '../platform/demo/seed-demo';
import type { App } from '../platform/http/types';
import { startWorker } from '../platform/jobs/worker';
import { createMailer } from '../platform/mail/mailer';
import { openRuntime } from '../runtime';
import type { Command } from './commands';

const ROLES = ['web', 'worker', 'all'] as const;

export const startCommand: Command = async ({ env, log, values }) => {
  const role = (values.role ?? 'all') as (typeof ROLES)[number];
  if (!ROLES.includes(role)) throw new Error('--role must be web, worker or all');
  const web = role !== 'worker';

  // The console build and the database start are independent: do them side by side.
  const [rt] = await Promise.all([
    openRuntime(env, log),
    // A failed console build must not stop the API: the console's routes answer 503 until it is built.
    web
      ? ensureConsoleBuilt((m) => log.info(m)).catch((err: unknown) => {
          log.error({ err }, 'the console could not be built; run `npm run build` to see why');
          return false;
        })
      : Promise.resolve(false),
  ]);
  const demoFile = path.join(env.dataDir, 'demo-login.json');
  let demo: { email: string; password: string } | null = null;
  if (!values['no-demo'] && !(await hasAnyWorkspace(rt.db))) {
    const seeded = await seedDemo(rt.db);
    demo = { email: seeded.email, password: seeded.password };
    if (!env.DATABASE_URL) await fs.writeFile(demoFile, JSON.stringify(demo), { mode: 0o600 });
  } else if (!values['no-demo']) {
    demo = JSON.parse(await fs.readFile(demoFile, 'utf8').catch(() => 'null')) as typeof demo;
  }

  const mailer = createMailer(env.SMTP_URL, env.MAIL_FROM);
  let app: App | null = null;
  let worker: Runner | null = null;
  if (web) {
    app = await buildApp({
      db: rt.db,
      env,
      mailer,
      serveConsole: true,
      logger: { level: env.LOG_LEVEL },
    });
    await app.listen({ port: env.PORT, host: env.HOST });
    // With --port 0 the real port is known only now; links (invitations) must carry it.
    if (!env.PUBLIC_URL)
      env.publicUrl = `http://localhost:${(app.server.address() as { port: number }).port}`;
  }
  if (role !== 'web') worker = await startWorker(rt.url, { db: rt.db, env, log });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await app?.close();
    await worker?.stop();
    await rt.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (app) {
    process.stdout.write(`Rapport is ready at ${env.publicUrl}\n`);
    if (demo) process.stdout.write(`Demo sign-in: ${demo.email} / ${demo.password}\n`);
  } else {
    process.stdout.write('Rapport worker is running.\n');
  }
};
