// The .sav writer on its own: the bytes (read back by the test's own reader, after the PSPP guide)
// and what PSPP makes of them (pspp-convert, installed by .ci/run): numbers, missing values,
// DATETIME, value labels, UTF-8 labels and values in Chinese, and very long strings (> 255 bytes).
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { readSavDictionary } from './sav-test-reader';
import { isValidSavName, SavWriter, SPSS_EPOCH_OFFSET, utf8Cut, type SavVariable } from './sav-writer';

const run = promisify(execFile);
const dir = path.join(os.tmpdir(), `rapport-sav-test-${process.pid}-${Math.random().toString(16).slice(2)}`);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const VARIABLES: SavVariable[] = [
  { name: 'response_id', label: 'Response ID', type: 'string', width: 36, measure: 'nominal' },
  { name: 'completed_at', label: '完成时间', type: 'numeric', format: 'DATETIME', measure: 'scale' },
  { name: 'nps', label: '您向朋友推荐我们的可能性有多大？', type: 'numeric', measure: 'scale' },
  {
    name: 'visit_type',
    label: '您的到店方式？',
    type: 'numeric',
    measure: 'nominal',
    valueLabels: [
      { value: 1, label: '堂食' },
      { value: 2, label: 'Takeaway' },
    ],
  },
  { name: 'comment', label: '评论', type: 'string', width: 700, measure: 'nominal' },
  { name: 'amount', label: 'Amount', type: 'numeric', decimals: 2, measure: 'scale' },
];

const LONG = '很好'.repeat(100) + 'END'; // 603 bytes: three segments, characters split across them
const at = Date.UTC(2026, 0, 15, 10, 30, 0) / 1000 + SPSS_EPOCH_OFFSET;
const CASES = [
  ['r1', at, 9, 1, LONG, 12.5],
  ['r2', null, null, 2, '', -3.25],
  ['r3', at, 0, null, '=1+1 short', 1e9],
];

async function writeSample(): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, 'sample.sav');
  const handle = await fs.open(file, 'w');
  const writer = new SavWriter(handle, VARIABLES, { fileLabel: '门店满意度' });
  await writer.start();
  await writer.addCases(CASES.slice(0, 2));
  await writer.addCases(CASES.slice(2));
  expect(await writer.finish()).toBe(3);
  await handle.close();
  return file;
}

async function pspp(file: string, labels = false): Promise<string[][]> {
  const out = path.join(dir, `${path.basename(file)}${labels ? '.labels' : ''}.csv`);
  await run('pspp-convert', [...(labels ? ['--labels'] : []), file, out]);
  return parse(await fs.readFile(out, 'utf8')) as string[][];
}

describe('sav writer', () => {
  it('writes the header, the variables with UTF-8 labels, value labels and the encoding records', async () => {
    const sav = readSavDictionary(await fs.readFile(await writeSample()));
    expect(sav).toMatchObject({
      recType: '$FL2',
      layoutCode: 2,
      compression: 1,
      ncases: 3,
      bias: 100,
      fileLabel: '门店满意度',
      characterCode: 65001,
      encoding: 'UTF-8',
    });
    expect(sav.product.startsWith('@(#) SPSS DATA FILE')).toBe(true);
    // 36 bytes = 5 units; 700 bytes = 3 segments (255, 255, 196 → 32 + 32 + 25 units).
    expect(sav.nominalCaseSize).toBe(5 + 1 + 1 + 1 + 89 + 1);
    const byName = new Map(sav.variables.map((v) => [sav.longNames.get(v.shortName) ?? v.shortName, v]));
    expect([...sav.longNames.values()]).toEqual(VARIABLES.map((v) => v.name));
    expect(byName.get('nps')!.label).toBe('您向朋友推荐我们的可能性有多大？');
    expect(byName.get('completed_at')!.print).toBe((22 << 16) | (20 << 8));
    expect(byName.get('amount')!.print).toBe((5 << 16) | (12 << 8) | 2);
    expect(sav.valueLabels.get(byName.get('visit_type')!.index)).toEqual(
      new Map([
        [1, '堂食'],
        [2, 'Takeaway'],
      ]),
    );
    expect([...sav.veryLong.entries()]).toEqual([[byName.get('comment')!.shortName, 700]]);
  });

  it('is read by PSPP: values, missing values, dates, Chinese strings across segments, value labels', async () => {
    const file = await writeSample();
    const rows = await pspp(file);
    expect(rows[0]).toEqual(VARIABLES.map((v) => v.name));
    expect(rows.slice(1).map((r) => r.map((c) => c.trim()))).toEqual([
      ['r1', '01/15/2026 10:30:00', '9', '1', LONG, '12.5'],
      ['r2', '', '', '2', '', '-3.25'],
      ['r3', '01/15/2026 10:30:00', '0', '', '=1+1 short', '1000000000'],
    ]);
    const labelled = await pspp(file, true);
    expect(labelled.slice(1).map((r) => r[3]!.trim())).toEqual(['堂食', 'Takeaway', '']);
  });

  it('cuts text at character boundaries and checks names', () => {
    expect(utf8Cut('满意度', 7).toString()).toBe('满意');
    expect(utf8Cut('abc', 10).toString()).toBe('abc');
    expect(isValidSavName('q1_food')).toBe(true);
    expect(isValidSavName('满意度')).toBe(true);
    for (const bad of ['1q', '_q', 'by', 'WITH', 'a.', 'a b', 'x'.repeat(65)])
      expect(isValidSavName(bad)).toBe(false);
    expect(() => new SavWriter({} as never, [{ ...VARIABLES[0]!, name: 'to' }])).toThrow(
      /SPSS variable name/,
    );
    expect(() => new SavWriter({} as never, [VARIABLES[2]!, { ...VARIABLES[2]!, name: 'NPS' }])).toThrow(
      /Two/,
    );
  });
});
