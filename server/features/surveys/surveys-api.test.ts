// The surveys API: creating, editing, publishing (immutable versions), closing, duplicating,
// deleting and listing surveys.
import { describe, expect, it } from 'vitest';
import { storeVisitInput, storeVisitSurvey } from '../../../common/survey/fixtures';
import { BUILT_IN_TEMPLATES } from '../../../common/survey/templates';
import { surveyDefinitionSchema } from '../../../common/survey/definition';
import { inWorkspace } from '../../db/database';
import { createWorkspace } from '../../platform/workspaces/create-workspace';
import { signedIn } from '../../test/client';
import { addMember, makeUser, useTestApp } from '../../test/test-app';
import { questionCount } from './definitions';
import { insertResponse, ownerFactory } from './test-helpers';

const ctx = useTestApp();
const owner = ownerFactory(ctx);

/** A definition with one question whose title is `title`. */
function oneQuestion(title: string) {
  return {
    defaultLanguage: 'en',
    languages: ['en'],
    pages: [{ id: 'p1', questions: [{ id: 'nps', type: 'nps', title: { en: title } }] }],
    endings: [{ id: 'end', title: { en: 'Bye' } }],
  };
}

describe('creating a survey', () => {
  it('starts blank: one required NPS question and a thank-you ending, in the workspace language', async () => {
    const { api, base } = await owner();
    const res = await api.post(`${base}/surveys`, { name: ' Pulse ' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      key: expect.stringMatching(/^[A-Za-z0-9_-]{12}$/),
      name: 'Pulse',
      status: 'draft',
      latestVersion: null,
      draftChanged: true,
      defaultLanguage: 'en',
      languages: ['en'],
      questionCount: 1,
      completeCount: 0,
      partialCount: 0,
      url: `${ctx.env.publicUrl}/s/${res.body.key}`,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      draft: {
        defaultLanguage: 'en',
        languages: ['en'],
        hiddenFields: [],
        pages: [
          {
            id: 'page_1',
            questions: [
              {
                id: 'nps',
                type: 'nps',
                required: true,
                title: { en: 'How likely are you to recommend us to a friend or colleague?' },
              },
            ],
          },
        ],
        endings: [{ id: 'thanks', title: { en: 'Thank you' } }],
        theme: { accent: '#0f766e' },
      },
      settings: { oncePer: null },
    });
    expect((await api.get(`${base}/surveys/${res.body.id}`)).body).toEqual(res.body);
    // Every survey gets its own key.
    const other = await api.post(`${base}/surveys`, { name: 'Pulse' });
    expect(other.body.key).not.toBe(res.body.key);
  });

  it('writes a blank survey in a Chinese workspace in Chinese, or in the language asked for', async () => {
    const user = await makeUser(ctx);
    const ws = await createWorkspace(ctx.db, {
      name: '茶',
      defaultLanguage: 'zh-TW',
      timeZone: 'Asia/Taipei',
      currency: 'TWD',
      ownerUserId: user.id,
    });
    const api = await signedIn(ctx.app, user);
    const base = `/api/v1/workspaces/${ws.id}`;
    const blank = (await api.post(`${base}/surveys`, { name: '滿意度' })).body;
    expect(blank.defaultLanguage).toBe('zh-TW');
    expect(blank.draft.pages[0].questions[0].title).toEqual({
      'zh-TW': '您向親友或同事推薦我們的可能性有多高？',
    });
    expect(blank.draft.endings[0].title).toEqual({ 'zh-TW': '謝謝' });
    const spanish = (await api.post(`${base}/surveys`, { name: 'Encuesta', language: 'es' })).body;
    expect(spanish.draft.endings[0].title).toEqual({ es: 'Gracias' });
    // From a template the workspace language is the start, when the template has it.
    const template = (
      await api.post(`${base}/surveys`, { name: 'NPS', from: { template: 'nps-relationship' } })
    ).body;
    expect(template.defaultLanguage).toBe('zh-TW');
    const unknown = await api.post(`${base}/surveys`, { name: 'x', language: 'fr' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'validation_failed', field: 'language' });
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.key, t] as const))(
    'starts from the built-in template %s',
    async (key, t) => {
      const { api, base } = await owner();
      const res = await api.post(`${base}/surveys`, { name: 'From a template', from: { template: key } });
      expect(res.status).toBe(201);
      const expected = surveyDefinitionSchema.parse(t.definition);
      expect(res.body).toMatchObject({
        status: 'draft',
        defaultLanguage: 'en',
        languages: expected.languages,
        questionCount: questionCount(expected),
      });
      expect(res.body.draft).toEqual(expected);
      const es = await api.post(`${base}/surveys`, {
        name: 'En español',
        from: { template: key },
        language: 'es',
      });
      expect(es.status).toBe(201);
      expect(es.body.defaultLanguage).toBe('es');
      expect(es.body.languages).toEqual(expected.languages);
      expect(es.body.draft.pages).toEqual(expected.pages);
    },
  );

  it('refuses an unknown template, a language the template lacks and a bad definition', async () => {
    const { api, base } = await owner();
    const unknown = await api.post(`${base}/surveys`, { name: 'x', from: { template: 'nope' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'not_found', field: 'from.template' });
    const language = await api.post(`${base}/surveys`, {
      name: 'x',
      from: { template: 'website-nps' },
      language: 'fr',
    });
    expect(language.status).toBe(400);
    expect(language.body.error).toMatchObject({ code: 'validation_failed', field: 'language' });
    const bad = await api.post(`${base}/surveys`, {
      name: 'x',
      from: { definition: { ...storeVisitInput(), endings: [] } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.field).toMatch(/^from/);
    const noName = await api.post(`${base}/surveys`, {});
    expect(noName.status).toBe(400);
    expect(noName.body.error).toMatchObject({ code: 'validation_failed', field: 'name' });
  });

  it('starts from a definition as given, and from a template the workspace saved', async () => {
    const { api, base } = await owner();
    const given = await api.post(`${base}/surveys`, {
      name: 'Given',
      from: { definition: storeVisitInput() },
    });
    expect(given.status).toBe(201);
    expect(given.body.draft).toEqual(storeVisitSurvey);
    expect(given.body).toMatchObject({
      defaultLanguage: 'en',
      languages: ['en', 'zh-CN', 'es'],
      questionCount: questionCount(storeVisitSurvey),
    });

    const saved = await api.post(`${base}/surveys/${given.body.id}/save-as-template`, {
      name: 'Our store visit',
      description: 'The one we use',
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toEqual({
      id: expect.any(String),
      name: 'Our store visit',
      description: 'The one we use',
      languages: ['en', 'zh-CN', 'es'],
      questionCount: questionCount(storeVisitSurvey),
      createdAt: expect.any(String),
    });
    const fromSaved = await api.post(`${base}/surveys`, {
      name: 'From ours',
      from: { workspaceTemplate: saved.body.id },
    });
    expect(fromSaved.status).toBe(201);
    expect(fromSaved.body.draft).toEqual(storeVisitSurvey);

    // Another workspace's template is not there.
    const stranger = await owner();
    const theirs = await stranger.api.post(`${stranger.base}/surveys`, {
      name: 'x',
      from: { workspaceTemplate: saved.body.id },
    });
    expect(theirs.status).toBe(404);
    expect(theirs.body.error).toMatchObject({ code: 'not_found', field: 'from.workspaceTemplate' });
  });
});

describe('editing the draft', () => {
  it('refuses an invalid draft with 400 naming the field, and changes nothing', async () => {
    const { api, base } = await owner();
    const survey = (await api.post(`${base}/surveys`, { name: 'Edit me' })).body;
    const bad = oneQuestion('x');
    bad.pages[0]!.questions[0]!.id = 'Not An Id';
    let res = await api.patch(`${base}/surveys/${survey.id}`, { name: 'Renamed', draft: bad });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'validation_failed',
      field: 'draft.pages.0.questions.0.id',
    });

    // A whole-survey rule (a condition on a question that does not exist) names its path too.
    const dangling = storeVisitInput();
    dangling.pages[1]!.questions[0]!.displayIf = { question: 'nowhere', op: 'answered' };
    res = await api.patch(`${base}/surveys/${survey.id}`, { draft: dangling });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'validation_failed',
      field: 'draft.pages.1.questions.0.displayIf.question',
    });

    const missingDefault = { ...oneQuestion('x'), languages: ['es'] };
    res = await api.patch(`${base}/surveys/${survey.id}`, { draft: missingDefault });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toMatch(/^draft\./);

    expect((await api.get(`${base}/surveys/${survey.id}`)).body).toEqual(survey);
  });

  it('renames, replaces the draft and changes the settings', async () => {
    const { api, base } = await owner();
    const survey = (await api.post(`${base}/surveys`, { name: 'Before' })).body;
    const res = await api.patch(`${base}/surveys/${survey.id}`, {
      name: 'After',
      draft: storeVisitInput(),
      settings: { oncePer: 'device' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'After',
      draft: storeVisitSurvey,
      settings: { oncePer: 'device' },
      questionCount: questionCount(storeVisitSurvey),
      languages: ['en', 'zh-CN', 'es'],
      draftChanged: true,
      status: 'draft',
    });
    expect(res.body.updatedAt > survey.updatedAt).toBe(true);
    expect((await api.patch(`${base}/surveys/${survey.id}`, {})).body).toEqual(res.body);
    const cleared = await api.patch(`${base}/surveys/${survey.id}`, { settings: { oncePer: null } });
    expect(cleared.body.settings).toEqual({ oncePer: null });
  });
});

describe('publishing', () => {
  it('makes immutable versions: version 1, then version 2 after an edit, version 1 unchanged', async () => {
    const { api, base, workspaceId, userId } = await owner();
    const survey = (
      await api.post(`${base}/surveys`, { name: 'Versioned', from: { definition: oneQuestion('First') } })
    ).body;
    const one = await api.post(`${base}/surveys/${survey.id}/publish`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ status: 'published', latestVersion: 1, draftChanged: false });

    // The database itself refuses to change a published version.
    await expect(
      inWorkspace(ctx.db, workspaceId, (tx) =>
        tx
          .updateTable('survey_versions')
          .set({ published_by: null })
          .where('workspace_id', '=', workspaceId)
          .where('survey_id', '=', survey.id)
          .execute(),
      ),
    ).rejects.toThrow(/immutable/);

    // Editing a published survey changes only the draft.
    const edited = await api.patch(`${base}/surveys/${survey.id}`, { draft: oneQuestion('Second') });
    expect(edited.body).toMatchObject({ status: 'published', latestVersion: 1, draftChanged: true });
    const v1 = await api.get(`${base}/surveys/${survey.id}/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body.definition.pages[0].questions[0].title).toEqual({ en: 'First' });

    const two = await api.post(`${base}/surveys/${survey.id}/publish`);
    expect(two.body).toMatchObject({ status: 'published', latestVersion: 2, draftChanged: false });
    expect((await api.get(`${base}/surveys/${survey.id}/versions/1`)).body).toEqual(v1.body);
    const v2 = await api.get(`${base}/surveys/${survey.id}/versions/2`);
    expect(v2.body).toEqual({
      version: 2,
      publishedAt: expect.any(String),
      publishedBy: userId,
      questionCount: 1,
      responseCount: 0,
      definition: surveyDefinitionSchema.parse(oneQuestion('Second')),
    });
    const versions = await api.get(`${base}/surveys/${survey.id}/versions`);
    expect(versions.body.items.map((v: any) => v.version)).toEqual([2, 1]);
    expect(versions.body.items[1]).toEqual({ ...v1.body, definition: undefined });
    expect((await api.get(`${base}/surveys/${survey.id}/versions/3`)).status).toBe(404);

    // A name or settings change is not a draft change; saving the same draft again is not one either.
    await api.patch(`${base}/surveys/${survey.id}`, { name: 'Renamed', settings: { oncePer: 'token' } });
    const same = await api.patch(`${base}/surveys/${survey.id}`, { draft: oneQuestion('Second') });
    expect(same.body).toMatchObject({ name: 'Renamed', draftChanged: false });
    const nothing = await api.post(`${base}/surveys/${survey.id}/publish`);
    expect(nothing.status).toBe(409);
    expect(nothing.body.error.code).toBe('nothing_to_publish');
  });

  it('writes the survey.published event and the audit entry in the same transaction', async () => {
    const { api, base, workspaceId } = await owner();
    const survey = (await api.post(`${base}/surveys`, { name: 'Announced' })).body;
    await api.post(`${base}/surveys/${survey.id}/publish`);
    await api.post(`${base}/surveys/${survey.id}/close`);
    await api.post(`${base}/surveys/${survey.id}/publish`);
    const { events, audit } = await inWorkspace(ctx.db, workspaceId, async (tx) => ({
      events: await tx
        .selectFrom('events')
        .select(['type', 'payload'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute(),
      audit: await tx
        .selectFrom('audit_log')
        .select(['action', 'target_id', 'details'])
        .where('workspace_id', '=', workspaceId)
        .where('target_type', '=', 'survey')
        .orderBy('id')
        .execute(),
    }));
    expect(events).toEqual([
      { type: 'survey.published', payload: { surveyId: survey.id, version: 1, reopened: false } },
      { type: 'survey.closed', payload: { surveyId: survey.id, version: 1 } },
      { type: 'survey.published', payload: { surveyId: survey.id, version: 1, reopened: true } },
    ]);
    expect(audit).toEqual([
      { action: 'survey.published', target_id: survey.id, details: { version: 1 } },
      { action: 'survey.closed', target_id: survey.id, details: { version: 1 } },
      { action: 'survey.reopened', target_id: survey.id, details: { version: 1 } },
    ]);
  });

  it('closes a published survey, and publishing again reopens it without a new version', async () => {
    const { api, base } = await owner();
    const survey = (await api.post(`${base}/surveys`, { name: 'Open and shut' })).body;
    const early = await api.post(`${base}/surveys/${survey.id}/close`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('survey_not_published');

    await api.post(`${base}/surveys/${survey.id}/publish`);
    const closed = await api.post(`${base}/surveys/${survey.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', latestVersion: 1, draftChanged: false });
    const again = await api.post(`${base}/surveys/${survey.id}/close`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('survey_not_published');

    const reopened = await api.post(`${base}/surveys/${survey.id}/publish`);
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'published', latestVersion: 1, draftChanged: false });
    expect((await api.get(`${base}/surveys/${survey.id}/versions`)).body.items).toHaveLength(1);

    // Closed with a changed draft: publishing makes the next version and reopens.
    await api.post(`${base}/surveys/${survey.id}/close`);
    await api.patch(`${base}/surveys/${survey.id}`, { draft: oneQuestion('Changed while closed') });
    const next = await api.post(`${base}/surveys/${survey.id}/publish`);
    expect(next.body).toMatchObject({ status: 'published', latestVersion: 2, draftChanged: false });
  });

  it('gives concurrent publishes distinct versions, one after the other', async () => {
    const { api, base } = await owner();
    const survey = (await api.post(`${base}/surveys`, { name: 'Race' })).body;
    const path = `${base}/surveys/${survey.id}/publish`;
    // Two at once with one change: one publishes it, the other finds nothing left to publish.
    const pair = await Promise.all([api.post(path), api.post(path)]);
    expect(pair.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(pair.find((r) => r.status === 409)!.body.error.code).toBe('nothing_to_publish');

    // Several editors each saving and publishing at once.
    const results = await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        await api.patch(`${base}/surveys/${survey.id}`, { draft: oneQuestion(`Editor ${n}`) });
        return api.post(path);
      }),
    );
    expect(results.every((r) => r.status === 200 || r.body.error?.code === 'nothing_to_publish')).toBe(true);
    const published = results.filter((r) => r.status === 200).map((r) => r.body.latestVersion);
    expect(published.length).toBeGreaterThanOrEqual(1);
    expect(new Set(published).size).toBe(published.length);
    const versions = (await api.get(`${base}/surveys/${survey.id}/versions`)).body.items.map(
      (v: any) => v.version,
    );
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => versions.length - i));
    expect(versions.length).toBe(1 + published.length);
  });

  it('re-checks the draft at publish time and names the field at fault', async () => {
    const { api, base, workspaceId } = await owner();
    const survey = (await api.post(`${base}/surveys`, { name: 'Stale' })).body;
    // A draft saved under older rules, which no longer pass.
    const stale = oneQuestion('x');
    stale.languages = ['es'];
    await inWorkspace(ctx.db, workspaceId, (tx) =>
      tx
        .updateTable('surveys')
        .set({ draft: JSON.stringify(stale) })
        .where('id', '=', survey.id)
        .execute(),
    );
    const res = await api.post(`${base}/surveys/${survey.id}/publish`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', field: 'draft.languages' });
    expect((await api.get(`${base}/surveys/${survey.id}/versions`)).body.items).toEqual([]);
  });
});

