import type { Role } from '../../../common/roles';

export const presentMember = (m: {
  id: string;
  email: string;
  name: string;
  role: Role;
  created_at: Date;
}) => ({
  userId: m.id,
  email: m.email,
  name: m.name,
  role: m.role,
  joinedAt: m.created_at.toISOString(),
});
