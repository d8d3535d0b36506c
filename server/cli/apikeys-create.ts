// `rapport apikeys:create --workspace SLUG --role ROLE`: prints the key alone on its last line,
// so that scripts can take it with `| tail -1`.
import { roleSchema } from '../../common/roles';
import { asSystem } from '../db/database';
import { createApiKey } from '../platform/api-keys/create-api-key';
import { openRuntime } from '../runtime';
import type { Command } from './commands';

export const apiKeysCreate: Command = async ({ env, log, values }) => {
  const role = roleSchema.safeParse(values.role);
  if (!role.success) throw new Error('--role must be one of owner, admin, analyst, agent, viewer');
  if (!values.workspace) throw new Error('--workspace SLUG is required');
  const rt = await openRuntime(env, log);
  try {
    const ws = await rt.db
      .selectFrom('workspaces')
      .select('id')
      .where('slug', '=', String(values.workspace))
      .executeTakeFirst();
    if (!ws) throw new Error(`No workspace with slug ${String(values.workspace)}`);
    const created = await asSystem(rt.db, (tx) =>
      createApiKey(
        tx,
        { workspaceId: ws.id, role: 'owner', userId: null, apiKeyId: null, sessionId: null, ip: 'cli' },
        {
          name: String(values.name ?? 'CLI key'),
          role: role.data,
        },
      ),
    );
    process.stdout.write(
      `API key "${created.key.name}" (${created.key.role}) for ${String(values.workspace)}:\n${created.secret}\n`,
    );
  } finally {
    await rt.close();
  }
};
