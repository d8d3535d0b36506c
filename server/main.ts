// The `rapport` command line: start, migrate, seed, users:create, apikeys:create, backup, restore,
// analytics:rebuild.
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadEnv, type Env } from './env';
import { commands } from './cli/commands';

const USAGE = `Usage: rapport <command> [options]

  start [--port N] [--data-dir DIR] [--role web|worker|all] [--no-demo]
  migrate                         apply database migrations
  seed                            create the demo workspace (if none exists)
  users:create --email E --name N [--password P]
  apikeys:create --workspace SLUG --role ROLE [--name N]
  backup FILE                     consistent logical backup of every table
  restore FILE                    restore a backup into an empty database
  analytics:rebuild [--workspace SLUG]  recount the analytics rollups from the responses
`;

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const handler = command ? commands[command] : undefined;
  if (!handler) {
    process.stdout.write(USAGE);
    process.exitCode = command && command !== 'help' && command !== '--help' ? 2 : 0;
    return;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      role: { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      workspace: { type: 'string' },
    },
  });
  const overrides: Partial<Env> = {};
  if (values.port) overrides.PORT = Number(values.port);
  if (values['data-dir']) overrides.DATA_DIR = values['data-dir'];
  const env = loadEnv(process.env, overrides);
  const log = pino({ level: env.LOG_LEVEL });
  await handler({ env, log, values, positionals });
}

main().catch((e: unknown) => {
  process.stderr.write(`rapport: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
