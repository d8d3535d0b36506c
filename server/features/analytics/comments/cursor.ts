// The explorer's page cursor: the keyset of the last comment shown (completed_at to the
// microsecond, response, question), opaque to clients.
import { badRequest } from '../../../platform/errors';
import { UUID } from '../../../platform/ids';
import type { CommentKey } from './store';

export const encodeCursor = (k: CommentKey): string =>
  Buffer.from(JSON.stringify([k.completedUs, k.responseId, k.questionId])).toString('base64url');

export function decodeCursor(cursor: string): CommentKey {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    parts = null;
  }
  const [completedUs, responseId, questionId] = Array.isArray(parts) ? parts : [];
  if (
    typeof completedUs !== 'string' ||
    !/^-?\d{1,19}$/.test(completedUs) ||
    typeof responseId !== 'string' ||
    !UUID.test(responseId) ||
    typeof questionId !== 'string' ||
    questionId.length > 40
  )
    throw badRequest('The cursor is not one this API gave out.', 'cursor');
  return { completedUs, responseId, questionId };
}
