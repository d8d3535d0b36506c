// SQL the QR files read: the stores a code may name, and the words a card prints. No rules here.
import type { Tx } from '../../../db/database';

export interface CardLocation {
  id: string;
  name: string;
  code: string;
}

export const findLocationByCode = (tx: Tx, workspaceId: string, code: string) =>
  tx
    .selectFrom('locations')
    .select(['id', 'name', 'code'])
    .where('workspace_id', '=', workspaceId)
    .where('code', '=', code)
    .executeTakeFirst();

export const findLocationById = (tx: Tx, workspaceId: string, id: string) =>
  tx
    .selectFrom('locations')
    .select(['id', 'name', 'code'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Every store of the workspace, in the order the location tree shows them. */
export const storeLocations = (tx: Tx, workspaceId: string): Promise<CardLocation[]> =>
  tx
    .selectFrom('locations')
    .select(['id', 'name', 'code'])
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'store')
    .orderBy('position')
    .orderBy('name')
    .orderBy('id')
    .execute();

export const workspaceForCard = (tx: Tx, workspaceId: string) =>
  tx
    .selectFrom('workspaces')
    .select(['name', 'default_language'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();

export const surveyName = async (tx: Tx, workspaceId: string, surveyId: string) =>
  (
    await tx
      .selectFrom('surveys')
      .select('name')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', surveyId)
      .executeTakeFirst()
  )?.name ?? '';
