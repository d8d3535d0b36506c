// The CLI's commands by name. Each opens what it needs and closes it again.
import type { Logger } from 'pino';
import type { Env } from '../env';
import { analyticsRebuild } from './analytics-rebuild';
import { apiKeysCreate } from './apikeys-create';
import { backupCommand, restoreCommand } from './backup-commands';
import { startCommand } from './start';
import { migrateCommand, seedCommand, usersCreate } from './setup-commands';

export interface CommandContext {
  env: Env;
  log: Logger;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export type Command = (ctx: CommandContext) => Promise<void>;

export const commands: Record<string, Command> = {
  start: startCommand,
  migrate: migrateCommand,
  seed: seedCommand,
  'users:create': usersCreate,
  'apikeys:create': apiKeysCreate,
  backup: backupCommand,
  restore: restoreCommand,
  'analytics:rebuild': analyticsRebuild,
};
