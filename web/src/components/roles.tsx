// Role names, colours and the choices a person may hand out. Hiding buttons here is only a
// courtesy: the server decides (server/platform/policies.ts) and answers 403 otherwise.
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../api/types';
import { ColorTag, type TagColor } from './ColorTag';

const COLORS: Record<Role, TagColor> = {
  owner: 'gold',
  admin: 'blue',
  analyst: 'cyan',
  agent: 'green',
  viewer: 'grey',
};

export const isAdmin = (role: Role | undefined): boolean => role === 'owner' || role === 'admin';

/** Only owners may make owners (server: canGrant). */
export const grantableRoles = (myRole: Role | undefined): Role[] =>
  ROLES.filter((r) => r !== 'owner' || myRole === 'owner');

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <ColorTag color={COLORS[role]}>{t(`roles.${role}`)}</ColorTag>;
}

export function useRoleOptions(myRole: Role | undefined) {
  const { t } = useTranslation();
  return grantableRoles(myRole).map((r) => ({ value: r, label: t(`roles.${r}`) }));
}
