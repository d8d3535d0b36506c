// The customer list, newest first: search by part of a name, an email or a phone; filter by tag,
// RFM segment, consumer type or saved segment. Email and phone shown are the first of each kind.
import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { paginate } from '../../platform/http/pagination';
import { normaliseIdentity } from './identity';
import type { CustomerListQuery } from './schemas';
import { segmentCondition } from './segments/segment-members';
import { phoneCountryOf } from './store';

/** `%`, `_` and `\` are LIKE wildcards: a search for "50%" means the text, not a pattern. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const firstIdentity = (kind: 'email' | 'phone') =>
  sql<string | null>`(SELECT i.value FROM customer_identities i
    WHERE i.workspace_id = c.workspace_id AND i.customer_id = c.id AND i.kind = ${kind}
    ORDER BY i.created_at LIMIT 1)`;

/** Customers as the list shows them (customerSummarySchema's fields), for any filter. */
export const summaryQuery = (tx: Tx, ws: string) =>
  tx
    .selectFrom('customers as c')
    .leftJoin('customer_values as v', (j) =>
      j.onRef('v.workspace_id', '=', 'c.workspace_id').onRef('v.customer_id', '=', 'c.id'),
    )
    .select([
      'c.id',
      'c.name',
      'c.tags',
      'c.created_at',
      'v.rfm_segment',
      'v.consumer_type',
      firstIdentity('email').as('email'),
      firstIdentity('phone').as('phone'),
    ])
    .where('c.workspace_id', '=', ws);
export type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

export async function listCustomers(tx: Tx, actor: Actor, query: CustomerListQuery) {
  const ws = actor.workspaceId;
  let q = summaryQuery(tx, ws);
  if (query.q) {
    const text = query.q;
    const exact = [
      normaliseIdentity('email', text, null),
      normaliseIdentity('phone', text, await phoneCountryOf(tx, ws)),
    ].flatMap((r) => (r.ok ? [r.value] : []));
    const pattern = `%${likeEscape(text)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('c.name', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('customer_identities as i')
            .select(sql`1`.as('one'))
            .whereRef('i.workspace_id', '=', 'c.workspace_id')
            .whereRef('i.customer_id', '=', 'c.id')
            .where((ib) =>
              ib.or([ib('i.value', 'ilike', pattern), ...exact.map((v) => ib('i.value', '=', v))]),
            ),
        ),
      ]),
    );
  }
  if (query.tag) q = q.where(sql<boolean>`c.tags @> ARRAY[${query.tag}]::text[]`);
  if (query.rfmSegment) q = q.where('v.rfm_segment', '=', query.rfmSegment);
  if (query.consumerType) q = q.where('v.consumer_type', '=', query.consumerType);
  // 404 for a segment this workspace does not have.
  if (query.segmentId) q = q.where(await segmentCondition(tx, ws, query.segmentId));
  return paginate(q, 'c.id', query);
}
