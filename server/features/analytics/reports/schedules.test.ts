// Scheduled report emails on a real PostgreSQL and a real SMTP server: the API (validation naming
// the field, other workspaces, roles, audit), the due scan run by two workers at once, and the
// send job mailing the PDF to every recipient in the schedule's language.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runOnce } from 'graphile-worker';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inWorkspace } from '../../../db/database';
import { quietLogger } from '../../../db/migrate';
import { createMailer } from '../../../platform/mail/mailer';
import { signedIn, type Client } from '../../../test/client';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink';
import { addMember, makeUser, useTestApp } from '../../../test/test-app';
import { reportTasks } from './jobs';
import { REPORT_SEND_TASK } from './queue';
import { sendScheduledReport } from './send-report';
import { takeDueSchedules } from './take-due-schedules';
import { makeReportWorld, NPS_TITLE, REPORT_WEEK, SURVEY_NAME, type ReportWorld } from './test-report-data';

const ctx = useTestApp();
const log = pino({ level: 'silent' });
let sink: SmtpSink;
let world: ReportWorld;
let owner: Client;
let base: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  world = await makeReportWorld(ctx);
  owner = await signedIn(ctx.app, world.owner);
  base = `/api/v1/workspaces/${world.workspaceId}/report-schedules`;
});
afterAll(() => sink?.close());

const body = (extra: Record<string, unknown> = {}) => ({
  surveyId: world.survey.surveyId,
  name: '每周门店报告',
  frequency: 'weekly',
  format: 'pdf',
  language: 'zh-CN',
  recipients: ['ceo@example.com', 'Ops@Example.com'],
  ...extra,
});

/** Runs every queued report job to its end, as the worker does, with the mail going to the sink. */
const runReportJobs = () =>
  runOnce({
    connectionString: ctx.url,
    taskList: reportTasks({ db: ctx.db, env: { ...ctx.env, SMTP_URL: sink.url }, log }),
    logger: quietLogger,
    noHandleSignals: true,
  });

/** The report sends waiting for a schedule, as the periods their job keys name (queue.ts). */
const queuedSends = async (scheduleId: string) =>
  (
    await sql<{ key: string }>`
      SELECT key FROM graphile_worker.jobs
      WHERE task_identifier = ${REPORT_SEND_TASK} AND key LIKE ${`${REPORT_SEND_TASK}:${scheduleId}:%`}`.execute(
      ctx.db,
    )
  ).rows.map((r) => {
    const [from, to] = r.key.split(':').slice(-2);
    return { from, to };
  });

