// PATCH a customer: name, attributes (merged; null removes), tags (replaced), language,
// preferred channel and consent per channel.
import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { applyAttributes, fieldsOf } from './attributes';
import { applyConsent } from './consent';
import type { UpdateCustomerBody } from './schemas';
import { findCustomer } from './store';

export async function updateCustomer(tx: Tx, actor: Actor, customerId: string, body: UpdateCustomerBody) {
  const ws = actor.workspaceId;
  const current = await findCustomer(tx, ws, customerId);
  if (!current) throw notFound('customer');
  const row = await tx
    .updateTable('customers')
    .set({
      name: body.name ?? current.name,
      attributes: JSON.stringify(
        body.attributes
          ? applyAttributes(await fieldsOf(tx, ws), current.attributes, body.attributes)
          : current.attributes,
      ),
      tags: body.tags ? [...new Set(body.tags)] : current.tags,
      language: body.language === undefined ? current.language : body.language,
      preferred_channel:
        body.preferredChannel === undefined ? current.preferred_channel : body.preferredChannel,
      time_zone: body.timeZone === undefined ? current.time_zone : body.timeZone,
      consent: JSON.stringify(body.consent ? applyConsent(current.consent, body.consent) : current.consent),
      updated_at: sql`now()`,
    })
    .where('workspace_id', '=', ws)
    .where('id', '=', customerId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return row;
}
