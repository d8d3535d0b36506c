// Once per test run: one PostgreSQL (embedded under a temp dir, or TEST_DATABASE_URL) and a
// migrated template database. Each test file then clones the template (see database.ts).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { APP_ROLE, appUrl, ensureAppRole } from '../db/connect';
import { createDb } from '../db/database';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrate } from '../db/migrate';

export const TEMPLATE = 'rapport_template';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { adminUrl: string; appUrlFor: string };
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let appUrlFor: string;
  let stop = async () => {};
  if (adminUrl) {
    // An external server: the given user creates the databases and is the one the app connects as.
    appUrlFor = adminUrl;
  } else {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-test-'));
    await fs.chmod(dir, 0o755);
    const cluster = await startEmbeddedPostgres(dir);
    adminUrl = cluster.url();
    appUrlFor = appUrl(cluster, cluster.password, '__DB__');
    await ensureAppRole(adminUrl, cluster.password);
    stop = async () => {
      await cluster.stop();
      await fs.rm(dir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
  const owner = process.env.TEST_DATABASE_URL ? '' : ` OWNER ${APP_ROLE}`;
  await admin.query(`CREATE DATABASE ${TEMPLATE}${owner}`);
  await admin.end();

  const templateUrl = withDatabase(appUrlFor, TEMPLATE);
  const db = createDb(templateUrl, 2);
  await migrate(db, templateUrl);
  await db.destroy();

  project.provide('testDb', { adminUrl, appUrlFor });
  return stop;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url.replace('__DB__', 'postgres'));
  u.pathname = `/${database}`;
  return u.toString();
}
