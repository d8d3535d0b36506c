import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRecords, neutralise, toCsv } from './csv';

describe('CSV for spreadsheets', () => {
  it('neutralises cells Excel would run as formulas, and only those', () => {
    expect(['=1+1', '+86 138', '-5', '@SUM(A1)', '\tx', 'a=b', '王芳', 3, null].map(neutralise)).toEqual([
      "'=1+1",
      "'+86 138",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      'a=b',
      '王芳',
      '3',
      '',
    ]);
  });

  it('writes a document with a BOM first, and records that read back', () => {
    const doc = toCsv(['name', 'note'], [['陈静', 'says "hi", twice']]);
    expect(doc.startsWith('\uFEFFname,note\r\n')).toBe(true);
    expect(parse(doc.slice(1))).toEqual([
      ['name', 'note'],
      ['陈静', 'says "hi", twice'],
    ]);
    expect(csvRecords([['=x']])).toBe("'=x\r\n");
  });
});
