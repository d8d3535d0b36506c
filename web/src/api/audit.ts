import { useCursorList } from './list';
import type { AuditEntry } from './types';

export function useAuditLog(workspaceId: string, action: string) {
  return useCursorList<AuditEntry>(['ws', workspaceId, 'audit-log'], `/workspaces/${workspaceId}/audit-log`, {
    action: action || undefined,
  });
}
