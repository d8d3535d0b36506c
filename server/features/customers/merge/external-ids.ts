// Two customers holding different external ids are two records in the brand's own system: a
// merge of those is never automatic and needs an explicit confirmation.
import type { IdentityRow } from '../store';

export function holdDifferentExternalIds(a: IdentityRow[], b: IdentityRow[]): boolean {
  const ids = (list: IdentityRow[]) =>
    new Set(list.filter((i) => i.kind === 'external_id').map((i) => i.value));
  const ea = ids(a);
  const eb = ids(b);
  return ea.size > 0 && eb.size > 0 && ![...ea].some((v) => eb.has(v));
}
