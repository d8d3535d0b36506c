// What the customer segments may ask of responses, through the owner of the tables: which
// customers gave an NPS answer in a group lately, and which answered at some locations. Each
// returns a subquery of `customer_id`s for the caller to embed; nothing runs here.
import type { Expression, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/schema';

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

/** PRODUCT.md, "Metric definitions": promoters 9–10, passives 7–8, detractors 0–6. */
export const NPS_GROUPS: Record<NpsGroup, { min: number; max: number }> = {
  promoter: { min: 9, max: 10 },
  passive: { min: 7, max: 8 },
  detractor: { min: 0, max: 6 },
};

/**
 * Customers with an NPS answer in `group` answered in the `days` before `now`, in a submitted
 * response (an unfinished attempt can still change its answer). Any such answer counts: a
 * customer can be both a detractor and a promoter in the same window.
 */
export function customersWithNps(
  db: Kysely<Database>,
  workspaceId: string,
  opts: { group: NpsGroup; days: number; now: Date },
) {
  const { min, max } = NPS_GROUPS[opts.group];
  const since = new Date(opts.now.getTime() - opts.days * 86_400_000);
  return db
    .selectFrom('response_answers as a')
    .innerJoin('responses as r', (j) =>
      j.onRef('r.workspace_id', '=', 'a.workspace_id').onRef('r.id', '=', 'a.response_id'),
    )
    .select('r.customer_id')
    .where('a.workspace_id', '=', workspaceId)
    .where('r.workspace_id', '=', workspaceId)
    .where('a.question_type', '=', 'nps')
    .where('a.complete', '=', true)
    .where('a.value_num', '>=', min)
    .where('a.value_num', '<=', max)
    .where('a.answered_at', '>', since)
    .where('a.answered_at', '<=', opts.now)
    .where('r.customer_id', 'is not', null);
}

/** Customers with a response (finished or not) at one of `locationIds` (a subquery of ids). */
export function customersWithResponsesAt(
  db: Kysely<Database>,
  workspaceId: string,
  locationIds: Expression<unknown>,
) {
  return db
    .selectFrom('responses as r')
    .select('r.customer_id')
    .where('r.workspace_id', '=', workspaceId)
    .where('r.customer_id', 'is not', null)
    .where(sql<boolean>`r.location_id IN (${locationIds})`);
}
