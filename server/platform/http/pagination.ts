// Keyset pagination over UUIDv7 ids (time-ordered), newest first: the cursor is the last id seen.
import type { SelectQueryBuilder } from 'kysely';
import type { PageQuery } from '../../../common/pagination';
import { badRequest } from '../errors';
import { UUID } from '../ids';

export async function paginate<DB, TB extends keyof DB, O extends { id: string }>(
  query: SelectQueryBuilder<DB, TB, O>,
  idColumn: string,
  page: PageQuery,
): Promise<{ items: O[]; nextCursor: string | null }> {
  let q = query;
  if (page.cursor) {
    const last = Buffer.from(page.cursor, 'base64url').toString();
    if (!UUID.test(last)) throw badRequest('The cursor is not one this API gave out.', 'cursor');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a dynamic column on a generic builder
    q = q.where(idColumn as any, '<', last);
  }
  const rows = await q
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a dynamic column on a generic builder
    .orderBy(idColumn as any, 'desc')
    .limit(page.limit + 1)
    .execute();
  const items = rows.slice(0, page.limit);
  const more = rows.length > page.limit;
  return { items, nextCursor: more ? Buffer.from(items[items.length - 1]!.id).toString('base64url') : null };
}
