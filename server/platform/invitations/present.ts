import type { Role } from '../../../common/roles';

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  inviter_name: string | null;
}

export function invitationStatus(i: Omit<InvitationRow, 'inviter_name'>) {
  if (i.accepted_at) return 'accepted' as const;
  if (i.revoked_at) return 'revoked' as const;
  if (i.expires_at.getTime() <= Date.now()) return 'expired' as const;
  return 'pending' as const;
}

export const presentInvitation = (i: InvitationRow) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  status: invitationStatus(i),
  createdAt: i.created_at.toISOString(),
  expiresAt: i.expires_at.toISOString(),
  invitedBy: i.inviter_name,
});
