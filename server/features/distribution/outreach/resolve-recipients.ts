// Who a batch of invitations goes to: a segment's customers (each with their address for the
// channel) or a pasted list (normalised, deduplicated, linked to the customer holding the address).
// Those who cannot be invited are left out at once and counted: already unsubscribed, consent for
// the channel withdrawn, no address for the channel, a duplicate in the list. A segment is resolved
// in one statement however large it is.
import { sql } from 'kysely';
import type { MessageChannel } from '../../../../common/distribution/distributions';
import type { Recipient } from '../../../../common/distribution/outreach';
import type { Tx } from '../../../db/database';
import { AppError } from '../../../platform/errors';
import { segmentCondition } from '../../customers/segments/segment-members';
import { IDENTITY_OF_CHANNEL, normaliseAddress, pickLanguage } from './addresses';

export interface Candidate {
  customerId: string | null;
  address: string;
  name: string;
  language: string;
}

export interface Resolved {
  candidates: Candidate[];
  excluded: number;
}

export interface SurveyLanguages {
  languages: string[];
  defaultLanguage: string;
}

/** A customer's identity for a channel: the oldest one when they hold several. */
const addressOf = (channel: MessageChannel) => sql`(
  SELECT ci.value FROM customer_identities ci
  WHERE ci.workspace_id = c.workspace_id AND ci.customer_id = c.id AND ci.kind = ${IDENTITY_OF_CHANNEL[channel]}
  ORDER BY ci.created_at, ci.value LIMIT 1)`;

const withdrawn = (channel: MessageChannel) =>
  sql<boolean>`coalesce(c.consent -> ${channel} ->> 'status' = 'withdrawn', false)`;

export async function segmentRecipients(
  tx: Tx,
  workspaceId: string,
  channel: MessageChannel,
  segmentId: string,
  survey: SurveyLanguages,
  now: Date,
): Promise<Resolved> {
  const condition = await segmentCondition(tx, workspaceId, segmentId, now);
  const { rows } = await sql<{
    customer_id: string;
    name: string;
    language: string | null;
    address: string | null;
    excluded: boolean;
  }>`
    SELECT m.customer_id, m.name, m.language, m.address,
      (m.address IS NULL OR m.withdrawn OR EXISTS (
        SELECT 1 FROM unsubscribes u
        WHERE u.workspace_id = ${workspaceId} AND u.channel = ${channel} AND u.address = m.address)) AS excluded
    FROM (
      SELECT c.id AS customer_id, c.name, c.language, ${addressOf(channel)} AS address,
        ${withdrawn(channel)} AS withdrawn
      FROM customers c
      WHERE c.workspace_id = ${workspaceId} AND ${condition}
    ) m`.execute(tx);
  const candidates: Candidate[] = [];
  for (const r of rows) {
    if (r.excluded || !r.address) continue;
    candidates.push({
      customerId: r.customer_id,
      address: r.address,
      name: r.name,
      language: pickLanguage([r.language], survey),
    });
  }
  return { candidates, excluded: rows.length - candidates.length };
}

const MAX_REPORTED = 100;

export async function listRecipients(
  tx: Tx,
  workspaceId: string,
  channel: MessageChannel,
  recipients: Recipient[],
  phoneCountry: string | null,
  survey: SurveyLanguages,
): Promise<Resolved> {
  // Every address is checked before anything is stored; all faults are reported, the first named.
  const faults: { field: string; code: string; message: string }[] = [];
  const normalised = recipients.map((r, i) => {
    const n = normaliseAddress(channel, r.address, phoneCountry);
    if (!n.ok)
      faults.push({ field: `recipients.${i}.address`, code: 'validation_failed', message: n.message });
    return { ...r, address: n.ok ? n.value : '' };
  });
  if (faults.length) {
    const first = faults[0]!;
    throw new AppError(
      400,
      'validation_failed',
      first.message,
      first.field,
      undefined,
      faults.slice(0, MAX_REPORTED),
    );
  }
  const unique = new Map<string, (typeof normalised)[number]>();
  for (const r of normalised) if (!unique.has(r.address)) unique.set(r.address, r);
  const addresses = [...unique.keys()];

  const { rows: known } = await sql<{
    address: string;
    customer_id: string;
    name: string;
    language: string | null;
    withdrawn: boolean;
  }>`
    SELECT ci.value AS address, c.id AS customer_id, c.name, c.language, ${withdrawn(channel)} AS withdrawn
    FROM customer_identities ci
    JOIN customers c ON c.workspace_id = ci.workspace_id AND c.id = ci.customer_id
    WHERE ci.workspace_id = ${workspaceId} AND ci.kind = ${IDENTITY_OF_CHANNEL[channel]}
      AND ci.value = ANY(${addresses}::text[])`.execute(tx);
  const { rows: unsubscribed } = await sql<{ address: string }>`
    SELECT address FROM unsubscribes
    WHERE workspace_id = ${workspaceId} AND channel = ${channel} AND address = ANY(${addresses}::text[])`.execute(
    tx,
  );
  const customers = new Map(known.map((k) => [k.address, k]));
  const gone = new Set(unsubscribed.map((u) => u.address));

  const candidates: Candidate[] = [];
  for (const r of unique.values()) {
    const customer = customers.get(r.address);
    if (gone.has(r.address) || customer?.withdrawn) continue;
    candidates.push({
      customerId: customer?.customer_id ?? null,
      address: r.address,
      name: r.name ?? customer?.name ?? '',
      language: pickLanguage([r.language, customer?.language], survey),
    });
  }
  return { candidates, excluded: recipients.length - candidates.length };
}
