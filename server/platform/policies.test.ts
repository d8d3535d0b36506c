import { describe, expect, it } from 'vitest';
import { ROLES } from '../../common/roles';
import { can, canGrant, POLICIES, type Action } from './policies';

describe('policies', () => {
  it('gives owners every action, and viewers only reads', () => {
    for (const action of Object.keys(POLICIES) as Action[]) {
      expect(can('owner', action)).toBe(true);
      expect(can('viewer', action)).toBe(
        action.endsWith('.read') &&
          !['invitations.read', 'audit.read', 'responses.read', 'customers.read'].includes(action),
      );
    }
  });

  it.each([
    ['admin', 'locations.write', true],
    ['analyst', 'locations.write', false],
    ['agent', 'members.write', false],
    ['admin', 'members.manageOwners', false],
    ['admin', 'audit.read', true],
    ['analyst', 'audit.read', false],
    ['admin', 'webhooks.manage', true],
    ['agent', 'apikeys.manage', false],
  ] as const)('%s may %s: %s', (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  it('lets only owners hand out the owner role', () => {
    for (const granter of ROLES) {
      expect(canGrant(granter, 'owner')).toBe(granter === 'owner');
      expect(canGrant(granter, 'viewer')).toBe(true);
    }
  });
});