const pdfText = (pdf: Buffer) => {
  const file = path.join(os.tmpdir(), `rapport-mail-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } finally {
    fs.rmSync(file, { force: true });
  }
};

describe('report schedules API', () => {
  it('lists none at first, then creates one sent on the next Monday 08:00 in the workspace time zone', async () => {
    expect((await owner.get(base)).body).toEqual({ items: [], nextCursor: null });
    const created = await owner.post(base, body());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      surveyId: world.survey.surveyId,
      name: '每周门店报告',
      frequency: 'weekly',
      format: 'pdf',
      language: 'zh-CN',
      recipients: ['ceo@example.com', 'ops@example.com'],
      params: {},
      lastRunAt: null,
      lastError: null,
    });
    // Shanghai is UTC+8 all year: Monday 08:00 there is Monday 00:00 UTC, within the coming week.
    const next = new Date(created.body.nextRunAt);
    expect([next.getUTCDay(), next.getUTCHours(), next.getUTCMinutes()]).toEqual([1, 0, 0]);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);

    const list = await owner.get(`${base}?surveyId=${world.survey.surveyId}`);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
    expect((await owner.get(`${base}/${created.body.id}`)).body).toEqual(created.body);
  });

  it('moves the next send to the 1st at 08:00 when the frequency becomes monthly', async () => {
    const { body: s } = await owner.post(base, body());
    const changed = await owner.patch(`${base}/${s.id}`, { frequency: 'monthly', format: 'docx' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ frequency: 'monthly', format: 'docx', name: s.name });
    const next = new Date(changed.body.nextRunAt);
    // The 1st at 08:00 in Shanghai: 00:00 UTC on the 1st.
    expect([next.getUTCDate(), next.getUTCHours()]).toEqual([1, 0]);
    const audit = await inWorkspace(ctx.db, world.workspaceId, (tx) =>
      tx
        .selectFrom('audit_log')
        .select('action')
        .where('workspace_id', '=', world.workspaceId)
        .where('target_id', '=', s.id)
        .orderBy('id')
        .execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(['report_schedule.created', 'report_schedule.updated']);
  });

  it('rejects a bad recipient naming it, and a list too long or empty', async () => {
    const bad = await owner.post(base, body({ recipients: ['ok@example.com', 'not-an-email'] }));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation_failed', field: 'recipients.1' });
    const many = Array.from({ length: 51 }, (_, i) => `r${i}@example.com`);
    expect((await owner.post(base, body({ recipients: many }))).body.error.field).toBe('recipients');
    expect((await owner.post(base, body({ recipients: [] }))).body.error.field).toBe('recipients');
    const patched = await owner.patch(`${base}/${(await owner.post(base, body())).body.id}`, {
      recipients: ['x@example.com', 'y@'],
    });
    expect(patched.body.error).toMatchObject({ code: 'validation_failed', field: 'recipients.1' });
  });

  it('rejects dates in the filters (a schedule covers whole weeks or months) and an unknown language', async () => {
    const dated = await owner.post(base, body({ params: { filters: { from: '2026-01-01' } } }));
    expect(dated.status).toBe(400);
    expect(dated.body.error.field).toBe('params.filters.from');
    expect((await owner.post(base, body({ language: 'fr' }))).body.error.field).toBe('language');
    const filtered = await owner.post(base, body({ params: { filters: { channels: ['qr'] } } }));
    expect(filtered.status).toBe(201);
    expect(filtered.body.params).toEqual({ filters: { channels: ['qr'] } });
  });

  it("answers 404 for another workspace's survey and schedules", async () => {
    const other = await makeReportWorld(ctx);
    const foreign = await owner.post(base, body({ surveyId: other.survey.surveyId }));
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.field).toBe('surveyId');
    const otherApi = await signedIn(ctx.app, other.owner);
    const theirs = (
      await otherApi.post(`/api/v1/workspaces/${other.workspaceId}/report-schedules`, {
        ...body(),
        surveyId: other.survey.surveyId,
      })
    ).body;
    for (const res of [
      await owner.get(`${base}/${theirs.id}`),
      await owner.patch(`${base}/${theirs.id}`, { name: 'x' }),
      await owner.post(`${base}/${theirs.id}/send-now`),
      await owner.delete(`${base}/${theirs.id}`),
      await owner.get(`/api/v1/workspaces/${other.workspaceId}/report-schedules`),
    ])
      expect(res.status).toBe(404);
    expect(
      (await otherApi.get(`/api/v1/workspaces/${other.workspaceId}/report-schedules/${theirs.id}`)).status,
    ).toBe(200);
  });

  it('lets a viewer read schedules but not change them or download a report', async () => {
    const viewer = await makeUser(ctx);
    await addMember(ctx, world.workspaceId, viewer.id, 'viewer');
    const api = await signedIn(ctx.app, viewer);
    expect((await api.get(base)).status).toBe(200);
    expect((await api.post(base, body())).status).toBe(403);
    const report = `/api/v1/workspaces/${world.workspaceId}/analytics/surveys/${world.survey.surveyId}/report.pdf`;
    expect((await api.get(report)).status).toBe(403);
  });

  it('deletes a schedule, with an audit entry', async () => {
    const { body: s } = await owner.post(base, body());
    expect((await owner.delete(`${base}/${s.id}`)).status).toBe(204);
    expect((await owner.get(`${base}/${s.id}`)).status).toBe(404);
    expect((await owner.delete(`${base}/${s.id}`)).status).toBe(404);
  });
});

describe('report file download', () => {
  it('makes the PDF now, named in UTF-8, and the DOCX', async () => {
    const url = `/api/v1/workspaces/${world.workspaceId}/analytics/surveys/${world.survey.surveyId}`;
    const pdf = await owner.get(`${url}/report.pdf?language=zh-CN`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${SURVEY_NAME} 调查报告.pdf`)}`,
    );
    const text = pdfText(pdf.raw);
    expect(text).toContain(SURVEY_NAME);
    // All 75 responses (period=all): 25 promoters and 45 detractors → NPS −26.7.
    expect(text).toContain('-26.7');
    const docx = await owner.get(`${url}/report.docx?period=last_week&language=es`);
    expect(docx.status).toBe(200);
    expect(docx.raw.subarray(0, 2).toString()).toBe('PK');
    const bad = await owner.get(`${url}/report.pdf?period=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('period');
  });
});

