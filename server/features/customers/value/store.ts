// The value computation as set-based SQL: one statement computes every customer's facts, RFM
// scores (window functions), segment and consumer type and upserts customer_values. The rules are
// those of common/customers/value.ts — the grid and the thresholds come from there, and
// value.test.ts (server) checks that this SQL and those functions agree customer by customer.
// docs/CUSTOMER-VALUE.md explains them.
import { sql, type RawBuilder } from 'kysely';
import {
  CONSUMER_RULES,
  DAY_MS,
  RFM_GRID,
  RFM_PERIOD_DAYS,
  type BehaviourFacts,
} from '../../../../common/customers/value';
import type { Tx } from '../../../db/database';

/** The store_visit and page_view events: what a "visit" is made of. */
export const VISIT_KINDS = ['store_visit', 'page_view'];

interface Window {
  workspaceId: string;
  asOf: Date;
  since365: Date;
  since90: Date;
}

const windowOf = (workspaceId: string, asOf: Date): Window => ({
  workspaceId,
  asOf,
  since365: new Date(asOf.getTime() - RFM_PERIOD_DAYS * DAY_MS),
  since90: new Date(asOf.getTime() - CONSUMER_RULES.informationSeeking.days * DAY_MS),
});

/**
 * The CTEs ws, o (orders per customer), e (visits per customer) and facts (one row per customer
 * of the workspace). Orders and events after asOf are ignored; spend counts only orders in the
 * workspace currency (there is no exchange rate to convert the others).
 */
function factCtes(w: Window): RawBuilder<unknown> {
  const periodSeconds = RFM_PERIOD_DAYS * 86_400;
  const { months } = CONSUMER_RULES.loyal;
  return sql`
    ws AS (SELECT currency, time_zone FROM workspaces WHERE id = ${w.workspaceId}),
    o AS (
      SELECT o.customer_id,
        count(*) AS purchases_to_date,
        coalesce(sum(o.amount) FILTER (WHERE o.currency = ws.currency), 0) AS clv,
        min(o.ordered_at) AS first_purchase_at,
        max(o.ordered_at) AS last_purchase_at,
        count(*) FILTER (WHERE o.ordered_at > ${w.since365}) AS purchases_365,
        coalesce(sum(o.amount) FILTER (WHERE o.ordered_at > ${w.since365} AND o.currency = ws.currency), 0)
          AS monetary,
        -- the period cut in 12 equal "months", counted back from asOf
        count(DISTINCT floor(extract(epoch FROM ${w.asOf}::timestamptz - o.ordered_at) * ${months} / ${periodSeconds}))
          FILTER (WHERE o.ordered_at > ${w.since365}) AS purchase_months_365,
        count(*) FILTER (WHERE o.ordered_at > ${w.since90}) AS purchases_90
      FROM orders o CROSS JOIN ws
      WHERE o.workspace_id = ${w.workspaceId} AND o.customer_id IS NOT NULL AND o.ordered_at <= ${w.asOf}
      GROUP BY o.customer_id
    ),
    e AS (
      -- a visit is a calendar day, in the workspace's time zone, with a store visit or page view
      SELECT e.customer_id,
        min(e.occurred_at) AS first_visit_at,
        count(DISTINCT (e.occurred_at AT TIME ZONE ws.time_zone)::date)
          FILTER (WHERE e.occurred_at > ${w.since365}) AS visits_365,
        count(DISTINCT (e.occurred_at AT TIME ZONE ws.time_zone)::date)
          FILTER (WHERE e.occurred_at > ${w.since90}) AS visits_90
      FROM customer_events e CROSS JOIN ws
      WHERE e.workspace_id = ${w.workspaceId} AND e.kind = ANY (${VISIT_KINDS}::text[])
        AND e.occurred_at <= ${w.asOf}
      GROUP BY e.customer_id
    ),
    facts AS (
      SELECT c.id AS customer_id,
        coalesce(o.purchases_to_date, 0)::int AS purchases_to_date,
        coalesce(o.purchases_365, 0)::int AS purchases_365,
        coalesce(o.purchase_months_365, 0)::int AS purchase_months_365,
        coalesce(o.purchases_90, 0)::int AS purchases_90,
        coalesce(e.visits_365, 0)::int AS visits_365,
        coalesce(e.visits_90, 0)::int AS visits_90,
        e.first_visit_at, o.first_purchase_at,
        floor(extract(epoch FROM ${w.asOf}::timestamptz - o.last_purchase_at) / 86400)::int AS recency_days,
        coalesce(o.monetary, 0) AS monetary,
        coalesce(o.clv, 0) AS clv
      FROM customers c
      LEFT JOIN o ON o.customer_id = c.id
      LEFT JOIN e ON e.customer_id = c.id
      WHERE c.workspace_id = ${w.workspaceId}
    )`;
}

