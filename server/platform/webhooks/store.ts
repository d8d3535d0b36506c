// SQL for webhooks and their delivery log. No rules here: those live in the use-case files.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Tx } from '../../db/database';
import type { WebhookDeliveriesTable, WebhooksTable } from '../../db/schema';

export const webhooksQuery = (tx: Tx, workspaceId: string) =>
  tx.selectFrom('webhooks').selectAll().where('workspace_id', '=', workspaceId);

export const findWebhook = (tx: Tx, workspaceId: string, id: string) =>
  tx
    .selectFrom('webhooks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();

export const insertWebhook = (tx: Tx, row: Insertable<WebhooksTable>) =>
  tx.insertInto('webhooks').values(row).returningAll().executeTakeFirstOrThrow();

export const updateWebhookRow = (
  tx: Tx,
  workspaceId: string,
  id: string,
  changes: Updateable<WebhooksTable>,
) =>
  tx
    .updateTable('webhooks')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

/** Also removes its delivery log (ON DELETE CASCADE). */
export const deleteWebhookRow = (tx: Tx, workspaceId: string, id: string) =>
  tx.deleteFrom('webhooks').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();

/** Active webhooks that subscribe to this event type, by name or with '*'. */
export const subscribedWebhooks = (tx: Tx, workspaceId: string, eventType: string) =>
  tx
    .selectFrom('webhooks')
    .select(['id'])
    .where('workspace_id', '=', workspaceId)
    .where('active', '=', true)
    .where(sql<boolean>`event_types && ARRAY[${eventType}, '*']::text[]`)
    .execute();

/**
 * First deliveries of an event: a webhook that already has one for this event is skipped (the
 * partial unique index webhook_deliveries_first). Returns the rows actually made.
 */
export const insertFirstDeliveries = (tx: Tx, rows: Insertable<WebhookDeliveriesTable>[]) =>
  rows.length === 0
    ? Promise.resolve([])
    : tx
        .insertInto('webhook_deliveries')
        .values(rows)
        .onConflict((oc) =>
          oc
            .columns(['workspace_id', 'webhook_id', 'event_id'])
            .where('redelivery_of', 'is', null)
            .doNothing(),
        )
        .returning(['id'])
        .execute();

export const insertDelivery = (tx: Tx, row: Insertable<WebhookDeliveriesTable>) =>
  tx.insertInto('webhook_deliveries').values(row).returningAll().executeTakeFirstOrThrow();

export const findDelivery = (tx: Tx, workspaceId: string, webhookId: string, id: string) =>
  tx
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('webhook_id', '=', webhookId)
    .where('id', '=', id)
    .executeTakeFirst();

/** A webhook's delivery log, for paginate() (newest first by id). */
export const deliveriesOf = (tx: Tx, workspaceId: string, webhookId: string) =>
  tx
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('webhook_id', '=', webhookId);

/** Everything one delivery attempt needs: the delivery, its webhook and its event. */
export const findDeliveryWork = (tx: Tx, workspaceId: string, deliveryId: string) =>
  tx
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhooks as w', (j) =>
      j.onRef('w.workspace_id', '=', 'd.workspace_id').onRef('w.id', '=', 'd.webhook_id'),
    )
    .innerJoin('events as e', (j) =>
      j.onRef('e.workspace_id', '=', 'd.workspace_id').onRef('e.id', '=', 'd.event_id'),
    )
    .select([
      'd.id',
      'd.workspace_id',
      'd.webhook_id',
      'd.status',
      'w.url',
      'w.secret',
      'w.active',
      'e.id as event_id',
      'e.type as event_type',
      'e.payload as event_payload',
      'e.created_at as event_created_at',
    ])
    .where('d.workspace_id', '=', workspaceId)
    .where('d.id', '=', deliveryId)
    .executeTakeFirst();

/** The outcome of one attempt; attempts counts up in SQL so that concurrent writers cannot lose one. */
export const recordAttempt = (
  tx: Tx,
  workspaceId: string,
  id: string,
  outcome: Pick<
    Updateable<WebhookDeliveriesTable>,
    'status' | 'last_status_code' | 'last_error' | 'last_attempt_at' | 'delivered_at'
  >,
) =>
  tx
    .updateTable('webhook_deliveries')
    .set((eb) => ({ ...outcome, attempts: eb('attempts', '+', 1) }))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();

/** Closes a delivery without an HTTP attempt (its webhook was turned off meanwhile). */
export const closeDelivery = (tx: Tx, workspaceId: string, id: string, reason: string) =>
  tx
    .updateTable('webhook_deliveries')
    .set({ status: 'failed', last_error: reason })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
