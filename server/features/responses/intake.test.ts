// The public intake: idempotent saves, partials, versions, waves, once-per rules, the honeypot,
// the rate limit and fuzzed input that never makes a 5xx or an invalid stored answer.
import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { hiddenArb, submissionArb } from '../../../common/survey/arbitraries';
import { surveyDefinitionSchema } from '../../../common/survey/definition';
import { storeVisitInput, storeVisitSurvey } from '../../../common/survey/fixtures';
import { validateSubmission } from '../../../common/survey/validate-answers';
import { inWorkspace } from '../../db/database';
import { newId, randomToken } from '../../platform/ids';
import { makeUser, makeWorkspace, useTestApp } from '../../test/test-app';
import { publishTestSurvey, type TestSurvey } from './test-survey';

const ctx = useTestApp();

async function workspace(): Promise<string> {
  return (await makeWorkspace(ctx, await makeUser(ctx))).id;
}

function post(key: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return ctx.app.inject({ method: 'POST', url: `/s/${key}/responses`, payload: body, headers });
}

const promoter = { nps: 10, visit_type: 'dine_in' };
const detractor = {
  nps: 3,
  issues: { picks: ['wait', 'food'] },
  satisfaction: 2,
  comment: 'Too slow',
  callback: false,
};

function submission(answers: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomToken(16),
    answers,
    hidden: { store: 'Nanjing Road' },
    language: 'en',
    complete: true,
    ...extra,
  };
}

const rows = (s: TestSurvey) =>
  inWorkspace(ctx.db, s.workspaceId, (tx) =>
    tx.selectFrom('responses').selectAll().where('survey_id', '=', s.surveyId).orderBy('id').execute(),
  );
const facts = (s: TestSurvey, responseId: string) =>
  inWorkspace(ctx.db, s.workspaceId, (tx) =>
    tx
      .selectFrom('response_answers')
      .selectAll()
      .where('response_id', '=', responseId)
      .orderBy(['question_id', 'item'])
      .execute(),
  );
const submittedEvents = (s: TestSurvey) =>
  inWorkspace(ctx.db, s.workspaceId, (tx) =>
    tx.selectFrom('events').select('payload').where('type', '=', 'response.submitted').execute(),
  );

