import type { Language, Role } from '../../../common/roles';
import type { WorkspacesTable } from '../../db/schema';
import type { Selectable } from 'kysely';

export function presentWorkspace(w: Selectable<WorkspacesTable>, role: Role) {
  return {
    id: w.id,
    name: w.name,
    slug: w.slug,
    defaultLanguage: w.default_language as Language,
    timeZone: w.time_zone,
    currency: w.currency,
    phoneCountry: w.phone_country,
    createdAt: w.created_at.toISOString(),
    role,
  };
}
