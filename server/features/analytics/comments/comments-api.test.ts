// The open-text explorer over a real PostgreSQL: word search in Chinese (simplified and
// traditional), Spanish and English, the filters, the NPS groups, pages, roles and workspaces.
import { beforeAll, describe, expect, it } from 'vitest';
import { surveyDefinitionSchema, type SurveyDefinition } from '../../../../common/survey/definition';
import { storeVisitInput } from '../../../../common/survey/fixtures';
import { randomToken } from '../../../platform/ids';
import { signedIn, type Client } from '../../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../../responses/test-survey';
import { insertTestResponses } from '../test-responses';

const ctx = useTestApp();

/** The store-visit survey with a second free-text question and a date (dates are not comments). */
function definition(): SurveyDefinition {
  const input = storeVisitInput();
  input.pages[1]!.questions.push(
    { id: 'staff_note', type: 'text', title: { en: 'Anything about our staff?', 'zh-CN': '关于员工？' } },
    { id: 'visit_day', type: 'date', title: { en: 'When did you visit?' } },
  );
  return surveyDefinitionSchema.parse(input);
}
const def = definition();

interface World {
  ws: string;
  survey: TestSurvey;
  other: TestSurvey;
  region: string;
  shanghai: string;
  beijing: string;
  ids: Record<string, string>;
  api: Client;
}
const w = {} as World;
let base = '';

beforeAll(async () => {
  const owner = await makeUser(ctx);
  w.ws = (await makeWorkspace(ctx, owner)).id;
  w.api = await signedIn(ctx.app, owner);
  const loc = async (body: object) =>
    (await w.api.post(`/api/v1/workspaces/${w.ws}/locations`, body)).body.id as string;
  const brand = await loc({ kind: 'brand', name: 'Brand' });
  w.region = await loc({ kind: 'region', name: 'East', parentId: brand });
  w.shanghai = await loc({ kind: 'store', name: '上海店', parentId: w.region });
  w.beijing = await loc({ kind: 'store', name: '北京店', parentId: brand });
  w.survey = await publishTestSurvey(ctx, w.ws, def);
  w.other = await publishTestSurvey(ctx, w.ws, def);

  const at = (day: number, hour = 12) => `2026-03-${String(day).padStart(2, '0')}T${hour}:00:00Z`;
  const [a, b, c, d, e, f, g, partial] = await insertTestResponses(ctx, w.survey, def, [
    {
      answers: { nps: 10, satisfaction: 5, comment: '服务态度很好，价格便宜', visit_day: '2026-03-01' },
      completedAt: at(1),
      language: 'zh-CN',
      channel: 'qr',
      locationId: w.shanghai,
    },
    {
      answers: { nps: 3, comment: '排队太久了，服务员态度差' },
      completedAt: at(2),
      language: 'zh-CN',
      locationId: w.beijing,
    },
    { answers: { nps: 9, comment: '服務態度很好' }, completedAt: at(3), language: 'zh-TW' },
    { answers: { nps: 8, comment: 'La atención fue excelente' }, completedAt: at(4), language: 'es' },
    {
      answers: { nps: 5, comment: 'Friendly staff but slow checkout', staff_note: 'Ana was great' },
      completedAt: at(5),
    },
    { answers: { nps: 6, comment: 'Great food, slow service' }, completedAt: at(6) },
    // No NPS answer: the score shown is the CSAT.
    { answers: { satisfaction: 2, comment: 'Too noisy' }, completedAt: at(7) },
    { answers: { nps: 0, comment: '服务很差' }, completedAt: at(8), status: 'partial' },
  ]);
  const [h] = await insertTestResponses(ctx, w.other, def, [
    { answers: { nps: 2, comment: '服务一般' }, completedAt: at(9) },
  ]);
  w.ids = { a: a!, b: b!, c: c!, d: d!, e: e!, f: f!, g: g!, h: h!, partial: partial! };

  // Another workspace's comments are never seen.
  const stranger = await makeUser(ctx);
  const theirs = await makeWorkspace(ctx, stranger);
  const theirSurvey = await publishTestSurvey(ctx, theirs.id, def);
  await insertTestResponses(ctx, theirSurvey, def, [{ answers: { nps: 1, comment: '服务' } }]);
  base = `/api/v1/workspaces/${w.ws}/analytics/comments`;
});

