// What the surveys tests share: an owner in a fresh workspace, and a response row written straight
// into the database (the intake is another feature; these tests only need one to exist).
import { inWorkspace } from '../../db/database';
import { newId, randomToken } from '../../platform/ids';
import { signedIn, type Client } from '../../test/client';
import { makeUser, makeWorkspace, type TestContext } from '../../test/test-app';

export interface Owner {
  api: Client;
  /** /api/v1/workspaces/:id */
  base: string;
  workspaceId: string;
  userId: string;
}

/**
 * A fresh workspace per call, all owned by one user signed in once (sign-in is rate limited per
 * address, and every test request comes from the same one).
 */
export function ownerFactory(ctx: TestContext): () => Promise<Owner> {
  let me: Promise<{ id: string; api: Client }> | undefined;
  return async () => {
    me ??= makeUser(ctx).then(async (user) => ({ id: user.id, api: await signedIn(ctx.app, user) }));
    const { id, api } = await me;
    const ws = await makeWorkspace(ctx, { id });
    return { api, base: `/api/v1/workspaces/${ws.id}`, workspaceId: ws.id, userId: id };
  };
}

export async function insertResponse(
  ctx: TestContext,
  workspaceId: string,
  r: { surveyId: string; version: number; waveId?: string; status?: 'partial' | 'complete' },
): Promise<string> {
  const id = newId();
  await inWorkspace(ctx.db, workspaceId, (tx) =>
    tx
      .insertInto('responses')
      .values({
        workspace_id: workspaceId,
        id,
        survey_id: r.surveyId,
        version: r.version,
        wave_id: r.waveId ?? null,
        session_hash: randomToken(16),
        status: r.status ?? 'complete',
        language: 'en',
        channel: 'link',
        device_class: 'desktop',
        answers: '{}',
        hidden: '{}',
        page_seconds: '{}',
      })
      .execute(),
  );
  return id;
}
