// Reading responses in the console: filters, detail, roles and other workspaces.
import { describe, expect, it } from 'vitest';
import { storeVisitSurvey } from '../../../common/survey/fixtures';
import { randomToken } from '../../platform/ids';
import { signedIn } from '../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../test/test-app';
import { publishTestSurvey } from './test-survey';

const ctx = useTestApp();

async function answer(key: string, answers: Record<string, unknown>, complete: boolean, language = 'en') {
  const res = await ctx.app.inject({
    method: 'POST',
    url: `/s/${key}/responses`,
    payload: { idempotencyKey: randomToken(16), answers, language, complete },
  });
  expect(res.statusCode).toBe(201);
  return res.json().responseId as string;
}

describe('GET /api/v1/workspaces/:ws/surveys/:id/responses', () => {
  it('lists responses newest first with filters, and shows one with its answers', async () => {
    const owner = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, owner);
    const s = await publishTestSurvey(ctx, ws.id, storeVisitSurvey);
    const done = await answer(s.key, { nps: 10 }, true);
    const partial = await answer(s.key, { nps: 2 }, false, 'zh-CN');
    const api = await signedIn(ctx.app, owner);
    const base = `/api/v1/workspaces/${ws.id}/surveys/${s.surveyId}/responses`;

    const all = await api.get(base);
    expect(all.status).toBe(200);
    expect(all.body.items.map((r: { id: string }) => r.id)).toEqual([partial, done]);
    expect((await api.get(`${base}?status=complete`)).body.items.map((r: { id: string }) => r.id)).toEqual([
      done,
    ]);
    expect((await api.get(`${base}?language=zh-CN`)).body.items.map((r: { id: string }) => r.id)).toEqual([
      partial,
    ]);
    const paged = await api.get(`${base}?limit=1`);
    expect(paged.body.items).toHaveLength(1);
    expect((await api.get(`${base}?limit=1&cursor=${paged.body.nextCursor}`)).body.items[0].id).toBe(done);
    expect((await api.get(`${base}?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z`)).body.items).toEqual(
      [],
    );

    const detail = await api.get(`${base}/${done}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id: done,
      status: 'complete',
      answers: { nps: 10 },
      ending: 'promoter_thanks',
      answerCount: 1,
    });
    expect((await api.get(`${base}/${partial}`)).body).toMatchObject({
      status: 'partial',
      currentPage: null,
    });
  });

  it('keeps responses from viewers and from other workspaces', async () => {
    const owner = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, owner);
    const s = await publishTestSurvey(ctx, ws.id, storeVisitSurvey);
    const id = await answer(s.key, { nps: 10 }, true);
    const viewer = await makeUser(ctx);
    await addMember(ctx, ws.id, viewer.id, 'viewer');
    const base = `/api/v1/workspaces/${ws.id}/surveys/${s.surveyId}/responses`;
    expect((await (await signedIn(ctx.app, viewer)).get(base)).status).toBe(403);

    const stranger = await makeUser(ctx);
    const theirs = await makeWorkspace(ctx, stranger);
    const api = await signedIn(ctx.app, stranger);
    expect((await api.get(base)).status).toBe(404);
    const cross = await api.get(`/api/v1/workspaces/${theirs.id}/surveys/${s.surveyId}/responses/${id}`);
    expect(cross.status).toBe(404);
  });
});
