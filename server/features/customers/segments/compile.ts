// A segment definition → one SQL condition on the customers row aliased `c` (every caller selects
// FROM customers c). Conditions on other tables are EXISTS / NOT EXISTS over a set of customer
// ids, which PostgreSQL runs as one (anti-)join rather than a probe per customer. The definition
// must have passed check-definition.ts (values already of the field's type); compiling never
// reads the database.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { SegmentCondition, SegmentDefinition } from '../../../../common/customers/segments';
import type { Tx } from '../../../db/database';
import { customersWithNps, customersWithResponsesAt } from '../../responses/customer-scores';

export interface CompileContext {
  workspaceId: string;
  /** "In the last N days" counts back from here. */
  now: Date;
}

type Condition = RawBuilder<SqlBool>;

export function compileDefinition(tx: Tx, def: SegmentDefinition, ctx: CompileContext): Condition {
  const parts = def.conditions.map((c) => sql<SqlBool>`(${compileCondition(tx, c, ctx)})`);
  return sql<SqlBool>`(${sql.join(parts, def.match === 'all' ? sql` AND ` : sql` OR `)})`;
}

/** Only these strings reach the SQL text. */
const COMPARE = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

const not = (c: Condition) => sql<SqlBool>`NOT (${c})`;
/** Whether customer `c` is in a set of customer ids (a subquery with a `customer_id` column). */
const inSet = (set: unknown) => sql<SqlBool>`EXISTS (SELECT 1 FROM (${set}) s WHERE s.customer_id = c.id)`;
const notInSet = (set: unknown) => sql<SqlBool>`NOT ${inSet(set)}`;

function compileCondition(tx: Tx, c: SegmentCondition, ctx: CompileContext): Condition {
  const ws = ctx.workspaceId;
  switch (c.field) {
    case 'attribute':
      return attributeCondition(c);
    case 'tag': {
      const has = sql<SqlBool>`c.tags @> ARRAY[${c.value}]::text[]`;
      return c.op === 'has' ? has : not(has);
    }
    case 'identity': {
      const has = sql<SqlBool>`EXISTS (SELECT 1 FROM customer_identities i
        WHERE i.workspace_id = c.workspace_id AND i.customer_id = c.id AND i.kind = ${c.kind})`;
      return c.op === 'has' ? has : not(has);
    }
    case 'rfm_segment':
    case 'consumer_type': {
      // not_in also holds for customers with no value yet (no segment, no type).
      const column = sql.ref(c.field === 'rfm_segment' ? 'v.rfm_segment' : 'v.consumer_type');
      const set = sql`SELECT v.customer_id FROM customer_values v
        WHERE v.workspace_id = ${ws} AND ${column} = ANY (${c.values}::text[])`;
      return c.op === 'in' ? inSet(set) : notInSet(set);
    }
    case 'orders':
      return ordersCondition(c, ctx);
    case 'nps':
      return inSet(customersWithNps(tx, ws, { group: c.group, days: c.days, now: ctx.now }));
    case 'location':
      return locationCondition(tx, c.locationId, ws);
    case 'consent':
      return sql<SqlBool>`c.consent -> ${c.channel} ->> 'status' = ${c.status}`;
    case 'language':
      return sql<SqlBool>`c.language = ANY (${c.values}::text[])`;
  }
}

type AttributeCondition = Extract<SegmentCondition, { field: 'attribute' }>;

/** `neq` is the exact complement of `eq`: it also holds for customers without the attribute. */
function attributeCondition(c: AttributeCondition): Condition {
  const { key, value } = c;
  const has = sql<SqlBool>`c.attributes ? ${key}::text`;
  // Containment compares by JSON type: 5 = 5.0, "5" ≠ 5, true ≠ "true".
  const equals = sql<SqlBool>`c.attributes @> ${JSON.stringify({ [key]: value })}::jsonb`;
  switch (c.op) {
    case 'set':
      return has;
    case 'not_set':
      return not(has);
    case 'eq':
      return equals;
    case 'neq':
      return not(equals);
    case 'contains': {
      const pattern = `%${String(value).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      return sql<SqlBool>`(jsonb_typeof(c.attributes -> ${key}) = 'string' AND c.attributes ->> ${key} ILIKE ${pattern})`;
    }
    default: {
      const op = sql.raw(COMPARE[c.op]);
      // Numbers compare as numbers; dates (YYYY-MM-DD) as bytes, which is their order. The type
      // test first, so that a value of another type is "no match", never a cast error.
      if (typeof value === 'number')
        return sql<SqlBool>`(jsonb_typeof(c.attributes -> ${key}) = 'number'
          AND (c.attributes ->> ${key})::numeric ${op} ${value}::numeric)`;
      return sql<SqlBool>`(jsonb_typeof(c.attributes -> ${key}) = 'string'
        AND (c.attributes ->> ${key}) COLLATE "C" ${op} ${String(value)}::text COLLATE "C")`;
    }
  }
}

type OrdersCondition = Extract<SegmentCondition, { field: 'orders' }>;

/**
 * Spend (orders in the workspace currency) or number of orders in the last `days`. A customer
 * without orders there has 0, so "spent less than 100" includes them: when 0 satisfies the
 * comparison the condition is "not among the customers whose total fails it".
 */
function ordersCondition(c: OrdersCondition, ctx: CompileContext): Condition {
  const since = new Date(ctx.now.getTime() - c.days * 86_400_000);
  const total = c.measure === 'spend' ? sql`sum(o.amount)` : sql`count(*)`;
  const currency =
    c.measure === 'spend'
      ? sql`AND o.currency = (SELECT w.currency FROM workspaces w WHERE w.id = ${ctx.workspaceId})`
      : sql``;
  const holds = sql`${total} ${sql.raw(COMPARE[c.op])} ${c.value}::numeric`;
  const zeroHolds = compare(0, c.op, c.value);
  const set = sql`SELECT o.customer_id FROM orders o
    WHERE o.workspace_id = ${ctx.workspaceId} AND o.customer_id IS NOT NULL
      AND o.ordered_at > ${since} AND o.ordered_at <= ${ctx.now} ${currency}
    GROUP BY o.customer_id HAVING ${zeroHolds ? sql`NOT (${holds})` : holds}`;
  return zeroHolds ? notInSet(set) : inSet(set);
}

function compare(a: number, op: keyof typeof COMPARE, b: number): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'neq':
      return a !== b;
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
  }
}

/**
 * An order, a touchpoint or a response at the location or anywhere under it. The subtree is a
 * recursive CTE over parent_id (platform/locations has no "descendants" helper; its
 * ancestorIds walks the other way).
 */
function locationCondition(tx: Tx, locationId: string, ws: string): Condition {
  const subtree = sql`WITH RECURSIVE sub(id) AS (
      SELECT l.id FROM locations l WHERE l.workspace_id = ${ws} AND l.id = ${locationId}
      UNION ALL
      SELECT l.id FROM locations l JOIN sub ON l.parent_id = sub.id WHERE l.workspace_id = ${ws}
    ) SELECT id FROM sub`;
  const set = sql`
    SELECT o.customer_id FROM orders o
      WHERE o.workspace_id = ${ws} AND o.customer_id IS NOT NULL AND o.location_id IN (${subtree})
    UNION
    SELECT e.customer_id FROM customer_events e
      WHERE e.workspace_id = ${ws} AND e.location_id IN (${subtree})
    UNION
    ${customersWithResponsesAt(tx, ws, subtree)}`;
  return inSet(set);
}
