// Search terms on a real PostgreSQL: written with the facts of a submitted response, rebuilt by
// the backfill, and queried through a tsquery that no input can break.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import { inWorkspace } from '../../../db/database';
import { randomToken } from '../../../platform/ids';
import { tsqueryText } from '../../../platform/text/search-sql';
import { signedIn } from '../../../test/client';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey } from '../../responses/test-survey';
import { insertTestResponses } from '../test-responses';
import { refreshSearchTerms } from './refresh-search-terms';

const ctx = useTestApp();

describe('search terms', () => {
  it('are written when a respondent submits a comment', async () => {
    const owner = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, owner);
    const s = await publishTestSurvey(ctx, ws.id, storeVisitSurvey);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/s/${s.key}/responses`,
      payload: {
        idempotencyKey: randomToken(16),
        answers: { nps: 4, satisfaction: 2, comment: '排队太久了' },
        language: 'zh-CN',
        complete: true,
      },
    });
    expect(res.statusCode).toBe(201);
    const api = await signedIn(ctx.app, owner);
    const found = await api.get(
      `/api/v1/workspaces/${ws.id}/analytics/comments?q=${encodeURIComponent('排队')}`,
    );
    expect(found.body.items).toMatchObject([{ text: '排队太久了', matches: ['排队'] }]);
  });

  it('are rebuilt in batches for rows written without them', async () => {
    const owner = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, owner);
    const s = await publishTestSurvey(ctx, ws.id, storeVisitSurvey);
    const texts = ['价格便宜', 'atención rápida', 'slow checkout', '服務態度很好', '!!!'];
    await insertTestResponses(
      ctx,
      s,
      storeVisitSurvey,
      texts.map((comment) => ({ answers: { nps: 5, comment } })),
    );
    const terms = () =>
      inWorkspace(ctx.db, ws.id, async (tx) =>
        (
          await sql<{
            value_text: string;
            terms: string | null;
          }>`SELECT value_text, terms::text FROM response_answers
            WHERE workspace_id = ${ws.id} AND question_type = 'text' ORDER BY value_text`.execute(tx)
        ).rows.map((r) => [r.value_text, r.terms]),
      );
    const written = await terms();
    expect(written.find(([t]) => t === '价格便宜')?.[1]).toBe("'价格' '价格便宜' '便宜' '格便'");
    expect(written.find(([t]) => t === '!!!')?.[1]).toBeNull();

    await inWorkspace(ctx.db, ws.id, (tx) =>
      tx.updateTable('response_answers').set({ terms: null }).where('workspace_id', '=', ws.id).execute(),
    );
    const count = await inWorkspace(ctx.db, ws.id, (tx) => refreshSearchTerms(tx, ws.id, { batchSize: 2 }));
    expect(count).toBe(texts.length);
    expect(await terms()).toEqual(written);
  });

  it('are queried through a tsquery that quotes and backslashes cannot break', async () => {
    const owner = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, owner);
    const odd = ["o'brien", 'back\\slash', "a:*|!&(')"];
    const q = tsqueryText({ terms: odd, prefixLast: true })!;
    const matched = await inWorkspace(ctx.db, ws.id, async (tx) => {
      const { rows } = await sql<{ hit: boolean; parsed: string }>`
        SELECT array_to_tsvector(${[...odd, 'other']}::text[]) @@ ${q}::tsquery AS hit,
          ${q}::tsquery::text AS parsed`.execute(tx);
      return rows[0]!;
    });
    expect(matched.hit).toBe(true);
    expect(matched.parsed).toBe("'o''brien' & 'back\\\\slash' & 'a:*|!&('')':*");
  });
});
