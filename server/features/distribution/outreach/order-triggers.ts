// Automatic invitations after an order (distribution.triggers, every 15 minutes): for each active
// email, SMS or WeChat distribution whose settings.trigger is {on: 'order', afterDays, locationIds,
// channels}, every order of a known customer placed afterDays ago or more — after the
// distribution was made (history is never invited), at one of the locations and through one of
// the channels when those are given — gets one invitation to the customer's address for the
// channel. source_ref is the order id and (distribution, source_ref) is unique, so an order is
// invited once however often this runs. The invitations then take the ordinary send path, so the
// frequency cap, quiet hours, consent and unsubscribes apply.
// An order more than LATE_DAYS past its invitation day is not invited: a survey about a visit
// weeks ago is worse than none (and the scan stays bounded).
import { sql } from 'kysely';
import { z } from 'zod';
import { orderTriggerSchema, type MessageChannel } from '../../../../common/distribution/distributions';
import { asSystem, inWorkspace, type Db, type Tx } from '../../../db/database';
import { loadPublishedSurvey } from '../../surveys/published';
import { IDENTITY_OF_CHANNEL, pickLanguage } from './addresses';
import { invitationRow } from './create-invitations';
import type { RunOptions } from './deps';
import { enqueueSend } from './queue';
import { insertInvitations } from './store';

const LATE_DAYS = 30;
const BATCH = 1000;

interface TriggerDistribution {
  workspace_id: string;
  id: string;
}

async function triggerDistributions(db: Db, workspaceId: string | undefined): Promise<TriggerDistribution[]> {
  const { rows } = await asSystem(db, (tx) =>
    sql<TriggerDistribution>`
      SELECT workspace_id, id FROM distributions
      WHERE status = 'active' AND kind IN ('email', 'sms', 'wechat')
        AND settings -> 'trigger' ->> 'on' = 'order'
        ${workspaceId ? sql`AND workspace_id = ${workspaceId}` : sql``}
      ORDER BY workspace_id, id`.execute(tx),
  );
  return rows;
}

/** Returns how many invitations were made. */
export async function runOrderTriggers(
  deps: { db: Db; log: { info: (o: object, m: string) => void } },
  opts: RunOptions = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  let made = 0;
  for (const d of await triggerDistributions(deps.db, opts.workspaceId)) {
    for (;;) {
      const batch = await inWorkspace(deps.db, d.workspace_id, (tx) =>
        inviteOrders(tx, d.workspace_id, d.id, now),
      );
      made += batch.made;
      if (batch.looked < BATCH) break;
    }
  }
  if (made) deps.log.info({ invitations: made }, 'order invitations made');
  return made;
}

interface DueOrder {
  order_id: string;
  customer_id: string;
  name: string;
  language: string | null;
  address: string;
}

const triggerOf = z.object({ trigger: orderTriggerSchema });

async function inviteOrders(
  tx: Tx,
  workspaceId: string,
  distributionId: string,
  now: Date,
): Promise<{ made: number; looked: number }> {
  const d = await tx
    .selectFrom('distributions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', distributionId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  const parsed = triggerOf.safeParse(d?.settings);
  if (!d || !parsed.success) return { made: 0, looked: 0 };
  const survey = await loadPublishedSurvey(tx, workspaceId, d.survey_id);
  if (!survey?.definition || survey.status !== 'published') return { made: 0, looked: 0 };
  const { afterDays, locationIds, channels } = parsed.data.trigger;
  const channel = d.kind as MessageChannel;

  const { rows } = await sql<DueOrder>`
    SELECT o.id AS order_id, o.customer_id, c.name, c.language, a.value AS address
    FROM orders o
    JOIN customers c ON c.workspace_id = o.workspace_id AND c.id = o.customer_id
    JOIN LATERAL (
      SELECT ci.value FROM customer_identities ci
      WHERE ci.workspace_id = o.workspace_id AND ci.customer_id = o.customer_id
        AND ci.kind = ${IDENTITY_OF_CHANNEL[channel]}
      ORDER BY ci.created_at, ci.value LIMIT 1) a ON true
    WHERE o.workspace_id = ${workspaceId} AND o.customer_id IS NOT NULL
      AND o.ordered_at <= ${now}::timestamptz - make_interval(days => ${afterDays})
      AND o.ordered_at > ${d.created_at}
      AND o.ordered_at > ${now}::timestamptz - make_interval(days => ${afterDays + LATE_DAYS})
      ${locationIds.length ? sql`AND o.location_id = ANY(${locationIds}::uuid[])` : sql``}
      ${channels.length ? sql`AND o.channel = ANY(${channels}::text[])` : sql``}
      AND NOT EXISTS (SELECT 1 FROM survey_invitations i
        WHERE i.workspace_id = o.workspace_id AND i.distribution_id = ${d.id} AND i.source_ref = o.id::text)
    ORDER BY o.ordered_at, o.id
    LIMIT ${BATCH}`.execute(tx);
  if (!rows.length) return { made: 0, looked: 0 };

  const made = await insertInvitations(
    tx,
    rows.map((o) =>
      invitationRow(
        workspaceId,
        { id: d.id, survey_id: d.survey_id, token_secret: d.token_secret, kind: channel },
        {
          customerId: o.customer_id,
          address: o.address,
          name: o.name,
          language: pickLanguage([o.language], survey.definition!),
        },
        { source: 'order', sourceRef: o.order_id, sendAfter: now },
      ),
    ),
  );
  if (made) await enqueueSend(tx, workspaceId, now);
  return { made, looked: rows.length };
}
