// What one batch of valid rows does to the customers, decided in memory from the identities'
// current owners (one query per batch), so that the writes are a few set-based statements:
// - the match-by identity finds the customer, or a new one is made for it;
// - another identity in the row that belongs to a different customer rejects the whole row
//   (identity_taken): an import never moves an identity or merges two customers;
// - rows with the same match key (twice in the file) go to the same customer in file order, the
//   later one's non-empty cells winning, exactly as if the rows had been applied one by one;
// - every row is counted once: inserted (the row that made the customer) or updated.
import type { ConsentChannel, IdentityKind } from '../../../../common/customers/identities';
import type { Language } from '../../../../common/roles';
import type { AttributeValue } from '../attributes';
import { identityKey } from '../identity';
import type { Candidate, Reject } from './map-row';

export interface CustomerWrite {
  id: string;
  /** Made by this batch (INSERT) rather than already there (UPDATE). */
  isNew: boolean;
  name: string | null;
  attributes: Record<string, AttributeValue>;
  tags: string[] | null;
  language: Language | null;
  timeZone: string | null;
  preferredChannel: ConsentChannel | null;
  consent: Partial<Record<ConsentChannel, 'granted' | 'withdrawn'>>;
}

export interface IdentityWrite {
  kind: IdentityKind;
  value: string;
  customerId: string;
}

export interface BatchPlan {
  customers: CustomerWrite[];
  /** Identities no one holds yet, each with the customer that gets it. */
  identities: IdentityWrite[];
  rejects: Reject[];
  inserted: number;
  updated: number;
}

/**
 * @param owners identityKey → customer id, for every identity of the batch someone already holds
 * @param newId makes the id of a new customer
 */
export function planBatch(
  candidates: Candidate[],
  matchBy: IdentityKind,
  owners: Map<string, string>,
  newId: () => string,
): BatchPlan {
  const claims = new Map(owners);
  const customers = new Map<string, CustomerWrite>();
  const identities: IdentityWrite[] = [];
  const rejects: Reject[] = [];
  let inserted = 0;
  let updated = 0;

  for (const c of candidates) {
    const matchKey = identityKey(matchBy, c.key);
    const existing = claims.get(matchKey);
    const customerId = existing ?? newId();
    const taken = c.identities.find((i) => {
      const owner = claims.get(identityKey(i.kind, i.value));
      return owner !== undefined && owner !== customerId;
    });
    if (taken) {
      rejects.push({
        row: c.row,
        code: 'identity_taken',
        field: taken.column,
        message: `This ${taken.kind} belongs to another customer than the one this row's ${matchBy} matches.`,
        cells: c.cells,
      });
      continue;
    }
    if (!existing) {
      claims.set(matchKey, customerId);
      identities.push({ kind: matchBy, value: c.key, customerId });
    }
    for (const i of c.identities) {
      const k = identityKey(i.kind, i.value);
      if (claims.has(k)) continue;
      claims.set(k, customerId);
      identities.push({ kind: i.kind, value: i.value, customerId });
    }

    let write = customers.get(customerId);
    if (write) {
      updated++;
    } else {
      write = {
        id: customerId,
        isNew: !existing,
        name: null,
        attributes: {},
        tags: null,
        language: null,
        timeZone: null,
        preferredChannel: null,
        consent: {},
      };
      customers.set(customerId, write);
      if (existing) updated++;
      else inserted++;
    }
    if (c.name !== null) write.name = c.name;
    Object.assign(write.attributes, c.attributes);
    if (c.tags !== null) write.tags = c.tags;
    if (c.language !== null) write.language = c.language;
    if (c.timeZone !== null) write.timeZone = c.timeZone;
    if (c.preferredChannel !== null) write.preferredChannel = c.preferredChannel;
    Object.assign(write.consent, c.consent);
  }
  return { customers: [...customers.values()], identities, rejects, inserted, updated };
}
