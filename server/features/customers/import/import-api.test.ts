// The import routes' answers to what people get wrong: files that are not tables, files too big,
// mappings that do not fit, starting twice, another workspace's import; and the encoding and
// delimiter corrections. Nothing is kept from a refused upload.
import fs from 'node:fs/promises';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/client';
import { addMember, makeUser, useTestApp } from '../../../test/test-app';
import {
  csv,
  importWorkspace,
  multipartBody,
  runImportJobs,
  storedFiles,
  testDataDir,
  upload,
} from './test-helpers';
import { uploadLimits } from './upload';

const dataDir = testDataDir();
const ctx = useTestApp({ env: { DATA_DIR: dataDir } });
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

const SIMPLE = csv([
  ['Name', 'Phone', 'Email'],
  ['Ann', '13800138000', 'ann@example.com'],
]);

describe('customer import API', () => {
  it('refuses what is not a readable table with 400 unsupported_file, and keeps nothing', async () => {
    const { ws, api, base } = await importWorkspace(ctx);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      Buffer.alloc(200, 7),
    ]);
    const cases: [string, Buffer, RegExp][] = [
      ['logo.png', png, /binary/],
      ['empty.csv', Buffer.alloc(0), /empty/],
      ['blank-header.csv', Buffer.from('\r\n,,\r\n1,2,3\r\n'), /first row/],
      [
        'old.xls',
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]),
        /\.xls/,
      ],
      ['fake.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 1)]), /XLSX/],
    ];
    for (const [name, bytes, message] of cases) {
      const res = await upload(ctx, api, base, name, bytes);
      expect(res.status, name).toBe(400);
      expect(res.body.error, name).toMatchObject({ code: 'unsupported_file', field: 'file' });
      expect(res.body.error.message, name).toMatch(message);
    }
    expect(await storedFiles(ctx, ws.id)).toEqual([]);
    expect((await api.get(`${base}/customer-imports`)).body.items).toEqual([]);
  });

  it('answers 413 past the size limit, 415 to a JSON body, 400 without a file part', async () => {
    const { ws, api, base } = await importWorkspace(ctx);
    const saved = uploadLimits.maxBytes;
    uploadLimits.maxBytes = 1000;
    try {
      const big = await upload(ctx, api, base, 'big.csv', Buffer.from(SIMPLE + 'x'.repeat(2000)));
      expect(big.status).toBe(413);
      expect(big.body.error).toMatchObject({ code: 'payload_too_large', field: 'file' });
    } finally {
      uploadLimits.maxBytes = saved;
    }
    const json = await api.post(`${base}/customer-imports`, { file: 'name,phone' });
    expect(json.status).toBe(415);
    expect(json.body.error.code).toBe('unsupported_media_type');
    const wrongPart = await upload(ctx, api, base, 'a.csv', Buffer.from(SIMPLE), 'upload');
    expect(wrongPart.status).toBe(400);
    expect(wrongPart.body.error.field).toBe('file');
    const raw = (contentType: string, payload: Buffer) =>
      ctx.app.inject({
        method: 'POST',
        url: `${base}/customer-imports`,
        headers: { cookie: api.cookie!, 'x-csrf-token': api.csrfToken!, 'content-type': contentType },
        payload,
      });
    const noBoundary = await raw('multipart/form-data', Buffer.from(SIMPLE));
    expect(noBoundary.statusCode).toBe(400);
    const whole = multipartBody(Buffer.from(SIMPLE.repeat(50)), 'cut.csv');
    const cut = await raw(whole.contentType, whole.payload.subarray(0, whole.payload.length - 200));
    expect(cut.statusCode).toBe(400);
    expect(JSON.parse(cut.body).error.field).toBe('file');
    expect(await storedFiles(ctx, ws.id)).toEqual([]);
  });

  it('lets owners, admins and analysts import, not agents', async () => {
    const { ws, base } = await importWorkspace(ctx);
    const agent = await makeUser(ctx);
    await addMember(ctx, ws.id, agent.id, 'agent');
    const asAgent = await signedIn(ctx.app, agent);
    expect((await upload(ctx, asAgent, base, 'a.csv', Buffer.from(SIMPLE))).status).toBe(403);
    expect((await asAgent.get(`${base}/customer-imports`)).status).toBe(403);
  });

  it('re-reads the headers and preview with a corrected encoding or delimiter, only before the start', async () => {
    const { api, base } = await importWorkspace(ctx);
    const up = await upload(
      ctx,
      api,
      base,
      'gbk.csv',
      iconv.encode('姓名,手机\r\n张伟,13800138000\r\n', 'gbk'),
    );
    expect(up.body).toMatchObject({ encoding: 'gb18030', headers: ['姓名', '手机'] });
    const url = `${base}/customer-imports/${up.body.id}`;

    const wrong = await api.patch(url, { encoding: 'utf-8' });
    expect(wrong.status).toBe(200);
    expect(wrong.body.encoding).toBe('utf-8');
    expect(wrong.body.headers[0]).toContain('\uFFFD'); // what a wrong guess looks like
    const oneColumn = await api.patch(url, { encoding: 'gb18030', delimiter: ';' });
    expect(oneColumn.body).toMatchObject({
      delimiter: ';',
      headers: ['姓名,手机'],
      preview: [['张伟,13800138000']],
    });
    const right = await api.patch(url, { delimiter: ',' });
    expect(right.body).toMatchObject({
      encoding: 'gb18030',
      headers: ['姓名', '手机'],
      preview: [['张伟', '13800138000']],
    });
    expect((await api.patch(url, { encoding: 'latin-9' })).status).toBe(400);

    await api.post(`${url}/start`, {
      mapping: { 姓名: 'name', 手机: 'phone' },
      matchBy: 'phone',
      dryRun: false,
    });
    const late = await api.patch(url, { encoding: 'big5' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('import_state');
  });

  it('checks the mapping before starting, naming the field at fault', async () => {
    const { api, base } = await importWorkspace(ctx);
    await api.post(`${base}/customer-fields`, { key: 'city', label: 'City', type: 'text' });
    const up = await upload(ctx, api, base, 'a.csv', Buffer.from(SIMPLE));
    const url = `${base}/customer-imports/${up.body.id}/start`;
    const faults: [Record<string, unknown>, string][] = [
      [{ mapping: { Nope: 'name', Phone: 'phone' }, matchBy: 'phone' }, 'mapping.Nope'],
      [{ mapping: { Name: 'nickname', Phone: 'phone' }, matchBy: 'phone' }, 'mapping.Name'],
      [{ mapping: { Name: 'phone', Phone: 'phone' }, matchBy: 'phone' }, 'mapping.Phone'],
      [{ mapping: { Name: 'attribute.shoe_size', Phone: 'phone' }, matchBy: 'phone' }, 'mapping.Name'],
      [{ mapping: { Name: 'name', Phone: 'phone' }, matchBy: 'email' }, 'matchBy'],
      [{ mapping: { Name: 'name', Phone: 'phone' }, matchBy: 'fax' }, 'matchBy'],
    ];
    for (const [body, field] of faults) {
      const res = await api.post(url, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.field, JSON.stringify(body)).toBe(field);
    }
    expect((await api.get(`${base}/customer-imports/${up.body.id}`)).body.status).toBe('uploaded');

    const body = {
      mapping: { Name: 'name', Phone: 'phone', Email: 'attribute.city' },
      matchBy: 'phone',
      dryRun: false,
    };
    expect((await api.post(url, body)).status).toBe(202);
    const twice = await api.post(url, body);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('import_state');
    await runImportJobs(ctx);
    const done = await api.get(`${base}/customer-imports/${up.body.id}`);
    expect(done.body).toMatchObject({ status: 'done', inserted: 1, mapping: body.mapping, matchBy: 'phone' });
    expect((await api.post(url, body)).status).toBe(409); // the file is gone: upload it again
    expect((await api.post(`${base}/customer-imports/${up.body.id}/cancel`)).status).toBe(409);
  });

  it('hides an import from another workspace: it cannot see, start, cancel or download it', async () => {
    const a = await importWorkspace(ctx);
    const b = await importWorkspace(ctx);
    const up = await upload(ctx, a.api, a.base, 'a.csv', Buffer.from(SIMPLE));
    expect(up.status).toBe(201);
    for (const base of [a.base, b.base]) {
      const url = `${base}/customer-imports/${up.body.id}`;
      expect((await b.api.get(url)).status).toBe(404);
      expect((await b.api.get(`${url}/rejects.csv`)).status).toBe(404);
      expect((await b.api.patch(url, { delimiter: ';' })).status).toBe(404);
      expect(
        (await b.api.post(`${url}/start`, { mapping: { Phone: 'phone' }, matchBy: 'phone', dryRun: false }))
          .status,
      ).toBe(404);
      expect((await b.api.post(`${url}/cancel`)).status).toBe(404);
    }
    expect((await b.api.get(`${b.base}/customer-imports`)).body.items).toEqual([]);
    expect((await a.api.get(`${a.base}/customer-imports`)).body.items.map((i: any) => i.id)).toEqual([
      up.body.id,
    ]);
    expect((await a.api.get(`${a.base}/customer-imports/${up.body.id}`)).body.status).toBe('uploaded');
  });

  it('drops an uploaded import and its file on cancel', async () => {
    const { ws, api, base } = await importWorkspace(ctx);
    const up = await upload(ctx, api, base, 'a.csv', Buffer.from(SIMPLE));
    expect(await storedFiles(ctx, ws.id)).toHaveLength(1);
    const cancelled = await api.post(`${base}/customer-imports/${up.body.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', preview: [] });
    expect(cancelled.body.finishedAt).not.toBeNull();
    expect(await storedFiles(ctx, ws.id)).toEqual([]);
  });
});