/** "n word" or "n words", as common/customers/value.ts writes it. */
const plural = (n: RawBuilder<unknown>, word: string) =>
  sql`${n}::text || ${` ${word}`}::text || CASE WHEN ${n} = 1 THEN '' ELSE 's' END`;
/** round(num/den, 2) with two decimals, as ratio2. */
const ratio2 = (num: RawBuilder<unknown>, den: RawBuilder<unknown>) =>
  sql`to_char(round(${num}::numeric / ${den}, 2), 'FM999999990.00')`;

/** The consumer type and its rule, in the fixed order of consumerTypeOf. */
function consumerTypeSql(): { type: RawBuilder<unknown>; rule: RawBuilder<unknown> } {
  const { loyal, purposeful, informationSeeking: seeking } = CONSUMER_RULES;
  const p365 = sql`f.purchases_365`;
  const months = sql`f.purchase_months_365`;
  const v365 = sql`f.visits_365`;
  const v90 = sql`f.visits_90`;
  const gapSeconds = sql`extract(epoch FROM f.first_purchase_at - f.first_visit_at)`;
  const isLoyal = sql`${p365} >= ${loyal.minPurchases} AND ${months} >= ${loyal.minMonths}`;
  const isPurposeful = sql`${p365} >= 1 AND ${v365} >= 1
    AND ${v365} <= ${purposeful.maxVisitsPerPurchase}::numeric * ${p365}
    AND ${gapSeconds} <= ${purposeful.maxDaysToFirstPurchase * 86_400}`;
  const isSeeking = sql`${v90} >= ${seeking.minVisits} AND f.purchases_90 = 0`;
  const isOccasional = sql`f.purchases_to_date >= 1`;
  const type = sql`CASE WHEN ${isLoyal} THEN 'loyal' WHEN ${isPurposeful} THEN 'purposeful'
    WHEN ${isSeeking} THEN 'information_seeking' WHEN ${isOccasional} THEN 'occasional' END`;
  const minRate = (Math.round((loyal.minMonths * 100) / loyal.months) / 100).toFixed(2);
  const rule = sql`CASE
    WHEN ${isLoyal} THEN ${plural(p365, 'purchase')} || ' in 365 days, in ' || ${months}::text
      || ${` of ${loyal.months} months (repeat rate `}::text || ${ratio2(months, sql`${loyal.months}`)}
      || ${` ≥ ${minRate})`}::text
    WHEN ${isPurposeful} THEN ${plural(p365, 'purchase')} || ' and ' || ${plural(v365, 'visit')}
      || ' in 365 days (' || ${ratio2(v365, p365)}
      || ${` visits per purchase ≤ ${purposeful.maxVisitsPerPurchase}), `}::text
      || CASE WHEN ${gapSeconds} < 0 THEN 'first purchase before the first visit'
         ELSE 'first purchase ' || ${plural(sql`floor(${gapSeconds} / 86400)::int`, 'day')}
           || ${` after the first visit (≤ ${purposeful.maxDaysToFirstPurchase})`}::text END
    WHEN ${isSeeking} THEN ${plural(v90, 'visit')}
      || ${` in ${seeking.days} days without a purchase (≥ ${seeking.minVisits})`}::text
    WHEN ${isOccasional} THEN ${plural(sql`f.purchases_to_date`, 'purchase')} || ' to date, '
      || ${p365}::text || ' in 365 days; no other rule applies'
    END`;
  return { type, rule };
}

/**
 * Recomputes every customer of the workspace as of `asOf` in one statement; returns how many
 * rows were written (one per customer). Quintiles: see quintileScores — (5·(2a + t − 2)) div 2n + 1
 * with a = rank(), t = the size of the tie group, n = customers with a purchase in the period.
 */
export async function upsertCustomerValues(tx: Tx, workspaceId: string, asOf: Date): Promise<number> {
  const result = await upsertValuesSql(workspaceId, asOf).execute(tx);
  return Number(result.numAffectedRows ?? 0);
}

