// The survey page over HTTP without JavaScript: GET renders, each page POSTs and is redirected,
// logic runs on the server, and the response is stored once at the end.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { storeVisitSurvey } from '../../../common/survey/fixtures';
import { inWorkspace } from '../../db/database';
import { makeUser, makeWorkspace, useTestApp } from '../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../responses/test-survey';

const ctx = useTestApp();

async function survey(settings = {}): Promise<TestSurvey> {
  const ws = await makeWorkspace(ctx, await makeUser(ctx));
  return publishTestSurvey(ctx, ws.id, storeVisitSurvey, { settings });
}

const field = (html: string, name: string) => {
  const input = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? '';
  return /value="([^"]*)"/.exec(input)?.[1];
};

function form(fields: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields))
    for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return body.toString();
}

const postForm = (url: string, fields: Record<string, string | string[]>, cookie?: string) =>
  ctx.app.inject({
    method: 'POST',
    url,
    payload: form(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
  });

const rows = (s: TestSurvey) =>
  inWorkspace(ctx.db, s.workspaceId, (tx) =>
    tx.selectFrom('responses').selectAll().where('survey_id', '=', s.surveyId).execute(),
  );

describe('GET /s/:key', () => {
  it('renders the first page in the language the link or the browser asks for', async () => {
    const s = await survey();
    const zh = await ctx.app.inject({
      url: `/s/${s.key}?store=静安店`,
      headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' },
    });
    expect(zh.statusCode).toBe(200);
    expect(zh.headers['content-type']).toMatch(/text\/html/);
    expect(zh.body).toMatch(/<html[^>]*lang="zh-CN"/);
    expect(zh.body).toContain('您向朋友推荐静安店的可能性有多大？');
    expect(field(zh.body, '_s')).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    const es = await ctx.app.inject({ url: `/s/${s.key}?lang=es`, headers: { 'accept-language': 'zh-CN' } });
    expect(es.body).toMatch(/<html[^>]*lang="es"/);
    const fallback = await ctx.app.inject({ url: `/s/${s.key}`, headers: { 'accept-language': 'fr-FR' } });
    expect(fallback.body).toMatch(/<html[^>]*lang="en"/);
  });

  it('sends the page and its assets gzipped to browsers that take gzip', async () => {
    const s = await survey();
    const res = await ctx.app.inject({
      url: `/s/${s.key}`,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    const html = gunzipSync(res.rawPayload).toString();
    expect(html).toMatch(/<html[^>]*lang="en"/);
    const script = /<script[^>]*src="([^"]+)"/.exec(html)![1]!;
    const zipped = await ctx.app.inject({ url: script, headers: { 'accept-encoding': 'gzip' } });
    const plain = await ctx.app.inject({ url: script });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    expect(plain.headers['cache-control']).toContain('immutable');
  });

  it('says so when the survey is unknown or closed', async () => {
    expect((await ctx.app.inject({ url: '/s/nope-nope' })).statusCode).toBe(404);
    const s = await survey();
    await inWorkspace(ctx.db, s.workspaceId, (tx) =>
      tx.updateTable('surveys').set({ status: 'closed' }).where('id', '=', s.surveyId).execute(),
    );
    const closed = await ctx.app.inject({ url: `/s/${s.key}`, headers: { 'accept-language': 'es' } });
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toMatch(/lang="es"/);
  });
});

describe('the no-JavaScript flow', () => {
  it('walks the pages by form posts, skips by logic, and stores the response once', async () => {
    const s = await survey();
    const first = await ctx.app.inject({ url: `/s/${s.key}?store=Jing%27an&ch=qr` });
    const sessionKey = field(first.body, '_s')!;

    // A required question left empty: the page comes back with the error, nothing is stored.
    const empty = await postForm(`/s/${s.key}?store=Jing%27an&ch=qr`, {
      _s: sessionKey,
      _p: 'score',
      _l: 'en',
      _nav: 'next',
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('aria-invalid');
    expect(await rows(s)).toHaveLength(0);

    // A detractor goes on to the details page.
    const p1 = await postForm(`/s/${s.key}?store=Jing%27an&ch=qr`, {
      _s: sessionKey,
      _p: 'score',
      _l: 'en',
      _nav: 'next',
      'q.nps': '3',
      'q.visit_type': 'takeaway',
    });
    expect(p1.statusCode).toBe(303);
    expect(p1.headers.location).toContain('p=details');
    const cookie = String(p1.headers['set-cookie']).split(';')[0]!;
    const [partial] = await rows(s);
    expect(partial).toMatchObject({
      status: 'partial',
      current_page: 'details',
      channel: 'qr',
      hidden: { store: "Jing'an" },
    });

    const details = await ctx.app.inject({ url: p1.headers.location!, headers: { cookie } });
    expect(details.statusCode).toBe(200);
    expect(details.body).toContain('You gave Jing&#39;an a 3 for Takeaway.');

    // Back, then forward again: the answers are kept.
    const back = await postForm(`/s/${s.key}`, {
      _s: sessionKey,
      _p: 'details',
      _l: 'en',
      _nav: 'back',
      'q.satisfaction': '2',
    });
    expect(back.headers.location).toContain('p=score');
    const p2 = await postForm(`/s/${s.key}`, {
      _s: sessionKey,
      _p: 'details',
      _l: 'en',
      _nav: 'next',
      'q.issues': ['wait', '__other'],
      'q.issues.other': 'Cold tea',
      'q.satisfaction': '2',
      'q.comment': 'Faster please',
    });
    expect(p2.headers.location).toContain('p=follow_up');
    const done = await postForm(`/s/${s.key}`, { _s: sessionKey, _p: 'follow_up', _l: 'en', _nav: 'next' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/s/${s.key}/done?r=${sessionKey}`);
    const ending = await ctx.app.inject({ url: done.headers.location! });
    expect(ending.body).toContain('We are sorry');

    const [row] = await rows(s);
    expect(row).toMatchObject({
      status: 'complete',
      ending: 'sorry',
      answers: {
        nps: 3,
        visit_type: 'takeaway',
        issues: { picks: ['wait'], other: 'Cold tea' },
        satisfaction: 2,
        comment: 'Faster please',
      },
    });
    // Posting the last page again changes nothing.
    await postForm(`/s/${s.key}`, { _s: sessionKey, _p: 'follow_up', _l: 'en', _nav: 'next' });
    expect(await rows(s)).toHaveLength(1);
  });

  it('sends a promoter straight to the end', async () => {
    const s = await survey();
    const sessionKey = field((await ctx.app.inject({ url: `/s/${s.key}` })).body, '_s')!;
    const res = await postForm(`/s/${s.key}`, {
      _s: sessionKey,
      _p: 'score',
      _l: 'en',
      _nav: 'next',
      'q.nps': '10',
    });
    expect(res.headers.location).toContain('/done');
    expect((await rows(s))[0]).toMatchObject({
      status: 'complete',
      ending: 'promoter_thanks',
      answers: { nps: 10 },
    });
  });

  it('reads the CRLF line breaks a browser posts as LF, as the script sends them', async () => {
    const s = await survey();
    const sessionKey = field((await ctx.app.inject({ url: `/s/${s.key}` })).body, '_s')!;
    await postForm(`/s/${s.key}`, { _s: sessionKey, _p: 'score', _l: 'en', _nav: 'next', 'q.nps': '7' });
    // 2000 characters in the textarea (its maxlength, the question's maxLength), 2001 as posted.
    const lines = ['x'.repeat(999), 'x'.repeat(1000)];
    const res = await postForm(`/s/${s.key}`, {
      _s: sessionKey,
      _p: 'details',
      _l: 'en',
      _nav: 'next',
      'q.satisfaction': '4',
      'q.comment': lines.join('\r\n'),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('p=follow_up');
    expect((await rows(s))[0]?.answers).toMatchObject({ comment: lines.join('\n') });
  });

  it('shows a required question revealed on the same page without calling it missing', async () => {
    const s = await survey();
    const sessionKey = field((await ctx.app.inject({ url: `/s/${s.key}` })).body, '_s')!;
    await postForm(`/s/${s.key}`, { _s: sessionKey, _p: 'score', _l: 'en', _nav: 'next', 'q.nps': '8' });
    await postForm(`/s/${s.key}`, {
      _s: sessionKey,
      _p: 'details',
      _l: 'en',
      _nav: 'next',
      'q.satisfaction': '4',
    });
    // Ticking consent reveals the required contact question: the page comes back with it, no error.
    const posted = await postForm(`/s/${s.key}`, {
      _s: sessionKey,
      _p: 'follow_up',
      _l: 'en',
      _nav: 'next',
      'q.callback': 'yes',
    });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toContain('p=follow_up');
    const revealed = await ctx.app.inject({ url: posted.headers.location! });
    expect(revealed.body).toContain('How can we reach you?');
    expect(revealed.body).not.toContain('aria-invalid="true"');
    // Posted again still empty, it is now missing.
    const missing = await postForm(`/s/${s.key}`, {
      _s: sessionKey,
      _p: 'follow_up',
      _l: 'en',
      _nav: 'next',
      'q.callback': 'yes',
    });
    expect(missing.statusCode).toBe(422);
    const done = await postForm(`/s/${s.key}`, {
      _s: sessionKey,
      _p: 'follow_up',
      _l: 'en',
      _nav: 'next',
      'q.callback': 'yes',
      'q.contact.email': 'li@example.com',
    });
    expect(done.statusCode).toBe(303);
    expect((await rows(s))[0]).toMatchObject({
      status: 'complete',
      answers: { callback: true, contact: { email: 'li@example.com' } },
    });
  });

  it('resumes on the same device where the respondent left off', async () => {
    const s = await survey();
    const sessionKey = field((await ctx.app.inject({ url: `/s/${s.key}` })).body, '_s')!;
    const p1 = await postForm(`/s/${s.key}`, {
      _s: sessionKey,
      _p: 'score',
      _l: 'zh-CN',
      _nav: 'next',
      'q.nps': '5',
    });
    const cookie = String(p1.headers['set-cookie']).split(';')[0]!;
    const again = await ctx.app.inject({ url: `/s/${s.key}`, headers: { cookie } });
    expect(field(again.body, '_s')).toBe(sessionKey);
    expect(field(again.body, '_p')).toBe('details');
    expect(again.body).toMatch(/<html[^>]*lang="zh-CN"/);
    // Another device starts afresh.
    expect(field((await ctx.app.inject({ url: `/s/${s.key}` })).body, '_s')).not.toBe(sessionKey);
  });

  it('drops a form post that filled the honeypot', async () => {
    const s = await survey();
    const res = await postForm(`/s/${s.key}`, {
      _s: 'x'.repeat(20),
      _p: 'score',
      _l: 'en',
      _nav: 'next',
      'q.nps': '10',
      website: 'spam',
    });
    expect(res.statusCode).toBe(200);
    expect(await rows(s)).toHaveLength(0);
  });

  it('never answers junk form posts with a 5xx', async () => {
    const s = await survey();
    for (const fields of [
      {},
      { _p: 'nowhere' },
      { _s: 'short', _p: 'score', 'q.nps': 'eleven' },
      { _s: 'y'.repeat(30), _p: 'details', 'q.issues': ['a', 'b', 'c', 'd', 'e'], 'q.satisfaction': '-1' },
      {
        _s: 'z'.repeat(30),
        _p: 'score',
        _nav: 'teleport',
        'q.nps': '7',
        'q.visit_type': '__other',
        'q.visit_type.other': 'x'.repeat(600),
      },
    ]) {
      const res = await postForm(`/s/${s.key}`, fields as Record<string, string>);
      expect(res.statusCode, JSON.stringify(fields)).toBeLessThan(500);
    }
  });
});