describe('scheduled sends', () => {
  it('queues each due schedule exactly once when two workers scan at the same moment, then mails the PDF', async () => {
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C']) ids.push((await owner.post(base, body({ name }))).body.id);
    const monday = new Date('2026-11-16T00:00:00Z'); // 08:00 in Shanghai
    await inWorkspace(ctx.db, world.workspaceId, (tx) =>
      tx
        .updateTable('report_schedules')
        .set({ next_run_at: monday })
        .where('workspace_id', '=', world.workspaceId)
        .where('id', 'in', ids)
        .execute(),
    );
    const scanAt = new Date('2026-11-16T00:10:00Z');
    const [first, second] = await Promise.all([
      takeDueSchedules(ctx.db, scanAt),
      takeDueSchedules(ctx.db, scanAt),
    ]);
    expect(first + second).toBe(3);
    expect(await takeDueSchedules(ctx.db, scanAt)).toBe(0);
    for (const id of ids) {
      expect(await queuedSends(id)).toEqual([REPORT_WEEK]);
      const s = (await owner.get(`${base}/${id}`)).body;
      expect(s.nextRunAt).toBe('2026-11-23T00:00:00.000Z');
    }

    const before = sink.messages.length;
    // Two workers take the queued sends at once: graphile-worker's locking gives each job to one.
    await Promise.all([runReportJobs(), runReportJobs()]);
    const mails = sink.messages.slice(before);
    expect(mails).toHaveLength(3);
    for (const mail of mails) {
      const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) =>
        a!.value.map((v) => v.address),
      );
      expect(to).toEqual(['ceo@example.com', 'ops@example.com']);
      expect(mail.subject).toBe(`${SURVEY_NAME}：调查报告（2026年11月9日 – 2026年11月15日）`);
      expect(mail.text).toContain('每周');
      expect(mail.attachments).toHaveLength(1);
      const [pdf] = mail.attachments;
      expect(pdf!.contentType).toBe('application/pdf');
      expect(pdf!.filename).toBe(`${SURVEY_NAME} 调查报告 2026-11-09_2026-11-15.pdf`);
      const text = pdfText(pdf!.content);
      expect(text).toContain(NPS_TITLE);
      expect(text).toContain('+37.5');
    }
    for (const id of ids) {
      const s = (await owner.get(`${base}/${id}`)).body;
      expect(s.lastRunAt).not.toBeNull();
      expect(s.lastError).toBeNull();
      expect(await queuedSends(id)).toEqual([]);
    }
  });

  it('"send now" queues the last whole period without moving the next send; the DOCX goes out', async () => {
    const { body: s } = await owner.post(
      base,
      body({ format: 'docx', language: 'en', recipients: ['a@example.com'] }),
    );
    const now = await owner.post(`${base}/${s.id}/send-now`);
    expect(now.status).toBe(202);
    expect(now.body.scheduleId).toBe(s.id);
    expect(await queuedSends(s.id)).toEqual([now.body.period]);
    const before = sink.messages.length;
    await runReportJobs();
    const [mail] = sink.messages.slice(before);
    expect(mail!.subject).toMatch(/^门店体验调查: survey report, /);
    expect(mail!.attachments[0]!.filename?.endsWith('.docx')).toBe(true);
    expect((await owner.get(`${base}/${s.id}`)).body.nextRunAt).toBe(s.nextRunAt);
  });

  it('records the error and throws (so the job is retried) when the mail cannot go out', async () => {
    const { body: s } = await owner.post(base, body());
    const noSmtp = createMailer(undefined, 'rapport@example.com');
    await expect(
      sendScheduledReport(
        { db: ctx.db, mailer: noSmtp, log },
        { workspaceId: world.workspaceId, scheduleId: s.id, ...REPORT_WEEK },
      ),
    ).rejects.toThrow('SMTP is not configured');
    const after = (await owner.get(`${base}/${s.id}`)).body;
    expect(after.lastError).toBe('SMTP is not configured (set SMTP_URL).');
    expect(after.lastRunAt).toBeNull();
  });
});
