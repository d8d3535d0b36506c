// Unit tests of what an import works out from the bytes alone: the encoding, the delimiter, the
// row count, the suggested mapping and the per-batch plan.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCsvRows } from './count-rows';
import { detectDelimiter } from './detect-delimiter';
import { detectEncoding, encodingFromBom, Utf8Checker } from './detect-encoding';
import type { Candidate } from './map-row';
import { planBatch } from './plan-batch';
import { suggestMapping } from './suggest-mapping';

const CHINESE =
  '姓名,手机,邮箱\n张伟,13800138000,zw@example.com\n李娜,13900139000,ln@example.com\n王芳,13700137000,wf@example.com\n';

/** What the upload does: the head, whether the whole file is UTF-8, a sample. */
function detect(bytes: Buffer) {
  const checker = new Utf8Checker();
  checker.push(bytes);
  checker.end();
  return detectEncoding(bytes.subarray(0, 65536), checker.valid, bytes);
}

describe('detectEncoding', () => {
  it('trusts a byte-order mark', () => {
    expect(encodingFromBom(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8-bom');
    expect(detect(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CHINESE, 'utf-16le')]))).toBe(
      'utf-16le',
    );
    expect(detect(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(CHINESE, 'utf-16be')]))).toBe(
      'utf-16be',
    );
    expect(detect(Buffer.from('\uFEFF' + CHINESE))).toBe('utf-8-bom');
  });

  it('tells UTF-16 without a BOM by its NUL bytes', () => {
    expect(detect(iconv.encode('name,phone\nAnn,+8613800138000\n', 'utf-16le'))).toBe('utf-16le');
    expect(detect(iconv.encode('name,phone\nAnn,+8613800138000\n', 'utf-16be'))).toBe('utf-16be');
  });

  it('takes a file that is valid UTF-8 throughout as UTF-8, ASCII included', () => {
    expect(detect(Buffer.from(CHINESE))).toBe('utf-8');
    expect(detect(Buffer.from('name,email\nAnn,ann@example.com\n'))).toBe('utf-8');
  });

  it('recognises GBK (as GB18030, its superset), Big5 and Windows-1252', () => {
    expect(detect(iconv.encode(CHINESE, 'gbk'))).toBe('gb18030');
    // Too little text for chardet alone (it says Big5): the common characters settle it.
    expect(detect(iconv.encode('姓名,手机\r\n张伟,13800138000\r\n', 'gbk'))).toBe('gb18030');
    expect(detect(iconv.encode('姓名,電話\r\n陳大文,0912345678\r\n', 'big5'))).toBe('big5');
    expect(
      detect(iconv.encode('姓名,電話\n陳大文,0912345678\n林小美,0987654321\n張志明,0922333444\n', 'big5')),
    ).toBe('big5');
    expect(
      detect(iconv.encode('nombre;teléfono\nJosé Muñoz;600123123\nAna Núñez;600123124\n', 'windows-1252')),
    ).toBe('windows-1252');
  });

  it('checks UTF-8 across chunk boundaries, and catches a bad byte or a cut-off character', () => {
    const bytes = Buffer.from('张伟,李娜');
    const split = new Utf8Checker();
    for (let i = 0; i < bytes.length; i += 2) split.push(bytes.subarray(i, i + 2)); // cuts every character
    split.end();
    expect(split.valid).toBe(true);

    const bad = new Utf8Checker();
    bad.push(Buffer.from('abc'));
    bad.push(iconv.encode('张伟', 'gbk'));
    bad.end();
    expect(bad.valid).toBe(false);
    expect(bad.firstInvalidAt).toBe(3);

    const cut = new Utf8Checker();
    cut.push(bytes.subarray(0, 4));
    cut.end();
    expect(cut.valid).toBe(false);
  });
});

describe('detectDelimiter', () => {
  it('picks the character that splits every line the same way', () => {
    expect(detectDelimiter('name,phone,email\nAnn,1,a@x.com\nBo,2,b@x.com\n')).toBe(',');
    expect(detectDelimiter('nombre;importe\nAna;1,5\nBo;2,25\nCe;3\n')).toBe(';');
    expect(detectDelimiter('name\tcity\nAnn\tParis, France\nBo\tLyon, France\n')).toBe('\t');
    expect(detectDelimiter('id|name\n1|Ann\n2|Bo\n')).toBe('|');
  });

  it('ignores delimiters inside quotes, and falls back to a comma for one column', () => {
    expect(detectDelimiter('name;note\n"Ann";"a, b, c"\n"Bo";"d, e"\n')).toBe(';');
    expect(detectDelimiter('email\nann@example.com\nbo@example.com\n')).toBe(',');
  });
});

