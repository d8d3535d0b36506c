// A new workspace, its brand (the root of the location tree) and its first owner, in one transaction.
import type { Language } from '../../../common/roles';
import { asSystem, type Db } from '../../db/database';
import { writeAudit } from '../audit/write-audit';
import { conflict, isUniqueViolation } from '../errors';
import { newId, shortCode } from '../ids';

export interface CreateWorkspaceOptions {
  name: string;
  /** Made from the name when missing. */
  slug?: string;
  defaultLanguage: Language;
  timeZone: string;
  currency: string;
  phoneCountry?: string | null;
  /** Becomes the owner. */
  ownerUserId: string;
  ip?: string;
}

function slugify(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return ascii.length >= 2 ? `${ascii}-${shortCode(4)}` : `ws-${shortCode(8)}`;
}

export async function createWorkspace(db: Db, opts: CreateWorkspaceOptions) {
  const id = newId();
  const slug = opts.slug ?? slugify(opts.name);
  try {
    return await asSystem(db, async (tx) => {
      const workspace = await tx
        .insertInto('workspaces')
        .values({
          id,
          name: opts.name,
          slug,
          default_language: opts.defaultLanguage,
          time_zone: opts.timeZone,
          currency: opts.currency,
          phone_country: opts.phoneCountry ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('memberships')
        .values({ workspace_id: id, user_id: opts.ownerUserId, role: 'owner' })
        .execute();
      await tx
        .insertInto('locations')
        .values({
          workspace_id: id,
          id: newId(),
          parent_id: null,
          kind: 'brand',
          name: opts.name,
          code: 'brand',
        })
        .execute();
      await writeAudit(
        tx,
        id,
        { userId: opts.ownerUserId, apiKeyId: null, ip: opts.ip ?? null },
        { action: 'workspace.created', targetType: 'workspace', targetId: id },
      );
      return workspace;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('That slug is taken.', 'slug');
    throw e;
  }
}
