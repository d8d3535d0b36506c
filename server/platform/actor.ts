// Who is making a request, in which workspace, with which role — the result of authentication.
import type { Role } from '../../common/roles';

export interface Actor {
  workspaceId: string;
  role: Role;
  userId: string | null;
  apiKeyId: string | null;
  /** Set for cookie sessions (writes then need the CSRF token); null for API keys. */
  sessionId: string | null;
  ip: string | null;
}