/** The statement itself (exported for EXPLAIN when tuning). */
export function upsertValuesSql(workspaceId: string, asOf: Date): RawBuilder<unknown> {
  const w = windowOf(workspaceId, asOf);
  const grid = sql.join(RFM_GRID.map((g) => sql`(${g.r}::int, ${g.f}::int, ${g.segment}::text)`));
  const score = (rank: string, ties: string) =>
    sql.raw(`((5 * (2 * ${rank} + ${ties} - 2)) / (2 * n) + 1)::int`);
  const { type, rule } = consumerTypeSql();
  return sql`
    WITH ${factCtes(w)},
    ranked AS (
      SELECT customer_id,
        count(*) OVER () AS n,
        rank() OVER (ORDER BY recency_days DESC) AS r_rank,
        count(*) OVER (PARTITION BY recency_days) AS r_ties,
        rank() OVER (ORDER BY purchases_365) AS f_rank,
        count(*) OVER (PARTITION BY purchases_365) AS f_ties,
        rank() OVER (ORDER BY monetary) AS m_rank,
        count(*) OVER (PARTITION BY monetary) AS m_ties
      FROM facts WHERE purchases_365 > 0
    ),
    scores AS (
      SELECT customer_id, ${score('r_rank', 'r_ties')} AS r, ${score('f_rank', 'f_ties')} AS f,
        ${score('m_rank', 'm_ties')} AS m
      FROM ranked
    ),
    grid(r, f, segment) AS (VALUES ${grid})
    INSERT INTO customer_values (workspace_id, customer_id, recency_days, frequency, monetary, r, f, m,
      rfm_segment, clv, consumer_type, consumer_rule, computed_at)
    SELECT ${workspaceId}::uuid, f.customer_id, f.recency_days, f.purchases_365, f.monetary, s.r, s.f, s.m,
      g.segment, f.clv, ${type}, ${rule}, ${asOf}::timestamptz
    FROM facts f
    LEFT JOIN scores s ON s.customer_id = f.customer_id
    LEFT JOIN grid g ON g.r = s.r AND g.f = s.f
    ON CONFLICT (workspace_id, customer_id) DO UPDATE SET
      recency_days = excluded.recency_days, frequency = excluded.frequency, monetary = excluded.monetary,
      r = excluded.r, f = excluded.f, m = excluded.m, rfm_segment = excluded.rfm_segment, clv = excluded.clv,
      consumer_type = excluded.consumer_type, consumer_rule = excluded.consumer_rule,
      computed_at = excluded.computed_at`;
}

/** The facts of every customer, as the rules read them (for checks and explanations). */
export async function customerFacts(
  tx: Tx,
  workspaceId: string,
  asOf: Date,
): Promise<(BehaviourFacts & { customerId: string; recencyDays: number | null; monetary: number })[]> {
  const { rows } = await sql<{
    customer_id: string;
    purchases_to_date: number;
    purchases_365: number;
    purchase_months_365: number;
    purchases_90: number;
    visits_365: number;
    visits_90: number;
    first_visit_at: Date | null;
    first_purchase_at: Date | null;
    recency_days: number | null;
    monetary: string;
  }>`WITH ${factCtes(windowOf(workspaceId, asOf))} SELECT * FROM facts`.execute(tx);
  return rows.map((r) => ({
    customerId: r.customer_id,
    purchasesToDate: r.purchases_to_date,
    purchases365: r.purchases_365,
    purchaseMonths365: r.purchase_months_365,
    purchases90: r.purchases_90,
    visits365: r.visits_365,
    visits90: r.visits_90,
    firstVisitAt: r.first_visit_at,
    firstPurchaseAt: r.first_purchase_at,
    recencyDays: r.recency_days,
    monetary: Number(r.monetary),
  }));
}

/** Counts for the summary: customers, those with RFM scores, and per segment and per type. */
export async function valueCounts(tx: Tx, workspaceId: string) {
  const [totals, segments, types] = await Promise.all([
    tx
      .selectFrom('customers as c')
      .leftJoin('customer_values as v', (j) =>
        j.onRef('v.workspace_id', '=', 'c.workspace_id').onRef('v.customer_id', '=', 'c.id'),
      )
      .select((eb) => [
        eb.fn.countAll<number>().as('customers'),
        sql<number>`count(*) FILTER (WHERE v.r IS NOT NULL)`.as('with_orders'),
        eb.fn.max('v.computed_at').as('computed_at'),
      ])
      .where('c.workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow(),
    tx
      .selectFrom('customer_values')
      .select((eb) => ['rfm_segment', eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('rfm_segment', 'is not', null)
      .groupBy('rfm_segment')
      .execute(),
    tx
      .selectFrom('customer_values')
      .select((eb) => ['consumer_type', eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('consumer_type', 'is not', null)
      .groupBy('consumer_type')
      .execute(),
  ]);
  return { totals, segments, types };
}
