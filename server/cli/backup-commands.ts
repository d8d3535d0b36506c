// `rapport backup FILE` and `rapport restore FILE`: the CLI around server/ops/backup.ts and restore.ts.
import fs from 'node:fs/promises';
import path from 'node:path';
import { backupDatabase } from '../ops/backup';
import { restoreDatabase } from '../ops/restore';
import { openRuntime } from '../runtime';
import type { Command } from './commands';

function fileArgument(command: string, positionals: string[]): string {
  const [file, ...extra] = positionals;
  if (!file || extra.length) {
    throw new Error(`Usage: rapport ${command} FILE   (for example: rapport ${command} rapport-backup.gz)`);
  }
  return path.resolve(file);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export const backupCommand: Command = async ({ env, log, positionals }) => {
  const file = fileArgument('backup', positionals);
  // A backup reads the database as it is: it must not migrate it on the way.
  const rt = await openRuntime(env, log, { migrate: false });
  try {
    const s = await backupDatabase(rt.url, file);
    process.stdout.write(
      `Backed up ${s.tables} tables, ${s.rows} rows to ${s.file} ` +
        `(${formatBytes(s.bytes)}) in ${s.seconds.toFixed(1)} s.\n`,
    );
  } finally {
    await rt.close();
  }
};

export const restoreCommand: Command = async ({ env, log, positionals }) => {
  const file = fileArgument('restore', positionals);
  await fs.access(file).catch(() => {
    throw new Error(`No such file: ${file}`);
  });
  const rt = await openRuntime(env, log);
  try {
    const s = await restoreDatabase(rt.url, file);
    process.stdout.write(
      `Restored ${s.tables} tables, ${s.rows} rows from ${file} in ${s.seconds.toFixed(1)} s.\n`,
    );
  } finally {
    await rt.close();
  }
};
