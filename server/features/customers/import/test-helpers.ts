// Shared by the import tests: a workspace to import into, a multipart upload through the API, and
// running the queued import jobs the way the worker does (graphile-worker's runOnce, import task only).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runOnce } from 'graphile-worker';
import { pino } from 'pino';
import { quietLogger } from '../../../db/migrate';
import type { Client } from '../../../test/client';
import { signedIn } from '../../../test/client';
import { makeUser, makeWorkspace, type TestContext } from '../../../test/test-app';
import { importTasks } from './jobs';

/** A DATA_DIR of the test file's own (the app keeps uploads under it). */
export const testDataDir = () =>
  path.join(os.tmpdir(), `rapport-import-test-${process.pid}-${Math.random().toString(16).slice(2)}`);

export async function importWorkspace(ctx: TestContext, phoneCountry: string | null = 'CN') {
  const owner = await makeUser(ctx);
  const ws = await makeWorkspace(ctx, owner);
  const api = await signedIn(ctx.app, owner);
  await api.patch(`/api/v1/workspaces/${ws.id}`, { phoneCountry });
  return { owner, ws, api, base: `/api/v1/workspaces/${ws.id}` };
}

export function multipartBody(bytes: Buffer, fileName: string, field = 'file') {
  const boundary = `----rapport${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** POST /customer-imports with one file part, as the console sends it. */
export async function upload(
  ctx: TestContext,
  api: Client,
  base: string,
  fileName: string,
  bytes: Buffer,
  field = 'file',
) {
  const body = multipartBody(bytes, fileName, field);
  const res = await ctx.app.inject({
    method: 'POST',
    url: `${base}/customer-imports`,
    headers: { cookie: api.cookie!, 'x-csrf-token': api.csrfToken!, 'content-type': body.contentType },
    payload: body.payload,
  });
  return { status: res.statusCode, body: JSON.parse(res.body) };
}

/** Runs every queued customers.import job to its end, then returns. */
export async function runImportJobs(ctx: TestContext): Promise<void> {
  await runOnce({
    connectionString: ctx.url,
    taskList: importTasks({ db: ctx.db, env: ctx.env, log: pino({ level: 'silent' }) }),
    logger: quietLogger,
    noHandleSignals: true,
  });
}

/** The files waiting under DATA_DIR/imports/<workspace>. */
export async function storedFiles(ctx: TestContext, workspaceId: string): Promise<string[]> {
  return fs.readdir(path.join(ctx.env.dataDir, 'imports', workspaceId)).catch(() => []);
}

/** CSV text from rows (every cell quoted when it needs to be). */
export function csv(rows: (string | number)[][], delimiter = ','): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}
