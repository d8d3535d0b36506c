// Decides which PostgreSQL Rapport talks to: DATABASE_URL when set, otherwise the embedded cluster
// under DATA_DIR, where a non-superuser role owns the database so that row-level security applies.
import pg from 'pg';
import type { Env } from '../env';
import { APPLICATION_NAME, startEmbeddedPostgres, type EmbeddedCluster } from './embedded';

export interface DatabaseTarget {
  url: string;
  cluster?: EmbeddedCluster;
}

export const APP_ROLE = 'rapport';
export const APP_DATABASE = 'rapport';

/** Creates the non-superuser role Rapport connects as (idempotent). */
export async function ensureAppRole(superuserUrl: string, password: string): Promise<void> {
  const client = new pg.Client(superuserUrl);
  await client.connect();
  try {
    const role = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    if (role.rowCount === 0) {
      await client.query(
        `CREATE ROLE ${APP_ROLE} LOGIN PASSWORD ${client.escapeLiteral(password)} NOSUPERUSER NOBYPASSRLS`,
      );
    }
  } finally {
    await client.end();
  }
}

/** Creates the application role and its database on a cluster we administer (idempotent). */
export async function ensureAppDatabase(superuserUrl: string, password: string, database = APP_DATABASE) {
  await ensureAppRole(superuserUrl, password);
  const client = new pg.Client(superuserUrl);
  await client.connect();
  try {
    const db = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (db.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)} OWNER ${APP_ROLE}`);
    }
  } finally {
    await client.end();
  }
}

export function appUrl(cluster: EmbeddedCluster, password: string, database = APP_DATABASE): string {
  const url = `postgres://${APP_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${cluster.port}/${database}`;
  return `${url}?application_name=${APPLICATION_NAME}`;
}

export async function openDatabase(env: Env, log: (line: string) => void): Promise<DatabaseTarget> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const cluster = await startEmbeddedPostgres(env.dataDir, log);
  try {
    await ensureAppDatabase(cluster.url(), cluster.password);
  } catch (e) {
    await cluster.stop();
    throw e;
  }
  return { url: appUrl(cluster, cluster.password), cluster };
}
