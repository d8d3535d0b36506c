// Who the request comes from before any workspace is involved: a signed-in person or an API key.
import type { Role } from '../../../common/roles';

export type Principal =
  | { kind: 'session'; userId: string; sessionId: string; csrfToken: string }
  | { kind: 'apikey'; apiKeyId: string; workspaceId: string; role: Role };

export const SESSION_COOKIE = 'rapport_session';
export const CSRF_HEADER = 'x-csrf-token';
