// SQL for saved segments and the customers they match. No rules here.
import { sql, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { SegmentDefinition } from '../../../../common/customers/segments';
import { summaryQuery } from '../list-customers';
import type { Tx } from '../../../db/database';
import type { SegmentsTable } from '../../../db/schema';
import { UUID } from '../../../platform/ids';

export type SegmentRow = Omit<Selectable<SegmentsTable>, 'definition'> & { definition: SegmentDefinition };

/** The segment, or undefined when the workspace has none by that id (or the id is not a UUID). */
export async function findSegment(tx: Tx, workspaceId: string, id: string): Promise<SegmentRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const row = await tx
    .selectFrom('segments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row as SegmentRow | undefined;
}

export const segmentsPage = (tx: Tx, workspaceId: string) =>
  tx.selectFrom('segments').selectAll().where('workspace_id', '=', workspaceId);

export async function insertSegment(
  tx: Tx,
  row: {
    workspaceId: string;
    id: string;
    name: string;
    definition: SegmentDefinition;
    createdBy: string | null;
  },
): Promise<SegmentRow> {
  const inserted = await tx
    .insertInto('segments')
    .values({
      workspace_id: row.workspaceId,
      id: row.id,
      name: row.name,
      definition: JSON.stringify(row.definition),
      created_by: row.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return inserted as SegmentRow;
}

export async function updateSegmentRow(
  tx: Tx,
  workspaceId: string,
  id: string,
  changes: { name: string; definition: SegmentDefinition },
): Promise<SegmentRow> {
  const row = await tx
    .updateTable('segments')
    .set({ name: changes.name, definition: JSON.stringify(changes.definition), updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return row as SegmentRow;
}

export const deleteSegmentRow = (tx: Tx, workspaceId: string, id: string) =>
  tx.deleteFrom('segments').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();

/** How many customers match each condition, in one scan of the workspace's customers. */
export async function countMatching(
  tx: Tx,
  workspaceId: string,
  conditions: RawBuilder<SqlBool>[],
): Promise<number[]> {
  if (!conditions.length) return [];
  const row = await tx
    .selectFrom('customers as c')
    .select(conditions.map((cond, i) => sql<number>`count(*) FILTER (WHERE ${cond})`.as(`n${i}`)))
    .where('c.workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const counts = row as Record<string, number>;
  return conditions.map((_, i) => Number(counts[`n${i}`]));
}

/** The newest matching customers, as the customer list shows them. */
export const sampleCustomers = (tx: Tx, workspaceId: string, condition: RawBuilder<SqlBool>, limit: number) =>
  summaryQuery(tx, workspaceId).where(condition).orderBy('c.id', 'desc').limit(limit).execute();