describe('POST /s/:key/responses', () => {
  it('stores a complete response with its facts and event, and a retry changes nothing', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    const body = submission(detractor, {
      pageSeconds: { score: 12, details: 30, nowhere: 5 },
      channel: 'qr',
    });
    const first = await post(s.key, body, {
      'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile',
    });
    expect(first.statusCode).toBe(201);
    const reply = first.json();
    expect(reply).toMatchObject({ status: 'complete', ending: 'sorry' });

    const again = await post(s.key, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(reply);

    const stored = await rows(s);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: reply.responseId,
      status: 'complete',
      version: 1,
      channel: 'qr',
      device_class: 'mobile',
      language: 'en',
      hidden: { store: 'Nanjing Road' },
      page_seconds: { score: 12, details: 30 },
      ending: 'sorry',
    });
    expect(stored[0]!.completed_at).toBeInstanceOf(Date);
    const f = await facts(s, reply.responseId);
    expect(f.map((r) => [r.question_id, r.item, r.value_num, r.value_text])).toEqual([
      ['callback', '', 0, null],
      ['comment', '', null, 'Too slow'],
      ['issues', 'food', 1, null],
      ['issues', 'wait', 1, null],
      ['nps', '', 3, null],
      ['satisfaction', '', 2, null],
    ]);
    expect(f.every((r) => r.complete)).toBe(true);
    const events = await submittedEvents(s);
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({
      responseId: reply.responseId,
      surveyId: s.surveyId,
      version: 1,
    });
  });

  it('makes exactly one response out of concurrent retries of the same submit', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    const body = submission(promoter);
    const replies = await Promise.all(Array.from({ length: 12 }, () => post(s.key, body)));
    expect(replies.every((r) => r.statusCode === 200 || r.statusCode === 201)).toBe(true);
    expect(replies.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(new Set(replies.map((r) => r.json().responseId)).size).toBe(1);
    expect(await rows(s)).toHaveLength(1);
    expect(await submittedEvents(s)).toHaveLength(1);
  });

  it('keeps partial saves on one row, marked unfinished, until the submit completes it', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    const key = randomToken(16);
    const base = { idempotencyKey: key, hidden: { store: 'Xintiandi' }, language: 'zh-CN' };
    const p1 = await post(s.key, { ...base, answers: { nps: 4 }, complete: false, currentPage: 'details' });
    expect(p1.statusCode).toBe(201);
    expect(p1.json()).toMatchObject({ status: 'partial', ending: null });
    const [partial] = await rows(s);
    expect(partial).toMatchObject({ status: 'partial', current_page: 'details', completed_at: null });
    expect((await facts(s, partial!.id)).map((f) => [f.question_id, f.complete])).toEqual([['nps', false]]);
    expect(await submittedEvents(s)).toHaveLength(0);

    // A required question left out is fine while partial, refused on submit.
    const early = await post(s.key, { ...base, answers: { nps: 4 }, complete: true });
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toMatchObject({ code: 'invalid_answers', field: 'answers.satisfaction' });

    const done = await post(s.key, { ...base, answers: { nps: 4, satisfaction: 3 }, complete: true });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ responseId: partial!.id, status: 'complete', ending: 'sorry' });
    const [complete] = await rows(s);
    expect(complete).toMatchObject({ status: 'complete', current_page: null, language: 'zh-CN' });
    expect((await facts(s, partial!.id)).every((f) => f.complete)).toBe(true);
    expect(await submittedEvents(s)).toHaveLength(1);
  });

  it('refuses invalid answers with every fault listed and stores nothing', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    const res = await post(s.key, submission({ nps: 11, visit_type: 'by_rocket', satisfaction: 4 }));
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('invalid_answers');
    expect(error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'answers.nps',
      'answers.visit_type',
    ]);
    expect(await rows(s)).toHaveLength(0);
  });

  it('drops answers to questions the respondent could not see', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    // A promoter jumps to the end: the detractor question and the later pages are off the path.
    const res = await post(
      s.key,
      submission({ ...promoter, issues: { picks: ['wait'] }, satisfaction: 5, ghost: 1 }),
    );
    expect(res.statusCode).toBe(201);
    const [row] = await rows(s);
    expect(row!.answers).toEqual(promoter);
    expect(res.json().ending).toBe('promoter_thanks');
  });

  it('answers the version an attempt began on, while new attempts get the new version', async () => {
    const ws = await workspace();
    const s = await publishTestSurvey(ctx, ws, storeVisitSurvey);
    const key = randomToken(16);
    await post(s.key, { idempotencyKey: key, answers: { nps: 5 }, language: 'en', complete: false });

    const v2 = storeVisitInput();
    const visitType = v2.pages[0]!.questions[1]!;
    if (visitType.type !== 'single_choice') throw new Error('fixture changed');
    visitType.options = visitType.options.filter((o) => o.id !== 'takeaway');
    await publishTestSurvey(ctx, ws, surveyDefinitionSchema.parse(v2), { survey: s });

    // "takeaway" exists only in version 1: valid for the old attempt, refused for a new one.
    const answers = { nps: 5, visit_type: 'takeaway', satisfaction: 3 };
    const old = await post(s.key, { idempotencyKey: key, answers, language: 'en', complete: true });
    expect(old.statusCode).toBe(200);
    const fresh = await post(s.key, submission(answers));
    expect(fresh.statusCode).toBe(422);
    expect(fresh.json().error).toMatchObject({ code: 'invalid_answers', field: 'answers.visit_type' });
    expect((await post(s.key, submission({ ...answers, visit_type: 'dine_in' }))).statusCode).toBe(201);
    expect((await rows(s)).map((r) => [r.version, r.answers.visit_type])).toEqual([
      [1, 'takeaway'],
      [2, 'dine_in'],
    ]);
  });

  it("takes an offline device's response on the version it showed, dated when it was answered", async () => {
    const ws = await workspace();
    const s = await publishTestSurvey(ctx, ws, storeVisitSurvey);
    const v2 = storeVisitInput();
    const visitType = v2.pages[0]!.questions[1]!;
    if (visitType.type !== 'single_choice') throw new Error('fixture changed');
    visitType.options = visitType.options.filter((o) => o.id !== 'takeaway');
    await publishTestSurvey(ctx, ws, surveyDefinitionSchema.parse(v2), { survey: s });

    // Answered yesterday on a kiosk showing version 1, sent today after version 2 came out.
    const yesterday = new Date(Date.now() - 86_400_000);
    const late = await post(
      s.key,
      submission({ nps: 10, visit_type: 'takeaway' }, { version: 1, answeredAt: yesterday.toISOString() }),
    );
    expect(late.statusCode, late.body).toBe(201);
    // A clock in the future or a date too long ago is not believed: the response is dated now.
    const future = await post(s.key, submission(promoter, { answeredAt: '2099-01-01T00:00:00Z' }));
    const ancient = await post(s.key, submission(promoter, { answeredAt: '2020-01-01T00:00:00Z' }));
    const byId = new Map((await rows(s)).map((r) => [r.id, r]));
    const kept = byId.get(late.json().responseId)!;
    expect(kept.version).toBe(1);
    expect(kept.completed_at!.getTime()).toBe(yesterday.getTime());
    expect(kept.started_at.getTime()).toBe(yesterday.getTime());
    for (const res of [future, ancient]) {
      expect(res.statusCode).toBe(201);
      const row = byId.get(res.json().responseId)!;
      expect(row.version).toBe(2);
      expect(Math.abs(row.completed_at!.getTime() - Date.now())).toBeLessThan(60_000);
    }
    const unknown = await post(s.key, submission(promoter, { version: 9 }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('version');
  });

  it('refuses new answers once the survey is closed but still acknowledges a finished attempt', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    const body = submission(promoter);
    expect((await post(s.key, body)).statusCode).toBe(201);
    await inWorkspace(ctx.db, s.workspaceId, (tx) =>
      tx.updateTable('surveys').set({ status: 'closed' }).where('id', '=', s.surveyId).execute(),
    );
    expect((await post(s.key, body)).statusCode).toBe(200);
    const late = await post(s.key, submission(promoter));
    expect(late.statusCode).toBe(410);
    expect(late.json().error.code).toBe('survey_closed');
  });

  it('files responses under the wave open now, and refuses when waves exist but none is open', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    const addWave = (number: number, opens: string, closes: string | null) =>
      inWorkspace(ctx.db, s.workspaceId, async (tx) => {
        const id = newId();
        await tx
          .insertInto('survey_waves')
          .values({
            workspace_id: s.workspaceId,
            id,
            survey_id: s.surveyId,
            number,
            opens_at: opens,
            closes_at: closes,
          })
          .execute();
        return id;
      });
    await addWave(1, '2020-01-01T00:00:00Z', '2020-02-01T00:00:00Z');
    const shut = await post(s.key, submission(promoter));
    expect(shut.statusCode).toBe(409);
    expect(shut.json().error.code).toBe('survey_not_open');
    const open = await addWave(2, '2021-01-01T00:00:00Z', null);
    expect((await post(s.key, submission(promoter))).statusCode).toBe(201);
    expect((await rows(s)).map((r) => r.wave_id)).toEqual([open]);
  });

  it('records the location from its short code and ignores codes it does not know', async () => {
    const ws = await workspace();
    const s = await publishTestSurvey(ctx, ws, storeVisitSurvey);
    const store = await inWorkspace(ctx.db, ws, async (tx) => {
      const id = newId();
      await tx
        .insertInto('locations')
        .values({ workspace_id: ws, id, kind: 'store', name: 'Jing’an', code: 'SH01', parent_id: null })
        .execute();
      return id;
    });
    await post(s.key, submission(promoter, { location: 'SH01' }));
    await post(s.key, submission(promoter, { location: 'NOPE' }));
    expect((await rows(s)).map((r) => r.location_id)).toEqual([store, null]);
  });

  it('drops a bot that fills the honeypot without storing anything', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    const res = await post(s.key, submission(promoter, { website: 'http://spam.example' }));
    expect(res.statusCode).toBe(201);
    expect(await rows(s)).toHaveLength(0);
  });

  it('takes one response per personal token when the survey asks for it', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey, {
      settings: { oncePer: 'token' },
    });
    const noToken = await post(s.key, submission(promoter));
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('token_required');
    expect((await post(s.key, submission(promoter, { token: 'invite-123' }))).statusCode).toBe(201);
    const twice = await post(s.key, submission(promoter, { token: 'invite-123' }));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_responded');
    expect((await post(s.key, submission(promoter, { token: 'invite-456' }))).statusCode).toBe(201);
  });

  it('takes one response per device when the survey asks for it', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey, {
      settings: { oncePer: 'device' },
    });
    const device = { cookie: `rapport_device=${randomToken(16)}` };
    expect((await post(s.key, submission(promoter), device)).statusCode).toBe(201);
    expect((await post(s.key, submission(promoter), device)).statusCode).toBe(409);
    expect(
      (await post(s.key, submission(promoter), { cookie: `rapport_device=${randomToken(16)}` })).statusCode,
    ).toBe(201);
  });

  it('answers bad requests with a 4xx naming the field', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    const unknown = await post('no-such-survey', submission(promoter));
    expect(unknown.statusCode).toBe(404);
    const shortKey = await post(s.key, submission(promoter, { idempotencyKey: 'abc' }));
    expect(shortKey.statusCode).toBe(400);
    expect(shortKey.json().error.field).toBe('idempotencyKey');
    const language = await post(s.key, submission(promoter, { language: 'fr' }));
    expect(language.statusCode).toBe(400);
    expect(language.json().error.field).toBe('language');
    const notJson = await ctx.app.inject({
      method: 'POST',
      url: `/s/${s.key}/responses`,
      payload: '{"answers":',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.statusCode).toBe(400);
  });

  it('limits the rate per IP and survey', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    const other = await publishTestSurvey(ctx, s.workspaceId, storeVisitSurvey);
    const from = (ip: string, key: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/s/${key}/responses`,
        payload: submission(promoter),
        remoteAddress: ip,
      });
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++) statuses.push((await from('203.0.113.7', s.key)).statusCode);
    expect(statuses.slice(0, 120).every((c) => c === 201)).toBe(true);
    expect(statuses[120]).toBe(429);
    expect((await from('203.0.113.7', other.key)).statusCode).toBe(201);
    expect((await from('203.0.113.8', s.key)).statusCode).toBe(201);
  });

  it('never answers fuzzed submissions with a 5xx nor stores an answer that does not validate', async () => {
    const ws = await workspace();
    await fc.assert(
      fc.asyncProperty(submissionArb, hiddenArb, fc.boolean(), async ({ def, answers }, hidden, complete) => {
        const s = await publishTestSurvey(ctx, ws, def);
        const res = await post(s.key, {
          idempotencyKey: randomToken(16),
          answers,
          hidden,
          language: def.defaultLanguage,
          complete,
        });
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 300) return;
        const [row] = await rows(s);
        const again = validateSubmission(def, { answers: row!.answers, hidden: row!.hidden }, { complete });
        expect(again).toEqual({ ok: true, answers: row!.answers, hidden: row!.hidden });
      }),
      { numRuns: 60 },
    );
  });

  it('never answers junk bodies with a 5xx', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.anything(), async (answers, hidden) => {
        const res = await post(s.key, {
          idempotencyKey: randomToken(16),
          answers,
          hidden,
          language: 'en',
          complete: true,
        });
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the immutable version', () => {
  it('refuses an UPDATE of a published version at the database', async () => {
    const s = await publishTestSurvey(ctx, await workspace(), storeVisitSurvey);
    await expect(
      inWorkspace(ctx.db, s.workspaceId, (tx) =>
        sql`UPDATE survey_versions SET definition = '{}' WHERE survey_id = ${s.surveyId}`.execute(tx),
      ),
    ).rejects.toThrow(/immutable/);
  });
});
