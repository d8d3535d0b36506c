// SQL for the location tree. No rules here: those live in the use-case files.
import type { Insertable, Updateable } from 'kysely';
import type { Tx } from '../../db/database';
import type { LocationsTable } from '../../db/schema';

export const listLocations = (tx: Tx, workspaceId: string) =>
  tx
    .selectFrom('locations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .orderBy('name')
    .execute();

export const findLocation = (tx: Tx, workspaceId: string, id: string) =>
  tx
    .selectFrom('locations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();

export const insertLocation = (tx: Tx, row: Insertable<LocationsTable>) =>
  tx.insertInto('locations').values(row).returningAll().executeTakeFirstOrThrow();

export const updateLocationRow = (
  tx: Tx,
  workspaceId: string,
  id: string,
  changes: Updateable<LocationsTable>,
) =>
  tx
    .updateTable('locations')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const countChildren = async (tx: Tx, workspaceId: string, id: string) =>
  (
    await tx
      .selectFrom('locations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow()
  ).n;

export const deleteLocationRow = (tx: Tx, workspaceId: string, id: string) =>
  tx.deleteFrom('locations').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();

/** The ids from `id` up to the root, for cycle checks. */
export async function ancestorIds(tx: Tx, workspaceId: string, id: string): Promise<string[]> {
  const rows = await tx
    .withRecursive('up(id, parent_id)', (db) =>
      db
        .selectFrom('locations')
        .select(['id', 'parent_id'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .unionAll((u) =>
          u
            .selectFrom('locations as l')
            .innerJoin('up', 'up.parent_id', 'l.id')
            .select(['l.id', 'l.parent_id'])
            .where('l.workspace_id', '=', workspaceId),
        ),
    )
    .selectFrom('up')
    .select('id')
    .execute();
  return rows.map((r) => r.id);
}
