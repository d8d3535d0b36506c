// Erase one customer (a privacy "erasure" request): the profile, identities, events, computed
// value and merge history go; survey invitations lose their address; orders stay as anonymous sales (customer_id set to null by the
// foreign key) and responses stay for statistics without the person (customer-links.ts);
// rejected import rows that carry one of the customer's identities are removed too. One
// transaction; the audit row and the `customer.erased` event name only the id.
import { sql } from 'kysely';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { badRequest, notFound } from '../../../platform/errors';
import { publishEvent } from '../../../platform/events/publish-event';
import { anonymiseCustomerResponses } from '../../responses/customer-links';
import { enqueueValueRecompute } from '../value/enqueue';
import { findCustomer, identitiesOf } from '../store';

export async function eraseCustomer(
  tx: Tx,
  actor: Actor,
  customerId: string,
  confirm: string,
): Promise<void> {
  const ws = actor.workspaceId;
  const customer = await findCustomer(tx, ws, customerId);
  if (!customer) throw notFound('customer');
  if (confirm !== customerId) throw badRequest("Confirm with the customer's id.", 'confirm');
  const identities = await identitiesOf(tx, ws, customerId);
  const texts = [
    ...new Set(
      [customer.name, ...identities.map((i) => i.value)].map((v) => v.trim().toLowerCase()).filter(Boolean),
    ),
  ];
  const phones = identities.filter((i) => i.kind === 'phone').map((i) => i.value.replace(/\D/g, ''));

  const responses = await anonymiseCustomerResponses(tx, ws, customerId);
  // Invitations stay for the distribution's counts, without the address they went to. (An
  // unsubscribe stays too: it is what keeps the address from being written to again.)
  await tx
    .updateTable('survey_invitations')
    .set({ address: '', name: '' })
    .where('workspace_id', '=', ws)
    .where('customer_id', '=', customerId)
    .execute();
  await tx.deleteFrom('customers').where('workspace_id', '=', ws).where('id', '=', customerId).execute();
  // An import's rejected rows keep the file's raw cells: drop those that name this person.
  await sql`
    DELETE FROM customer_import_rejects r
    WHERE r.workspace_id = ${ws} AND EXISTS (
      SELECT 1 FROM jsonb_each_text(r.raw) cell
      WHERE lower(btrim(cell.value)) = ANY(${texts}::text[])
        OR (length(regexp_replace(cell.value, '\\D', '', 'g')) >= 7
            AND EXISTS (SELECT 1 FROM unnest(${phones}::text[]) p
                        WHERE p LIKE '%' || regexp_replace(cell.value, '\\D', '', 'g'))))`.execute(tx);
  // An import not yet run keeps a preview of the file's first rows: clear those that name them.
  // (The uploaded file itself stays until the import runs or is cancelled.)
  await sql`
    UPDATE customer_imports i SET preview = '[]'
    WHERE i.workspace_id = ${ws} AND EXISTS (
      SELECT 1 FROM jsonb_array_elements(i.preview) row_cells, jsonb_array_elements_text(row_cells) cell
      WHERE lower(btrim(cell)) = ANY(${texts}::text[]))`.execute(tx);
  await writeAudit(tx, ws, actor, {
    action: 'customer.erased',
    targetType: 'customer',
    targetId: customerId,
    details: { responsesAnonymised: responses },
  });
  await publishEvent(tx, ws, 'customer.erased', { customerId });
  await enqueueValueRecompute(tx, ws);
}
