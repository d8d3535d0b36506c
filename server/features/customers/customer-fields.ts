// The workspace's custom customer fields (typed attributes): list, define, relabel, remove.
// Removing a field removes its values from every customer in the same transaction.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit/write-audit';
import { badRequest, conflict, isUniqueViolation, notFound } from '../../platform/errors';

export const fieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: z.enum(['text', 'number', 'date', 'boolean', 'choice']),
  options: z.array(z.string()),
  position: z.number(),
});
export const defineFieldBody = z.object({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Lower-case letters, digits and _, starting with a letter.'),
  label: z.string().trim().min(1).max(100),
  type: fieldSchema.shape.type,
  options: z.array(z.string().trim().min(1).max(100)).max(200).default([]),
  position: z.number().int().min(0).default(0),
});
export const updateFieldBody = z.object({
  label: z.string().trim().min(1).max(100).optional(),
  options: z.array(z.string().trim().min(1).max(100)).max(200).optional(),
  position: z.number().int().min(0).optional(),
});
export const fieldParams = z.object({ workspaceId: z.string(), fieldKey: z.string().max(40) });

const present = (f: { key: string; label: string; type: string; options: string[]; position: number }) =>
  fieldSchema.parse({ key: f.key, label: f.label, type: f.type, options: f.options, position: f.position });

export async function listFields(tx: Tx, actor: Actor) {
  const rows = await tx
    .selectFrom('customer_fields')
    .selectAll()
    .where('workspace_id', '=', actor.workspaceId)
    .orderBy('position')
    .orderBy('key')
    .execute();
  return rows.map(present);
}

export async function defineField(tx: Tx, actor: Actor, body: z.infer<typeof defineFieldBody>) {
  if (body.type === 'choice' && body.options.length === 0)
    throw badRequest('A choice field needs options.', 'options');
  try {
    const row = await tx
      .insertInto('customer_fields')
      .values({
        workspace_id: actor.workspaceId,
        key: body.key,
        label: body.label,
        type: body.type,
        options: JSON.stringify(body.type === 'choice' ? body.options : []),
        position: body.position,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor.workspaceId, actor, {
      action: 'customer_field.defined',
      targetType: 'customer_field',
      details: { key: body.key, type: body.type },
    });
    return present(row);
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`A field "${body.key}" exists already.`, 'key');
    throw e;
  }
}

export async function updateField(tx: Tx, actor: Actor, key: string, body: z.infer<typeof updateFieldBody>) {
  const current = await tx
    .selectFrom('customer_fields')
    .selectAll()
    .where('workspace_id', '=', actor.workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!current) throw notFound('customer field');
  if (body.options && current.type !== 'choice')
    throw badRequest('Only choice fields have options.', 'options');
  const row = await tx
    .updateTable('customer_fields')
    .set({
      label: body.label ?? current.label,
      options: JSON.stringify(body.options ?? current.options),
      position: body.position ?? current.position,
    })
    .where('workspace_id', '=', actor.workspaceId)
    .where('key', '=', key)
    .returningAll()
    .executeTakeFirstOrThrow();
  return present(row);
}

export async function removeField(tx: Tx, actor: Actor, key: string) {
  const gone = await tx
    .deleteFrom('customer_fields')
    .where('workspace_id', '=', actor.workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!gone.numDeletedRows) throw notFound('customer field');
  await tx
    .updateTable('customers')
    .set({ attributes: sql`attributes - ${key}::text` })
    .where('workspace_id', '=', actor.workspaceId)
    .where(sql<boolean>`attributes ? ${key}::text`)
    .execute();
  await writeAudit(tx, actor.workspaceId, actor, {
    action: 'customer_field.removed',
    targetType: 'customer_field',
    details: { key },
  });
}
