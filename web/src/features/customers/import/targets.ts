// The column mapping's rules: where it starts, which identity kinds it can match by, and targets
// chosen twice. (The targets themselves, with their labels: target-groups.ts.)
import { IDENTITY_KINDS, type IdentityKind } from '../../../api/customers';

export const IGNORE = 'ignore';

/** The mapping to start from: the server's suggestion, "ignore" for the rest. */
export function initialMapping(headers: readonly string[], suggested: Record<string, string>) {
  return Object.fromEntries(headers.map((h) => [h, suggested[h] ?? IGNORE]));
}

/**
 * The identity kinds some column is mapped to, in the file's column order: the ones an import can
 * match by, the first being the default (files tend to start with their key column).
 */
export function mappedIdentityKinds(mapping: Record<string, string>): IdentityKind[] {
  const kinds = new Set<string>(IDENTITY_KINDS);
  return [...new Set(Object.values(mapping).filter((t) => kinds.has(t)))] as IdentityKind[];
}

/** Targets two columns point at (each may take one column; "ignore" any number). */
export function duplicateTargets(mapping: Record<string, string>): string[] {
  const seen = new Map<string, number>();
  for (const target of Object.values(mapping)) {
    if (target === IGNORE) continue;
    seen.set(target, (seen.get(target) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([target]) => target);
}
