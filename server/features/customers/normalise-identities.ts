// Normalises a list of identities given in a request, or throws 400 naming the one at fault
// (`<field>.<index>.value`). Duplicates after normalisation collapse into one.
import type { IdentityInput, IdentityKind } from '../../../common/customers/identities';
import { badRequest } from '../../platform/errors';
import { identityKey, normaliseIdentity } from './identity';

export function normaliseIdentities(
  identities: IdentityInput[],
  phoneCountry: string | null,
  field = 'identities',
): { kind: IdentityKind; value: string }[] {
  const seen = new Map<string, { kind: IdentityKind; value: string }>();
  identities.forEach((identity, i) => {
    const result = normaliseIdentity(identity.kind, identity.value, phoneCountry);
    if (!result.ok) throw badRequest(result.message, `${field}.${i}.value`);
    seen.set(identityKey(identity.kind, result.value), { kind: identity.kind, value: result.value });
  });
  return [...seen.values()];
}
