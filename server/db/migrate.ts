// Applies Rapport's migrations (one change per timestamped file in migrations/) and graphile-worker's.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger, runMigrations } from 'graphile-worker';
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

const provider: MigrationProvider = {
  async getMigrations() {
    const files = (await fs.readdir(folder)).filter((f) => /^\d{4}-\d{2}-\d{2}T\d{4}-[\w-]+\.ts$/.test(f));
    const migrations: Record<string, Migration> = {};
    for (const file of files.sort()) {
      migrations[file.replace(/\.ts$/, '')] = (await import(path.join(folder, file))) as Migration;
    }
    return migrations;
  },
};

export async function migrate(db: Db, url: string): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  await runMigrations({ connectionString: url, logger: quietLogger });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** graphile-worker talks a lot at info level; Rapport logs its own job outcomes. */
export const quietLogger = new Logger(() => () => {});