describe('duplicating and deleting', () => {
  it('duplicates the draft and settings into a new draft survey with a new key, and nothing else', async () => {
    const { api, base, workspaceId } = await owner();
    const original = (
      await api.post(`${base}/surveys`, { name: 'Original', from: { definition: storeVisitInput() } })
    ).body;
    await api.patch(`${base}/surveys/${original.id}`, { settings: { oncePer: 'token' } });
    await api.post(`${base}/surveys/${original.id}/publish`);
    await api.post(`${base}/surveys/${original.id}/waves`, { opensAt: '2026-01-01T00:00:00Z' });
    await insertResponse(ctx, workspaceId, { surveyId: original.id, version: 1 });
    await api.patch(`${base}/surveys/${original.id}`, { draft: oneQuestion('Draft after publish') });

    const copy = await api.post(`${base}/surveys/${original.id}/duplicate`, {});
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      name: 'Original (copy)',
      status: 'draft',
      latestVersion: null,
      draftChanged: true,
      completeCount: 0,
      partialCount: 0,
      settings: { oncePer: 'token' },
      draft: surveyDefinitionSchema.parse(oneQuestion('Draft after publish')),
    });
    expect(copy.body.id).not.toBe(original.id);
    expect(copy.body.key).not.toBe(original.key);
    expect((await api.get(`${base}/surveys/${copy.body.id}/versions`)).body.items).toEqual([]);
    expect((await api.get(`${base}/surveys/${copy.body.id}/waves`)).body.items).toEqual([]);

    const named = await api.post(`${base}/surveys/${original.id}/duplicate`, { name: 'Second edition' });
    expect(named.body.name).toBe('Second edition');
    // No body at all is fine too.
    expect((await api.request('POST', `${base}/surveys/${original.id}/duplicate`)).status).toBe(201);
  });

  it('deletes a survey without responses, and refuses one with responses', async () => {
    const { api, base, workspaceId } = await owner();
    const unused = (await api.post(`${base}/surveys`, { name: 'Unused' })).body;
    await api.post(`${base}/surveys/${unused.id}/publish`);
    expect((await api.delete(`${base}/surveys/${unused.id}`)).status).toBe(204);
    expect((await api.get(`${base}/surveys/${unused.id}`)).status).toBe(404);
    expect((await api.delete(`${base}/surveys/${unused.id}`)).status).toBe(404);

    const answered = (await api.post(`${base}/surveys`, { name: 'Answered' })).body;
    await api.post(`${base}/surveys/${answered.id}/publish`);
    await insertResponse(ctx, workspaceId, { surveyId: answered.id, version: 1, status: 'partial' });
    const refused = await api.delete(`${base}/surveys/${answered.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('survey_has_responses');
    expect(refused.body.error.message).toMatch(/close it/i);
    expect((await api.get(`${base}/surveys/${answered.id}`)).body.partialCount).toBe(1);

    const audit = await inWorkspace(ctx.db, workspaceId, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'target_id'])
        .where('action', '=', 'survey.deleted')
        .execute(),
    );
    expect(audit).toEqual([{ action: 'survey.deleted', target_id: unused.id }]);
  });
});

describe('the survey list', () => {
  it('pages newest first, filters by status and by part of the name, and counts responses', async () => {
    const { api, base, workspaceId } = await owner();
    const names = ['Store visit Shanghai', 'Unboxing', 'store VISIT Hangzhou', '100% fresh'];
    const made: any[] = [];
    for (const name of names) made.push((await api.post(`${base}/surveys`, { name })).body);
    await api.post(`${base}/surveys/${made[0].id}/publish`);
    await api.post(`${base}/surveys/${made[2].id}/publish`);
    await insertResponse(ctx, workspaceId, { surveyId: made[0].id, version: 1 });
    await insertResponse(ctx, workspaceId, { surveyId: made[0].id, version: 1 });
    await insertResponse(ctx, workspaceId, { surveyId: made[0].id, version: 1, status: 'partial' });
    await insertResponse(ctx, workspaceId, { surveyId: made[2].id, version: 1, status: 'partial' });

    const first = await api.get(`${base}/surveys?limit=3`);
    expect(first.status).toBe(200);
    expect(first.body.items.map((s: any) => s.name)).toEqual([names[3], names[2], names[1]]);
    expect(first.body.items[0]).not.toHaveProperty('draft');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.get(`${base}/surveys?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((s: any) => s.name)).toEqual([names[0]]);
    expect(second.body.nextCursor).toBeNull();
    expect(second.body.items[0]).toMatchObject({ completeCount: 2, partialCount: 1, status: 'published' });
    expect(first.body.items[1]).toMatchObject({ completeCount: 0, partialCount: 1 });

    const published = await api.get(`${base}/surveys?status=published`);
    expect(published.body.items.map((s: any) => s.name)).toEqual([names[2], names[0]]);
    const drafts = await api.get(`${base}/surveys?status=draft`);
    expect(drafts.body.items.map((s: any) => s.name)).toEqual([names[3], names[1]]);
    const visit = await api.get(`${base}/surveys?q=${encodeURIComponent('Store Visit')}`);
    expect(visit.body.items.map((s: any) => s.name)).toEqual([names[2], names[0]]);
    const both = await api.get(`${base}/surveys?q=hangzhou&status=published`);
    expect(both.body.items.map((s: any) => s.name)).toEqual([names[2]]);
    // % and _ are text, not patterns.
    const percent = await api.get(`${base}/surveys?q=${encodeURIComponent('0%')}`);
    expect(percent.body.items.map((s: any) => s.name)).toEqual([names[3]]);
    expect((await api.get(`${base}/surveys?q=_`)).body.items).toEqual([]);

    expect((await api.get(`${base}/surveys?status=archived`)).status).toBe(400);
    expect((await api.get(`${base}/surveys?cursor=bogus`)).status).toBe(400);
  });
});

