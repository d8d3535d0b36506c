// Test data for the report tests: a workspace in Shanghai time with two stores, a Chinese survey
// (NPS, CSAT, a single choice) and complete responses in the week 2026-11-09..15 and the week
// before, rolled up. The figures are small enough to check by hand:
//   week of 11-09, store A (上海南京路店): 25 × NPS 10, 5 × 8, 5 × 3 → NPS +57.1, n 35
//   week of 11-09, store B (北京王府井店):  5 × NPS 3                → NPS −100, n 5 (low base)
//   both stores that week: 25 promoters, 10 detractors of 40         → NPS +37.5
//   week of 11-02, store A: 35 × NPS 2 → −100: A's rise is significant (▲)
//   "what did you like" (multiple choice) that week: 35 answered (A's 5 detractors skipped it);
//   food 30 (85.7%), staff 25 (71.4%), price 5
import {
  surveyDefinitionSchema,
  type Answers,
  type SurveyDefinition,
} from '../../../../common/survey/definition';
import { inWorkspace } from '../../../db/database';
import { newId } from '../../../platform/ids';
import type { TestContext } from '../../../test/test-app';
import { makeUser, makeWorkspace } from '../../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../../responses/test-survey';
import { rollUpWorkspace } from '../rollups/roll-up';
import { insertTestResponses, type TestResponse } from '../test-responses';

export const SURVEY_NAME = '门店体验调查';
export const NPS_TITLE = '您向朋友推荐我们的可能性有多大？';
export const CSAT_TITLE = '总体而言，您的满意度如何？';
export const STORE_A = '上海南京路店';
export const STORE_B = '北京王府井店';

export const reportSurvey: SurveyDefinition = surveyDefinitionSchema.parse({
  defaultLanguage: 'zh-CN',
  languages: ['zh-CN', 'en'],
  pages: [
    {
      id: 'p1',
      questions: [
        { id: 'nps', type: 'nps', title: { 'zh-CN': NPS_TITLE, en: 'How likely are you to recommend us?' } },
        { id: 'sat', type: 'csat', title: { 'zh-CN': CSAT_TITLE, en: 'Overall, how satisfied were you?' } },
        {
          id: 'visit',
          type: 'single_choice',
          title: { 'zh-CN': '您的到店方式？', en: 'How did you visit us?' },
          options: [
            { id: 'dine_in', label: { 'zh-CN': '堂食', en: 'Dine in' } },
            { id: 'takeaway', label: { 'zh-CN': '外带', en: 'Takeaway' } },
          ],
        },
        {
          id: 'liked',
          type: 'multiple_choice',
          title: { 'zh-CN': '您喜欢什么？', en: 'What did you like?' },
          options: [
            { id: 'food', label: { 'zh-CN': '菜品', en: 'Food' } },
            { id: 'staff', label: { 'zh-CN': '服务人员', en: 'Staff' } },
            { id: 'price', label: { 'zh-CN': '价格', en: 'Price' } },
          ],
        },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { 'zh-CN': '谢谢', en: 'Thanks' } }],
});

export interface ReportWorld {
  ownerId: string;
  owner: { id: string; email: string; password: string };
  workspaceId: string;
  survey: TestSurvey;
}

const many = (count: number, r: TestResponse): TestResponse[] => Array.from({ length: count }, () => r);

export async function makeReportWorld(ctx: TestContext): Promise<ReportWorld> {
  const owner = await makeUser(ctx);
  const ws = await makeWorkspace(ctx, owner, '测试品牌');
  const brand = newId();
  const storeA = newId();
  const storeB = newId();
  await ctx.db
    .updateTable('workspaces')
    .set({ time_zone: 'Asia/Shanghai' })
    .where('id', '=', ws.id)
    .execute();
  await inWorkspace(ctx.db, ws.id, async (tx) => {
    await tx
      .insertInto('locations')
      .values([
        { workspace_id: ws.id, id: brand, parent_id: null, kind: 'brand', name: '品牌', code: 'R-BRAND' },
        { workspace_id: ws.id, id: storeA, parent_id: brand, kind: 'store', name: STORE_A, code: 'R-SH01' },
        { workspace_id: ws.id, id: storeB, parent_id: brand, kind: 'store', name: STORE_B, code: 'R-BJ01' },
      ])
      .execute();
  });
  const survey = await publishTestSurvey(ctx, ws.id, reportSurvey);
  await inWorkspace(ctx.db, ws.id, (tx) =>
    tx
      .updateTable('surveys')
      .set({ name: SURVEY_NAME })
      .where('workspace_id', '=', ws.id)
      .where('id', '=', survey.surveyId)
      .execute(),
  );
  // Wednesday noon in Shanghai of each week.
  const thisWeek = '2026-11-11T04:00:00Z';
  const lastWeek = '2026-11-04T04:00:00Z';
  const answer = (nps: number, sat: number, visit: string, liked?: string[]): Answers =>
    liked ? { nps, sat, visit, liked: { picks: liked } } : { nps, sat, visit };
  await insertTestResponses(ctx, survey, reportSurvey, [
    ...many(25, {
      answers: answer(10, 5, 'dine_in', ['food', 'staff']),
      completedAt: thisWeek,
      locationId: storeA,
      language: 'zh-CN',
    }),
    ...many(5, {
      answers: answer(8, 4, 'takeaway', ['food']),
      completedAt: thisWeek,
      locationId: storeA,
      language: 'zh-CN',
    }),
    ...many(5, {
      answers: answer(3, 2, 'takeaway'),
      completedAt: thisWeek,
      locationId: storeA,
      language: 'zh-CN',
    }),
    ...many(5, {
      answers: answer(3, 1, 'dine_in', ['price']),
      completedAt: thisWeek,
      locationId: storeB,
      language: 'zh-CN',
    }),
    ...many(35, {
      answers: answer(2, 1, 'takeaway'),
      completedAt: lastWeek,
      locationId: storeA,
      language: 'zh-CN',
    }),
  ]);
  await inWorkspace(ctx.db, ws.id, (tx) => rollUpWorkspace(tx, ws.id));
  return { ownerId: owner.id, owner, workspaceId: ws.id, survey };
}

/** The report week of the data above. */
export const REPORT_WEEK = { from: '2026-11-09', to: '2026-11-15' };
