// Shared by the export tests: a survey with every question type (English and Chinese), published
// into a workspace with a store and a wave, a handful of complete responses, and running the
// queued export jobs the way the worker does (graphile-worker's runOnce, export tasks only).
import os from 'node:os';
import path from 'node:path';
import { runOnce } from 'graphile-worker';
import { pino } from 'pino';
import { surveyDefinitionSchema, type SurveyDefinition } from '../../../../common/survey/definition';
import { inWorkspace } from '../../../db/database';
import { quietLogger } from '../../../db/migrate';
import { newId } from '../../../platform/ids';
import { signedIn } from '../../../test/client';
import { makeUser, makeWorkspace, type TestContext } from '../../../test/test-app';
import { publishTestSurvey } from '../../responses/test-survey';
import { insertTestResponses, type TestResponse } from '../test-responses';
import { exportTasks } from './jobs';

export const testDataDir = () =>
  path.join(os.tmpdir(), `rapport-export-test-${process.pid}-${Math.random().toString(16).slice(2)}`);

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

export const EVERY_TYPE: SurveyDefinition = surveyDefinitionSchema.parse({
  defaultLanguage: 'en',
  languages: ['en', 'zh-CN'],
  pages: [
    {
      id: 'p1',
      questions: [
        {
          id: 'nps',
          type: 'nps',
          title: t('How likely are you to recommend us?', '您向朋友推荐我们的可能性有多大？'),
        },
        { id: 'sat', type: 'csat', title: t('How satisfied were you?', '您的满意度如何？') },
        { id: 'effort', type: 'ces', title: t('It was easy to get help.', '获得帮助很容易。') },
        { id: 'stars', type: 'rating', points: 5, title: t('Rate the food', '菜品评分') },
        { id: 'spend', type: 'number', title: t('How much did you spend?', '您消费了多少？') },
        {
          id: 'visit',
          type: 'single_choice',
          other: true,
          title: t('How did you visit us?', '您的到店方式？'),
          options: [
            { id: 'dine_in', label: t('Dine in', '堂食') },
            { id: 'takeaway', label: t('Takeaway', '外带') },
          ],
        },
        {
          id: 'city',
          type: 'dropdown',
          title: t('City', '城市'),
          options: [
            { id: 'sh', label: t('Shanghai', '上海') },
            { id: 'bj', label: t('Beijing', '北京') },
          ],
        },
        {
          id: 'issues',
          type: 'multiple_choice',
          other: true,
          title: t('What went wrong?', '哪里做得不好？'),
          options: [
            { id: 'wait', label: t('Waiting time', '等待时间') },
            { id: 'food', label: t('Food', '菜品') },
          ],
        },
        {
          id: 'rank',
          type: 'ranking',
          title: t('Rank what matters', '请排序'),
          options: [
            { id: 'price', label: t('Price', '价格') },
            { id: 'taste', label: t('Taste', '口味') },
          ],
        },
        {
          id: 'grid',
          type: 'matrix',
          title: t('Rate the store', '门店评价'),
          rows: [
            { id: 'clean', label: t('Cleanliness', '清洁') },
            { id: 'staff', label: t('Staff', '员工') },
          ],
          scale: [
            { value: 1, label: t('Poor', '差') },
            { value: 2, label: t('Fair', '一般') },
            { value: 3, label: t('Good', '好') },
          ],
        },
        { id: 'wifi', type: 'importance_performance', points: 5, title: t('Wi-Fi', '无线网络') },
        { id: 'comment', type: 'text', title: t('Anything else?', '还有什么建议？') },
        { id: 'visited_on', type: 'date', title: t('When did you visit?', '到店日期') },
        { id: 'callback', type: 'consent', title: t('May we call you?', '可以联系您吗？') },
        {
          id: 'reach',
          type: 'contact',
          email: true,
          phone: true,
          title: t('How can we reach you?', '联系方式'),
        },
        // An id that is an SPSS reserved word.
        { id: 'by', type: 'rating', points: 5, title: t('Reserved', '保留字') },
      ],
    },
  ],
  endings: [{ id: 'end', title: t('Thanks', '谢谢') }],
});

/** Four complete responses on the qr channel and one by link; one partial (never exported). */
export function sampleResponses(locationId: string, waveId: string): TestResponse[] {
  const full = {
    nps: 10,
    sat: 5,
    effort: 6,
    stars: 4,
    spend: 12.5,
    visit: 'dine_in',
    city: 'sh',
    issues: { picks: ['wait'], other: '太吵了' },
    rank: ['taste', 'price'],
    grid: { clean: 3, staff: 2 },
    wifi: { importance: 4, performance: 2 },
    comment: '服务很好，下次再来',
    visited_on: '2026-03-01',
    callback: true,
    reach: { email: 'li@example.com', phone: '+8613800138000' },
    by: 3,
  };
  return [
    {
      answers: full,
      channel: 'qr',
      locationId,
      waveId,
      language: 'zh-CN',
      completedAt: '2026-03-01T02:30:00Z',
    },
    {
      answers: { nps: 3, sat: 2, visit: { other: '外卖骑手' }, comment: '=1+1', callback: false },
      channel: 'qr',
      completedAt: '2026-03-02T10:00:00Z',
    },
    { answers: { nps: 8, sat: 4, visit: 'takeaway', issues: { picks: [] } }, channel: 'qr' },
    { answers: { nps: 9, sat: 3, comment: '+SUM(A1)' }, channel: 'qr' },
    { answers: { nps: 7, sat: 1, comment: 'by link' }, channel: 'link' },
    { answers: { nps: 10 }, channel: 'qr', status: 'partial' },
  ];
}

export async function exportWorkspace(ctx: TestContext, opts: { timeZone?: string } = {}) {
  const owner = await makeUser(ctx);
  const ws = await makeWorkspace(ctx, owner, '测试品牌');
  const api = await signedIn(ctx.app, owner);
  const base = `/api/v1/workspaces/${ws.id}`;
  if (opts.timeZone) await api.patch(base, { timeZone: opts.timeZone });
  const survey = await publishTestSurvey(ctx, ws.id, EVERY_TYPE);
  await inWorkspace(ctx.db, ws.id, (tx) =>
    tx.updateTable('surveys').set({ name: '门店满意度 2026' }).where('id', '=', survey.surveyId).execute(),
  );
  const locations = (await api.get(`${base}/locations`)).body;
  const brand = (locations.items ?? locations).find((l: { kind: string }) => l.kind === 'brand');
  const store = await api.post(`${base}/locations`, {
    parentId: brand.id,
    kind: 'store',
    name: '静安店',
    code: 'sh-001',
  });
  if (store.status !== 201) throw new Error(`store: ${store.status} ${JSON.stringify(store.body)}`);
  const waveId = newId();
  await inWorkspace(ctx.db, ws.id, (tx) =>
    tx
      .insertInto('survey_waves')
      .values({
        workspace_id: ws.id,
        id: waveId,
        survey_id: survey.surveyId,
        number: 2,
        opens_at: new Date('2026-01-01T00:00:00Z'),
      })
      .execute(),
  );
  return { owner, ws, api, base, survey, storeId: store.body.id as string, waveId };
}

/** Runs every queued analytics export job to its end, then returns. */
export async function runExportJobs(ctx: TestContext): Promise<void> {
  await runOnce({
    connectionString: ctx.url,
    taskList: exportTasks({ db: ctx.db, env: ctx.env, log: pino({ level: 'silent' }) }),
    logger: quietLogger,
    noHandleSignals: true,
  });
}

export const silentLog = pino({ level: 'silent' });

export { insertTestResponses };
