// Create a customer with its identities, attributes, tags and consent. An identity that is
// already someone else's is a 409 identity_taken naming the owner, and nothing is written.
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { publishEvent } from '../../platform/events/publish-event';
import { newId } from '../../platform/ids';
import { applyAttributes, fieldsOf } from './attributes';
import { applyConsent } from './consent';
import { normaliseIdentities } from './normalise-identities';
import type { CreateCustomerBody } from './schemas';
import { insertIdentities, ownersOf, phoneCountryOf } from './store';

export async function createCustomer(tx: Tx, actor: Actor, body: CreateCustomerBody, source = 'console') {
  const ws = actor.workspaceId;
  const identities = normaliseIdentities(body.identities, await phoneCountryOf(tx, ws));
  const attributes = applyAttributes(await fieldsOf(tx, ws), {}, body.attributes);
  const taken = await ownersOf(tx, ws, identities);
  if (taken.length) throw identityTaken(taken);
  const row = await tx
    .insertInto('customers')
    .values({
      workspace_id: ws,
      id: newId(),
      name: body.name,
      attributes: JSON.stringify(attributes),
      tags: [...new Set(body.tags)],
      language: body.language,
      preferred_channel: body.preferredChannel,
      time_zone: body.timeZone,
      consent: JSON.stringify(applyConsent({}, body.consent)),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const lost = await insertIdentities(tx, ws, row.id, identities, source);
  if (lost.length) throw identityTaken(await ownersOf(tx, ws, lost));
  await publishEvent(tx, ws, 'customer.created', { customerId: row.id });
  return row;
}

export function identityTaken(taken: { kind: string; value: string; customer_id: string }[]): AppError {
  return new AppError(
    409,
    'identity_taken',
    `This ${taken[0]!.kind} already belongs to another customer.`,
    'identities',
    undefined,
    taken.map((t) => ({ field: `${t.kind}:${t.value}`, code: 'identity_taken', message: t.customer_id })),
  );
}
