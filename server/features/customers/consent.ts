// Consent per channel is stored with when and where it was given or withdrawn; a change to the
// same status keeps its original time and source.
import type { ConsentRow } from '../../db/schema';

export function applyConsent(
  current: Record<string, ConsentRow>,
  changes: Partial<Record<string, { status: ConsentRow['status']; source: string }>>,
  now = new Date(),
): Record<string, ConsentRow> {
  const next = { ...current };
  for (const [channel, change] of Object.entries(changes)) {
    if (!change || next[channel]?.status === change.status) continue;
    next[channel] = { status: change.status, source: change.source, at: now.toISOString() };
  }
  return next;
}
