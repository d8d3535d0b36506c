// SQL of message_providers: the SMS and WeChat provider of each workspace (one row per channel).
import type { Selectable } from 'kysely';
import type { Tx } from '../../../db/database';
import type { MessageProvidersTable } from '../../../db/schema';

export type ProviderRow = Selectable<MessageProvidersTable>;
export type ProviderChannel = MessageProvidersTable['channel'];

export const listProviders = (tx: Tx, workspaceId: string) =>
  tx
    .selectFrom('message_providers')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('channel')
    .execute();

export const findProvider = (tx: Tx, workspaceId: string, channel: ProviderChannel) =>
  tx
    .selectFrom('message_providers')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('channel', '=', channel)
    .executeTakeFirst();

export const upsertProvider = (
  tx: Tx,
  row: Pick<ProviderRow, 'workspace_id' | 'channel' | 'adapter' | 'config' | 'secrets'>,
) =>
  tx
    .insertInto('message_providers')
    .values({
      workspace_id: row.workspace_id,
      channel: row.channel,
      adapter: row.adapter,
      config: JSON.stringify(row.config),
      secrets: JSON.stringify(row.secrets),
    })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'channel']).doUpdateSet((eb) => ({
        adapter: eb.ref('excluded.adapter'),
        config: eb.ref('excluded.config'),
        secrets: eb.ref('excluded.secrets'),
        updated_at: new Date(),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();

export const deleteProviderRow = (tx: Tx, workspaceId: string, channel: ProviderChannel) =>
  tx
    .deleteFrom('message_providers')
    .where('workspace_id', '=', workspaceId)
    .where('channel', '=', channel)
    .executeTakeFirst();

/** What a send needs besides the provider: the workspace's time zone (WeChat's date field). */
export const workspaceForMessages = (tx: Tx, workspaceId: string) =>
  tx
    .selectFrom('workspaces')
    .select(['name', 'time_zone', 'default_language', 'phone_country'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
