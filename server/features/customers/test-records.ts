// Test helpers: a survey that links responses to customers by a hidden `email` field, a
// response answered through the real intake, and orders/events written straight into the
// tables (the activity API has its own tests).
import { expect } from 'vitest';
import { storeVisitSurvey } from '../../../common/survey/fixtures';
import { inWorkspace } from '../../db/database';
import { newId, randomToken } from '../../platform/ids';
import type { TestContext } from '../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../responses/test-survey';

export const linkedSurvey = {
  ...storeVisitSurvey,
  hiddenFields: [...storeVisitSurvey.hiddenFields, { name: 'email' }],
};

export const publishLinkedSurvey = (ctx: TestContext, workspaceId: string) =>
  publishTestSurvey(ctx, workspaceId, linkedSurvey);

/** A complete detractor response with a comment and contact details, sent with `hidden`. */
export async function answerAs(
  ctx: TestContext,
  survey: TestSurvey,
  hidden: Record<string, string>,
): Promise<string> {
  const res = await ctx.app.inject({
    method: 'POST',
    url: `/s/${survey.key}/responses`,
    payload: {
      idempotencyKey: randomToken(16),
      language: 'en',
      complete: true,
      hidden,
      answers: {
        nps: 3,
        satisfaction: 2,
        comment: `Ask for ${hidden.email ?? 'me'}`,
        callback: true,
        contact: { email: hidden.email ?? 'someone@example.com', phone: '' },
      },
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json().responseId as string;
}

export async function insertOrder(
  ctx: TestContext,
  workspaceId: string,
  customerId: string | null,
  amount: number,
  orderedAt = new Date(),
): Promise<string> {
  const id = newId();
  await inWorkspace(ctx.db, workspaceId, (tx) =>
    tx
      .insertInto('orders')
      .values({
        workspace_id: workspaceId,
        id,
        external_id: `T-${id}`,
        customer_id: customerId,
        amount,
        currency: 'CNY',
        items: '[]',
        ordered_at: orderedAt,
      })
      .execute(),
  );
  return id;
}

export async function insertEvent(
  ctx: TestContext,
  workspaceId: string,
  customerId: string,
  kind = 'store_visit',
) {
  await inWorkspace(ctx.db, workspaceId, (tx) =>
    tx
      .insertInto('customer_events')
      .values({
        workspace_id: workspaceId,
        id: newId(),
        customer_id: customerId,
        kind,
        occurred_at: new Date(),
        properties: '{}',
      })
      .execute(),
  );
}