describe('who may do what', () => {
  it('lets a viewer read surveys but not change them (403)', async () => {
    const { api, base, workspaceId } = await owner();
    const survey = (await api.post(`${base}/surveys`, { name: 'Read only' })).body;
    await api.post(`${base}/surveys/${survey.id}/publish`);
    const wave = (await api.post(`${base}/surveys/${survey.id}/waves`, { opensAt: '2026-01-01T00:00:00Z' }))
      .body;
    const template = (await api.post(`${base}/surveys/${survey.id}/save-as-template`, { name: 't' })).body;
    const viewerUser = await makeUser(ctx);
    await addMember(ctx, workspaceId, viewerUser.id, 'viewer');
    const viewer = await signedIn(ctx.app, viewerUser);
    const one = `${base}/surveys/${survey.id}`;

    for (const url of [
      `${base}/surveys`,
      one,
      `${one}/versions`,
      `${one}/versions/1`,
      `${one}/waves`,
      `${base}/survey-templates`,
      `${base}/survey-templates/built-in/store-visit`,
      `${base}/survey-templates/${template.id}`,
    ]) {
      expect([url, (await viewer.get(url)).status]).toEqual([url, 200]);
    }
    const writes: [string, string, unknown][] = [
      ['POST', `${base}/surveys`, { name: 'x' }],
      ['PATCH', one, { name: 'x' }],
      ['POST', `${one}/publish`, undefined],
      ['POST', `${one}/close`, undefined],
      ['POST', `${one}/duplicate`, {}],
      ['POST', `${one}/save-as-template`, { name: 'x' }],
      ['POST', `${one}/waves`, { opensAt: '2027-01-01T00:00:00Z' }],
      ['PATCH', `${one}/waves/${wave.id}`, { name: 'x' }],
      ['DELETE', `${one}/waves/${wave.id}`, undefined],
      ['DELETE', one, undefined],
      ['DELETE', `${base}/survey-templates/${template.id}`, undefined],
    ];
    for (const [method, url, body] of writes) {
      const res = await viewer.request(method as 'POST', url, body);
      expect([method, url, res.status]).toEqual([method, url, 403]);
    }
    // An analyst builds surveys.
    const analystUser = await makeUser(ctx);
    await addMember(ctx, workspaceId, analystUser.id, 'analyst');
    const analyst = await signedIn(ctx.app, analystUser);
    expect((await analyst.post(`${base}/surveys`, { name: 'Mine' })).status).toBe(201);
  });
});
