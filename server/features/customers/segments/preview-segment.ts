// How many customers a definition matches now, and the newest ten of them — what the segment
// builder shows while it is edited. Saves nothing.
import type { SegmentDefinition } from '../../../../common/customers/segments';
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { checkDefinition } from './check-definition';
import { definitionCondition } from './segment-members';
import { countMatching, sampleCustomers } from './store';

export const PREVIEW_SAMPLE = 10;

export async function previewSegment(tx: Tx, actor: Actor, draft: SegmentDefinition) {
  const ws = actor.workspaceId;
  const condition = definitionCondition(tx, ws, await checkDefinition(tx, ws, draft));
  const [[count], sample] = await Promise.all([
    countMatching(tx, ws, [condition]),
    sampleCustomers(tx, ws, condition, PREVIEW_SAMPLE),
  ]);
  return { count: count!, sample };
}
