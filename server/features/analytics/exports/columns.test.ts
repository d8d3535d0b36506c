// The column design on its own: names valid in SPSS and unique, contact answers only for those who
// may read responses, values per format (labels for tables, codes for SPSS), blanks never zero.
import { describe, expect, it } from 'vitest';
import { exportColumns, savCell, tableCell, type ExportRow } from './columns';
import type { ExportQuestion, ExportSurvey } from './export-questions';
import { isValidSavName } from './sav-writer';

const question = (q: Partial<ExportQuestion> & Pick<ExportQuestion, 'id' | 'type'>): ExportQuestion => ({
  title: { en: q.id },
  scale: null,
  items: [],
  options: [],
  other: false,
  contact: { email: false, phone: false },
  scaleLabels: [],
  integer: false,
  ...q,
});

const LONG_ID = `q${'x'.repeat(39)}`;
const survey: ExportSurvey = {
  name: 'S',
  defaultLanguage: 'en',
  questions: [
    question({ id: 'language', type: 'text' }), // clashes with the metadata column
    question({ id: 'with', type: 'consent' }), // an SPSS reserved word
    question({
      id: LONG_ID,
      type: 'multiple_choice',
      options: [
        { id: `o${'y'.repeat(39)}`, label: { en: 'A' } },
        { id: `o${'y'.repeat(38)}z`, label: { en: 'B' } },
      ],
    }),
    question({
      id: 'visit',
      type: 'single_choice',
      other: true,
      title: { en: 'Visit', 'zh-CN': '到店方式' },
      options: [
        { id: 'dine_in', label: { en: 'Dine in', 'zh-CN': '堂食' } },
        { id: 'takeaway', label: { en: 'Takeaway' } },
      ],
    }),
    question({ id: 'reach', type: 'contact', contact: { email: true, phone: false } }),
  ],
};

const row = (answers: Record<string, unknown>): ExportRow => ({
  id: 'r',
  completedLocal: '2026-01-01 00:00:00',
  language: 'en',
  channel: 'link',
  locationCode: null,
  locationName: null,
  waveNumber: null,
  customerId: null,
  answers,
});

describe('export columns', () => {
  it('gives every column a valid, unique SPSS name', () => {
    const names = exportColumns(survey, { language: 'en', includeContacts: true }).map((c) => c.name);
    expect(names.every(isValidSavName)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toContain('language_2');
    expect(names).toContain('with_');
    const long = names.filter((n) => n.startsWith('qxx'));
    expect(long).toHaveLength(2);
    for (const n of long) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(64);
  });

  it('includes contact answers only for those who may read responses', () => {
    const withContacts = exportColumns(survey, { language: 'en', includeContacts: true }).map((c) => c.name);
    const without = exportColumns(survey, { language: 'en', includeContacts: false }).map((c) => c.name);
    expect(withContacts).toContain('reach_email');
    expect(withContacts).not.toContain('reach_phone'); // not asked
    expect(without.filter((n) => n.startsWith('reach'))).toEqual([]);
  });

  it('writes options as labels in the language for tables and as codes for SPSS; unanswered stays blank', () => {
    const columns = exportColumns(survey, { language: 'zh-CN', includeContacts: false });
    const visit = columns.find((c) => c.name === 'visit')!;
    const other = columns.find((c) => c.name === 'visit_other')!;
    expect(visit.label).toBe('到店方式');
    expect(visit.codes).toEqual([
      { id: 'dine_in', code: 1, label: '堂食' },
      { id: 'takeaway', code: 2, label: 'Takeaway' }, // no Chinese label: English
      { id: '__other', code: 3, label: '其他' },
    ]);
    expect(tableCell(visit, row({ visit: 'dine_in' }))).toBe('堂食');
    expect(savCell(visit, row({ visit: 'dine_in' }))).toBe(1);
    expect(tableCell(visit, row({ visit: { other: '外卖' } }))).toBe('其他');
    expect(tableCell(other, row({ visit: { other: '外卖' } }))).toBe('外卖');
    expect(savCell(visit, row({}))).toBeNull();
    const consent = columns.find((c) => c.name === 'with_')!;
    expect([true, false, undefined].map((v) => consent.read(row({ with: v })))).toEqual([1, 0, null]);
    const pick = columns.find((c) => c.name.startsWith('qxx'))!;
    expect(pick.read(row({}))).toBeNull();
    expect(pick.read(row({ [LONG_ID]: { picks: [] } }))).toBe(0);
  });
});
