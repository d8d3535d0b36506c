// Likely duplicates, for a person to review (never merged automatically). Identities are unique,
// so two records of one person differ in how they were written down:
// - same_email: the same mailbox written differently (a +tag; dots in a Gmail address);
// - same_phone: a phone on one and the same number used as a member or external id on the
//   other (common where the phone number is the loyalty card number) — compared on the last 9
//   digits, which is the national number in most countries;
// - same_name_phone: the same name and phones agreeing in their last 7 digits (a different area
//   or country prefix).
// Computed on demand with one self-join over the workspace's identities.
import { sql } from 'kysely';
import type { PageQuery } from '../../../../common/pagination';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { badRequest } from '../../../platform/errors';
import { UUID } from '../../../platform/ids';
import { summaryQuery, type SummaryRow } from '../list-customers';

export type DuplicateReason = 'same_email' | 'same_phone' | 'same_name_phone';

interface PairRow {
  a: string;
  b: string;
  reason: DuplicateReason;
}

export async function findDuplicates(tx: Tx, actor: Actor, page: PageQuery) {
  const ws = actor.workspaceId;
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  const pairs = await sql<PairRow>`
    WITH ids AS (
      SELECT customer_id, kind, value, regexp_replace(value, '\\D', '', 'g') AS digits
      FROM customer_identities WHERE workspace_id = ${ws}
    ), keys AS (
      SELECT customer_id, 'same_email' AS reason,
        CASE WHEN split_part(value, '@', 2) IN ('gmail.com', 'googlemail.com')
          THEN replace(regexp_replace(split_part(value, '@', 1), '\\+.*$', ''), '.', '') || '@gmail.com'
          ELSE regexp_replace(split_part(value, '@', 1), '\\+.*$', '') || '@' || split_part(value, '@', 2)
        END AS key
      FROM ids WHERE kind = 'email'
      UNION ALL
      SELECT customer_id, 'same_phone', right(digits, 9) FROM ids
      WHERE kind = 'phone' OR (kind IN ('member_id', 'external_id') AND value ~ '^\\+?[0-9]{8,15}$')
      UNION ALL
      SELECT i.customer_id, 'same_name_phone', lower(regexp_replace(c.name, '\\s', '', 'g')) || '|' || right(i.digits, 7)
      FROM ids i JOIN customers c ON c.workspace_id = ${ws} AND c.id = i.customer_id
      WHERE i.kind = 'phone' AND btrim(c.name) <> ''
    )
    SELECT x.customer_id AS a, y.customer_id AS b, min(x.reason) AS reason
    FROM keys x JOIN keys y ON x.reason = y.reason AND x.key = y.key AND x.customer_id < y.customer_id
    ${after ? sql`WHERE (x.customer_id, y.customer_id) > (${after.a}::uuid, ${after.b}::uuid)` : sql``}
    GROUP BY 1, 2
    ORDER BY 1, 2
    LIMIT ${page.limit + 1}`.execute(tx);
  const rows = pairs.rows.slice(0, page.limit);
  const ids = [...new Set(rows.flatMap((p) => [p.a, p.b]))];
  const summaries = new Map<string, SummaryRow>(
    ids.length ? (await summaryQuery(tx, ws).where('c.id', 'in', ids).execute()).map((s) => [s.id, s]) : [],
  );
  const last = rows[rows.length - 1];
  return {
    items: rows.map((p) => ({ a: summaries.get(p.a)!, b: summaries.get(p.b)!, reason: p.reason })),
    nextCursor:
      pairs.rows.length > page.limit && last
        ? Buffer.from(`${last.a}|${last.b}`).toString('base64url')
        : null,
  };
}

function decodeCursor(cursor: string): { a: string; b: string } {
  const [a, b] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!a || !b || !UUID.test(a) || !UUID.test(b))
    throw badRequest('The cursor is not one this API gave out.', 'cursor');
  return { a, b };
}
