// A mapping is checked whole before an import starts (and again when its job begins, in case a
// custom field went away meanwhile): every column named is one of the file's, every target is
// one Rapport knows, no target twice (except ignore), the match-by identity has its column, and
// every attribute is a field of the workspace. Each fault is a 400 naming `mapping.<column>`.
import type { IdentityKind } from '../../../../common/customers/identities';
import { badRequest } from '../../../platform/errors';
import { parseTarget, TARGET_HELP, type Target } from './targets';

/** The target of every column, in the order of the headers (ignore where the mapping is silent). */
export function checkMapping(
  headers: string[],
  mapping: Record<string, string>,
  matchBy: IdentityKind,
  fieldKeys: Set<string>,
): Target[] {
  const known = new Set(headers);
  const used = new Map<string, string>();
  for (const [column, text] of Object.entries(mapping)) {
    const field = `mapping.${column}`;
    if (!known.has(column)) throw badRequest(`The file has no column "${column}".`, field);
    const target = parseTarget(text);
    if (!target) throw badRequest(`"${text}" is not a target: use ${TARGET_HELP}.`, field);
    if (target.type === 'attribute' && !fieldKeys.has(target.key)) {
      throw badRequest(`No custom field "${target.key}": define it first.`, field);
    }
    if (target.type === 'ignore') continue;
    const other = used.get(text);
    if (other !== undefined)
      throw badRequest(`Columns "${other}" and "${column}" both map to ${text}.`, field);
    used.set(text, column);
  }
  if (!used.has(matchBy)) {
    throw badRequest(`Map a column to ${matchBy} to match customers by it.`, 'matchBy');
  }
  return headers.map((h) => (mapping[h] === undefined ? { type: 'ignore' } : parseTarget(mapping[h]!)!));
}
