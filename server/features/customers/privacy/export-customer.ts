// A customer's own copy of their data (a privacy "access" request): one zip with the profile and
// identities as JSON, orders and events as CSV, responses and merges as JSON. Audited.
import { strToU8, zipSync } from 'fflate';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { toCsv } from '../../../platform/csv/csv';
import { customerResponsesForExport } from '../../responses/customer-links';
import { getCustomer } from '../get-customer';
import { presentCustomer } from '../present';

const README = `This archive holds every record Rapport keeps about one customer.
customer.json   profile, identities, consent, custom attributes, computed value
orders.csv      purchases
events.csv      other touchpoints (store visits, page views, messages…)
responses.json  survey responses with their answers
merges.json     other records merged into this customer
`;

export async function exportCustomer(tx: Tx, actor: Actor, customerId: string): Promise<Uint8Array> {
  const ws = actor.workspaceId;
  const profile = await getCustomer(tx, actor, customerId);
  const [orders, events, responses, merges] = await Promise.all([
    tx
      .selectFrom('orders')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('customer_id', '=', customerId)
      .orderBy('ordered_at')
      .execute(),
    tx
      .selectFrom('customer_events')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('customer_id', '=', customerId)
      .orderBy('occurred_at')
      .execute(),
    customerResponsesForExport(tx, ws, customerId),
    tx
      .selectFrom('customer_merges')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('target_id', '=', customerId)
      .orderBy('merged_at')
      .execute(),
  ]);
  const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2));
  const zip = zipSync({
    'README.txt': strToU8(README),
    'customer.json': json(presentCustomer(profile)),
    'orders.csv': strToU8(
      toCsv(
        ['external_id', 'ordered_at', 'amount', 'currency', 'channel', 'location_id', 'items'],
        orders.map((o) => [
          o.external_id,
          o.ordered_at.toISOString(),
          o.amount,
          o.currency,
          o.channel,
          o.location_id,
          JSON.stringify(o.items),
        ]),
      ),
    ),
    'events.csv': strToU8(
      toCsv(
        ['kind', 'occurred_at', 'channel', 'location_id', 'properties'],
        events.map((e) => [
          e.kind,
          e.occurred_at.toISOString(),
          e.channel,
          e.location_id,
          JSON.stringify(e.properties),
        ]),
      ),
    ),
    'responses.json': json(
      responses.map((r) => ({
        id: r.id,
        survey: r.survey_name,
        status: r.status,
        language: r.language,
        channel: r.channel,
        answers: r.answers,
        hidden: r.hidden,
        startedAt: r.started_at.toISOString(),
        completedAt: r.completed_at?.toISOString() ?? null,
      })),
    ),
    'merges.json': json(
      merges.map((m) => ({ mergedName: m.source_name, moved: m.moved, mergedAt: m.merged_at.toISOString() })),
    ),
  });
  await writeAudit(tx, ws, actor, {
    action: 'customer.exported',
    targetType: 'customer',
    targetId: customerId,
  });
  return zip;
}