type Item = { responseId: string; questionId: string; text: string; matches: string[] };
async function list(query: Record<string, string>): Promise<Item[]> {
  const res = await w.api.get(`${base}?${new URLSearchParams(query)}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}
/** The response letters of a list, in order (`e:staff_note` for a second comment of one response). */
async function letters(query: Record<string, string>): Promise<string[]> {
  const byId = Object.fromEntries(Object.entries(w.ids).map(([k, v]) => [v, k]));
  return (await list(query)).map(
    (i) => (byId[i.responseId] ?? '?') + (i.questionId === 'comment' ? '' : `:${i.questionId}`),
  );
}
const inSurvey = (q: Record<string, string> = {}) => ({ surveyId: w.survey.surveyId, ...q });

describe('GET /analytics/comments', () => {
  it('lists the free-text answers of complete responses, newest first, with their context', async () => {
    expect(await letters(inSurvey())).toEqual(['g', 'f', 'e:staff_note', 'e', 'd', 'c', 'b', 'a']);
    const [first] = await list(inSurvey({ q: '价格' }));
    expect(first).toEqual({
      responseId: w.ids.a,
      surveyId: w.survey.surveyId,
      surveyName: 'Test survey',
      questionId: 'comment',
      questionTitle: 'You gave … a … for …. What should we improve?',
      text: '服务态度很好，价格便宜',
      language: 'zh-CN',
      channel: 'qr',
      location: { id: w.shanghai, name: '上海店' },
      completedAt: '2026-03-01T12:00:00.000Z',
      score: { questionId: 'nps', type: 'nps', value: 10 },
      matches: ['价格'],
    });
    const [noisy] = await list(inSurvey({ q: 'noisy', uiLanguage: 'zh-CN' }));
    expect(noisy).toMatchObject({
      score: { questionId: 'satisfaction', type: 'csat', value: 2 },
      questionTitle: '您给…的…打了…分。我们应该改进什么？',
      location: null,
    });
  });

  it('finds simplified Chinese by its words, and only those comments', async () => {
    expect(await letters(inSurvey({ q: '服务' }))).toEqual(['b', 'a']);
    expect((await list(inSurvey({ q: '服务' }))).map((i) => i.matches)).toEqual([['服务'], ['服务']]);
    expect(await letters(inSurvey({ q: '价格便宜' }))).toEqual(['a']);
    expect(await letters(inSurvey({ q: '服务员' }))).toEqual(['b']);
    expect(await letters(inSurvey({ q: '排队 态度' }))).toEqual(['b']);
    expect(await letters(inSurvey({ q: '排队 价格' }))).toEqual([]);
  });

  it('finds traditional Chinese by a traditional query', async () => {
    expect(await letters(inSurvey({ q: '服務態度很好' }))).toEqual(['c']);
    expect(await letters(inSurvey({ q: '服務' }))).toEqual(['c']);
    expect(await letters(inSurvey({ q: '態度' }))).toEqual(['c']);
  });

  it('finds Spanish with or without accents, and a word being typed', async () => {
    for (const q of ['atencion', 'atención', 'ATENCIÓN', 'aten'])
      expect(await list(inSurvey({ q }))).toMatchObject([{ responseId: w.ids.d, matches: ['atención'] }]);
  });

  it('requires every English word, the last one as a prefix', async () => {
    expect(await letters(inSurvey({ q: 'slow' }))).toEqual(['f', 'e']);
    expect(await letters(inSurvey({ q: 'staff slow' }))).toEqual(['e']);
    expect(await letters(inSurvey({ q: 'slow chec' }))).toEqual(['e']);
    expect(await letters(inSurvey({ q: 'staff rude' }))).toEqual([]);
    expect(await letters(inSurvey({ q: 'great' }))).toEqual(['f', 'e:staff_note']);
  });

  it('filters by question, language, channel, location (with the stores below), days', async () => {
    expect(await letters(inSurvey({ questionId: 'staff_note' }))).toEqual(['e:staff_note']);
    expect(await letters(inSurvey({ language: 'zh-CN' }))).toEqual(['b', 'a']);
    expect(await letters(inSurvey({ channel: 'qr' }))).toEqual(['a']);
    expect(await letters(inSurvey({ locationId: w.region }))).toEqual(['a']);
    expect(await letters(inSurvey({ locationId: w.beijing }))).toEqual(['b']);
    expect(await letters(inSurvey({ locationId: `${w.beijing},${w.region}` }))).toEqual(['b', 'a']);
    expect(await letters(inSurvey({ language: 'zh-CN,zh-TW' }))).toEqual(['c', 'b', 'a']);
    expect(await letters(inSurvey({ channel: 'qr,kiosk' }))).toEqual(['a']);
    expect(await letters(inSurvey({ from: '2026-03-02', to: '2026-03-04' }))).toEqual(['d', 'c', 'b']);
  });

  it('filters by NPS group, in one survey or across the workspace', async () => {
    expect(await letters(inSurvey({ npsGroup: 'detractor' }))).toEqual(['f', 'e:staff_note', 'e', 'b']);
    expect(await letters(inSurvey({ npsGroup: 'passive' }))).toEqual(['d']);
    expect(await letters(inSurvey({ npsGroup: 'promoter', npsQuestionId: 'nps' }))).toEqual(['c', 'a']);
    expect(await letters({ npsGroup: 'detractor', limit: '2' })).toEqual(['h', 'f']);
    expect(await letters({ q: '服务' })).toEqual(['h', 'b', 'a']);
  });

  it('pages through comments without losing or repeating one', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = inSurvey({ limit: '3' });
      if (cursor) query.cursor = cursor;
      const res = await w.api.get(`${base}?${new URLSearchParams(query)}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: Item) => `${i.responseId}/${i.questionId}`));
      cursor = res.body.nextCursor;
    } while (cursor);
    const all = (await list(inSurvey())).map((i) => `${i.responseId}/${i.questionId}`);
    expect(seen).toEqual(all);
    expect(all).toHaveLength(8);
  });

  it('answers 400 naming the field for a request it cannot serve', async () => {
    const bad = async (query: Record<string, string>, field: string) => {
      const res = await w.api.get(`${base}?${new URLSearchParams(query)}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', field });
    };
    await bad(inSurvey({ q: '!!! ，。' }), 'q');
    await bad(inSurvey({ cursor: 'bm90IGEgY3Vyc29y' }), 'cursor');
    await bad(inSurvey({ questionId: 'nps' }), 'questionId');
    await bad(inSurvey({ npsGroup: 'detractor', npsQuestionId: 'satisfaction' }), 'npsQuestionId');
    await bad(inSurvey({ npsGroup: 'angry' }), 'npsGroup');
    await bad(inSurvey({ from: '2026-03-05', to: '2026-03-01' }), 'to');
    await bad(inSurvey({ locationId: `${w.region},not-a-location` }), 'locationId.1');
  });

  it('is in the OpenAPI document with its query parameters', () => {
    const doc = ctx.app.swagger() as {
      paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
    };
    const params = doc.paths['/api/v1/workspaces/{workspaceId}/analytics/comments']?.get?.parameters ?? [];
    expect(params.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
      expect.arrayContaining(['q', 'surveyId', 'npsGroup', 'locationId', 'channel', 'cursor', 'limit']),
    );
  });

  it('shows comments to those who may read responses, and nothing of another workspace', async () => {
    const viewer = await makeUser(ctx);
    await addMember(ctx, w.ws, viewer.id, 'viewer');
    expect((await (await signedIn(ctx.app, viewer)).get(base)).status).toBe(403);
    const analyst = await makeUser(ctx);
    await addMember(ctx, w.ws, analyst.id, 'analyst');
    expect((await (await signedIn(ctx.app, analyst)).get(base)).status).toBe(200);

    const stranger = await makeUser(ctx);
    const theirs = await makeWorkspace(ctx, stranger, `Other ${randomToken(4)}`);
    const api = await signedIn(ctx.app, stranger);
    expect((await api.get(base)).status).toBe(404);
    const cross = await api.get(
      `/api/v1/workspaces/${theirs.id}/analytics/comments?surveyId=${w.survey.surveyId}`,
    );
    expect(cross.status).toBe(404);
    expect((await api.get(`/api/v1/workspaces/${theirs.id}/analytics/comments?q=服务`)).body.items).toEqual(
      [],
    );
  });
});