describe('countCsvRows', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-count-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const count = async (
    bytes: Buffer,
    encoding: Parameters<typeof countCsvRows>[1] = 'utf-8',
    delimiter: ',' | ';' = ',',
  ) => {
    const file = path.join(dir, `f${Math.random()}`);
    await fs.writeFile(file, bytes);
    return countCsvRows(file, encoding, delimiter);
  };

  it('counts data rows: blank lines and line breaks inside quotes do not count', async () => {
    expect(await count(Buffer.from('a,b\r\n1,"x\r\ny"\r\n\r\n2,"say ""hi""\n"\n3,4'))).toBe(3);
    expect(await count(Buffer.from('a;b\n1;x"y\n2;3\n'), 'utf-8', ';')).toBe(2);
    expect(await count(Buffer.from('a,b\n'))).toBe(0);
  });

  it('reads UTF-16 by code units', async () => {
    const text = '姓名,备注\n张伟,"第一行\n第二行"\n李娜,x\n';
    expect(await count(iconv.encode(text, 'utf-16le', { addBOM: true }), 'utf-16le')).toBe(2);
    expect(await count(iconv.encode(text, 'utf-16be'), 'utf-16be')).toBe(2);
    expect(await count(iconv.encode(text, 'gbk'), 'gb18030')).toBe(2);
  });
});

describe('suggestMapping', () => {
  it('maps Chinese, Spanish and English names, and custom fields by key or label, each target once', () => {
    const fields = [
      { key: 'city', label: '城市' },
      { key: 'birthday', label: 'Birthday' },
    ];
    expect(
      suggestMapping(
        ['姓名', '手机号', '电子邮件', '会员卡号', 'openid', '标签', '城市', 'Birthday', '电话', 'Notes'],
        fields,
      ),
    ).toEqual({
      姓名: 'name',
      手机号: 'phone',
      电子邮件: 'email',
      会员卡号: 'member_id',
      openid: 'wechat_openid',
      标签: 'tags',
      城市: 'attribute.city',
      Birthday: 'attribute.birthday',
      电话: 'ignore', // phone is taken by the first phone-like column
      Notes: 'ignore',
    });
    expect(suggestMapping(['Nombre', 'Teléfono', 'Correo', 'E-mail Address', 'Zona horaria'], [])).toEqual({
      Nombre: 'name',
      Teléfono: 'phone',
      Correo: 'email',
      'E-mail Address': 'ignore',
      'Zona horaria': 'time_zone',
    });
    expect(suggestMapping(['手机', '时区'], [])).toEqual({ 手机: 'phone', 时区: 'time_zone' });
  });
});

describe('planBatch', () => {
  const candidate = (row: number, key: string, extra: Partial<Candidate> = {}): Candidate => ({
    row,
    cells: [],
    key,
    name: null,
    attributes: {},
    tags: null,
    language: null,
    timeZone: null,
    preferredChannel: null,
    consent: {},
    identities: [],
    ...extra,
  });
  let n = 0;
  const ids = () => `new-${++n}`;

  it('sends rows with the same key to one customer, later non-empty values winning', () => {
    n = 0;
    const plan = planBatch(
      [
        candidate(2, '+8613800138000', { name: 'Zhang Wei', tags: ['vip'] }),
        candidate(3, '+8613900139000', { name: 'Li Na' }),
        candidate(4, '+8613800138000', { name: 'Wei Zhang', attributes: { city: 'Shanghai' } }),
      ],
      'phone',
      new Map(),
      ids,
    );
    expect(plan.inserted).toBe(2);
    expect(plan.updated).toBe(1);
    expect(plan.customers).toEqual([
      expect.objectContaining({
        id: 'new-1',
        isNew: true,
        name: 'Wei Zhang',
        tags: ['vip'],
        attributes: { city: 'Shanghai' },
      }),
      expect.objectContaining({ id: 'new-2', isNew: true, name: 'Li Na' }),
    ]);
    expect(plan.identities).toEqual([
      { kind: 'phone', value: '+8613800138000', customerId: 'new-1' },
      { kind: 'phone', value: '+8613900139000', customerId: 'new-2' },
    ]);
  });

  it("rejects a row whose other identity is another customer's, in the database or earlier in the batch", () => {
    n = 0;
    const owners = new Map([
      ['phone\u0000+8613800138000', 'old-1'],
      ['email\u0000taken@example.com', 'old-2'],
    ]);
    const plan = planBatch(
      [
        candidate(2, '+8613800138000', {
          identities: [{ kind: 'email', value: 'taken@example.com', column: 'Email' }],
        }),
        candidate(3, '+8613900139000', {
          identities: [{ kind: 'email', value: 'new@example.com', column: 'Email' }],
        }),
        candidate(4, '+8613700137000', {
          identities: [{ kind: 'email', value: 'new@example.com', column: 'Email' }],
        }),
        candidate(5, '+8613800138000', { name: 'Known' }),
      ],
      'phone',
      owners,
      ids,
    );
    expect(plan.rejects.map((r) => [r.row, r.code, r.field])).toEqual([
      [2, 'identity_taken', 'Email'],
      [4, 'identity_taken', 'Email'],
    ]);
    expect(plan.inserted).toBe(1);
    expect(plan.updated).toBe(1);
    expect(plan.customers.map((c) => [c.id, c.isNew])).toEqual([
      ['new-1', true],
      ['old-1', false],
    ]);
  });
});
