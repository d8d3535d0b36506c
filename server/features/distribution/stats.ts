// Tracking per distribution: sent, delivered, opened, started, completed, bounced, unsubscribed, and
// the response rate. One statement for a page of distributions: invitations and responses are
// counted grouped by distribution, page views and widget shows read from distribution_daily.
import { sql } from 'kysely';
import {
  isMessageKind,
  type DistributionKind,
  type DistributionStats,
} from '../../../common/distribution/distributions';
import type { Tx } from '../../db/database';

interface Counts {
  id: string;
  sent: number;
  delivered: number;
  inv_opened: number;
  bounced: number;
  unsubscribed: number;
  failed: number;
  skipped: number;
  scheduled: number;
  daily_opened: number;
  shown: number;
  started: number;
  completed: number;
}

export async function distributionStats(
  tx: Tx,
  workspaceId: string,
  distributions: { id: string; kind: DistributionKind }[],
): Promise<Map<string, DistributionStats>> {
  const out = new Map<string, DistributionStats>();
  if (!distributions.length) return out;
  const ids = distributions.map((d) => d.id);
  const { rows } = await sql<Counts>`
    SELECT d.id,
      coalesce(i.sent, 0) AS sent, coalesce(i.delivered, 0) AS delivered, coalesce(i.opened, 0) AS inv_opened,
      coalesce(i.bounced, 0) AS bounced, coalesce(i.unsubscribed, 0) AS unsubscribed,
      coalesce(i.failed, 0) AS failed, coalesce(i.skipped, 0) AS skipped, coalesce(i.scheduled, 0) AS scheduled,
      coalesce(v.opened, 0) AS daily_opened, coalesce(v.shown, 0) AS shown,
      coalesce(r.started, 0) AS started, coalesce(r.completed, 0) AS completed
    FROM unnest(${ids}::uuid[]) AS d(id)
    LEFT JOIN (
      SELECT distribution_id,
        count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent,
        count(*) FILTER (WHERE delivered_at IS NOT NULL)::int AS delivered,
        count(*) FILTER (WHERE opened_at IS NOT NULL)::int AS opened,
        count(*) FILTER (WHERE bounced_at IS NOT NULL)::int AS bounced,
        count(*) FILTER (WHERE unsubscribed_at IS NOT NULL)::int AS unsubscribed,
        count(*) FILTER (WHERE status = 'failed')::int AS failed,
        count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
        count(*) FILTER (WHERE status = 'scheduled')::int AS scheduled
      FROM survey_invitations
      WHERE workspace_id = ${workspaceId} AND distribution_id = ANY(${ids}::uuid[])
      GROUP BY distribution_id
    ) i ON i.distribution_id = d.id
    LEFT JOIN (
      SELECT distribution_id, sum(opened)::int AS opened, sum(shown)::int AS shown
      FROM distribution_daily
      WHERE workspace_id = ${workspaceId} AND distribution_id = ANY(${ids}::uuid[])
      GROUP BY distribution_id
    ) v ON v.distribution_id = d.id
    LEFT JOIN (
      SELECT distribution_id, count(*)::int AS started,
        count(*) FILTER (WHERE status = 'complete')::int AS completed
      FROM responses
      WHERE workspace_id = ${workspaceId} AND distribution_id = ANY(${ids}::uuid[])
      GROUP BY distribution_id
    ) r ON r.distribution_id = d.id`.execute(tx);
  const kinds = new Map(distributions.map((d) => [d.id, d.kind]));
  for (const c of rows) out.set(c.id, shape(kinds.get(c.id)!, c));
  return out;
}

const rate = (completed: number, base: number) => (base > 0 ? completed / base : null);

function shape(kind: DistributionKind, c: Counts): DistributionStats {
  if (isMessageKind(kind)) {
    return {
      sent: c.sent,
      delivered: c.delivered,
      opened: c.inv_opened,
      started: c.started,
      completed: c.completed,
      bounced: c.bounced,
      unsubscribed: c.unsubscribed,
      failed: c.failed,
      skipped: c.skipped,
      scheduled: c.scheduled,
      responseRate: rate(c.completed, c.delivered),
      rateBase: 'delivered',
    };
  }
  const none = {
    delivered: null,
    bounced: null,
    unsubscribed: null,
    failed: null,
    skipped: null,
    scheduled: null,
  };
  if (kind === 'widget') {
    return {
      ...none,
      sent: c.shown,
      opened: c.shown,
      started: c.started,
      completed: c.completed,
      responseRate: rate(c.completed, c.shown),
      rateBase: 'shown',
    };
  }
  if (kind === 'kiosk') {
    return {
      ...none,
      sent: null,
      opened: c.daily_opened,
      started: c.started,
      completed: c.completed,
      responseRate: rate(c.completed, c.started),
      rateBase: 'started',
    };
  }
  // Links, QR codes and embeds send nothing: opens are page views, the rate is per view.
  return {
    ...none,
    sent: null,
    opened: c.daily_opened,
    started: c.started,
    completed: c.completed,
    responseRate: rate(c.completed, c.daily_opened),
    rateBase: 'opened',
  };
}
