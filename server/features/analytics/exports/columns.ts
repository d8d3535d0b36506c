// The one column design of the raw-data exports (CSV, XLSX and SPSS): the response's metadata, then
// one column per answer scalar of every question any published version had:
//   nps, rating, csat, ces, number → the number          text, date → the text
//   single choice, dropdown → the option: its label (CSV, XLSX) or its code 1..k with value labels
//     (SPSS; k+1 = "other"), and, when the question has an "other" box, a text column `<q>_other`
//   multiple choice → one 0/1 column per option `<q>_<option>` (+ `<q>_other` text)
//   ranking → the rank of each option `<q>_<option>`     matrix → one column per row `<q>_<row>`
//   importance_performance → `<q>_importance`, `<q>_performance`     consent → 1/0
//   contact → `<q>_email`, `<q>_phone`, only when the export was made by someone allowed to read
//     individual responses (the console shows them the same answers); otherwise left out.
// A question left unanswered is empty (SPSS: system-missing), never 0. Names are valid SPSS
// variable names: the ids are already lowercase letters, digits and _, starting with a letter;
// joined ids are cut to 64 bytes, reserved words get a trailing _, clashes a numeric suffix.
import { OTHER_ITEM } from '../../responses/facts';
import type { ExportQuestion, ExportSurvey } from './export-questions';
import { exportTexts } from './export-texts';
import { isValidSavName, type Measure } from './sav-writer';
import { textIn } from '../scope/questions';

/** One response as the export job reads it. */
export interface ExportRow {
  id: string;
  /** Completion time on the workspace's wall clock, `YYYY-MM-DD HH:MM:SS`. */
  completedLocal: string | null;
  language: string;
  channel: string;
  locationCode: string | null;
  locationName: string | null;
  waveNumber: number | null;
  customerId: string | null;
  answers: Record<string, unknown>;
}

export type MetaKey = 'id' | 'language' | 'channel' | 'locationCode' | 'locationName' | 'customerId';

/** How a column enters the XLSX summary sheets. */
export type SummaryKind = 'nps' | 'csat' | 'ces' | 'mean' | 'choice' | 'pick';

export interface ExportColumn {
  name: string;
  label: string;
  kind: 'number' | 'text' | 'datetime' | 'choice';
  measure: Measure;
  decimals: number;
  /** choice: every option with its code (SPSS) and label (CSV, XLSX). */
  codes?: { id: string; code: number; label: string }[];
  /** number: labelled points (a matrix's scale). */
  valueLabels?: { value: number; label: string }[];
  /** text: where the value is, so its widest value can be measured in SQL (SPSS widths). */
  source?: { meta: MetaKey } | { answer: string[] };
  summary?: {
    kind: SummaryKind;
    questionId: string;
    /** The question's text; `option` the option's, for a multiple choice's columns. */
    title: string;
    option?: string;
  };
  /** The value: a number, a text, or (choice) the option id picked. */
  read(row: ExportRow): number | string | null;
}

export interface ColumnOptions {
  language: string;
  /** Contact answers are personal data: only for those who may read individual responses. */
  includeContacts: boolean;
}

const RESERVED = new Set(['all', 'and', 'by', 'eq', 'ge', 'gt', 'le', 'lt', 'ne', 'not', 'or', 'to', 'with']);

/** Hands out unique SPSS-valid names. */
function namer() {
  const taken = new Set<string>();
  const cut = (s: string, max: number) => {
    let out = s;
    while (Buffer.byteLength(out) > max) out = out.slice(0, -1);
    return out.replace(/[._]+$/, '') || 'v';
  };
  return (base: string): string => {
    const clean = cut(base.replace(/[^\p{L}\p{N}_]/gu, '_').replace(/^[^\p{L}]+/u, ''), 64);
    let name = RESERVED.has(clean.toLowerCase()) ? `${clean}_` : clean;
    for (let k = 2; taken.has(name.toLowerCase()) || !isValidSavName(name); k++)
      name = `${cut(clean, 58)}_${k}`;
    taken.add(name.toLowerCase());
    return name;
  };
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const obj = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

export function exportColumns(survey: ExportSurvey, opts: ColumnOptions): ExportColumn[] {
  const t = exportTexts(opts.language);
  const nameOf = namer();
  const text = (v: Parameters<typeof textIn>[0]) => textIn(v, opts.language);
  const meta = (
    name: string,
    label: string,
    kind: ExportColumn['kind'],
    read: ExportColumn['read'],
    key?: MetaKey,
  ): ExportColumn => ({
    name: nameOf(name),
    label,
    kind,
    measure: kind === 'datetime' ? 'scale' : 'nominal',
    decimals: 0,
    ...(key ? { source: { meta: key } } : {}),
    read,
  });
  const columns: ExportColumn[] = [
    meta('response_id', t.responseId, 'text', (r) => r.id, 'id'),
    meta('completed_at', t.completedAt, 'datetime', (r) => r.completedLocal),
    meta('language', t.language, 'text', (r) => r.language, 'language'),
    meta('channel', t.channel, 'text', (r) => r.channel, 'channel'),
    meta('location_code', t.locationCode, 'text', (r) => r.locationCode, 'locationCode'),
    meta('location_name', t.locationName, 'text', (r) => r.locationName, 'locationName'),
    meta('wave', t.wave, 'number', (r) => r.waveNumber),
    meta('customer_id', t.customerId, 'text', (r) => r.customerId, 'customerId'),
  ];
  for (const q of survey.questions) columns.push(...questionColumns(q, { nameOf, text, t, opts }));
  return columns;
}

interface Ctx {
  nameOf: (base: string) => string;
  text: (v: Parameters<typeof textIn>[0]) => string;
  t: ReturnType<typeof exportTexts>;
  opts: ColumnOptions;
}

function questionColumns(q: ExportQuestion, { nameOf, text, t, opts }: Ctx): ExportColumn[] {
  const title = text(q.title) || q.id;
  const answer = (r: ExportRow) => r.answers[q.id];
  const sub = (suffix: string, label: string) => ({
    name: nameOf(`${q.id}_${suffix}`),
    label: `${title} [${label}]`,
  });
  const numeric = (
    name: { name: string; label: string },
    read: ExportColumn['read'],
    extra: Partial<ExportColumn> = {},
  ): ExportColumn => ({ ...name, kind: 'number', measure: 'scale', decimals: 0, read, ...extra });
  const textColumn = (name: { name: string; label: string }, path: string[], read: ExportColumn['read']) => ({
    ...name,
    kind: 'text' as const,
    measure: 'nominal' as const,
    decimals: 0,
    source: { answer: path },
    read,
  });
  const scored = (kind: SummaryKind) => ({ summary: { kind, questionId: q.id, title } });
  const whole = { name: nameOf(q.id), label: title };

  switch (q.type) {
    case 'nps':
    case 'csat':
    case 'ces':
      return [numeric(whole, (r) => num(answer(r)), scored(q.type))];
    case 'rating':
      return [numeric(whole, (r) => num(answer(r)), scored('mean'))];
    case 'number':
      return [numeric(whole, (r) => num(answer(r)), { decimals: q.integer ? 0 : 2, ...scored('mean') })];
    case 'single_choice':
    case 'dropdown': {
      const codes = q.options.map((o, i) => ({ id: o.id, code: i + 1, label: text(o.label) || o.id }));
      if (q.other) codes.push({ id: OTHER_ITEM, code: codes.length + 1, label: t.other });
      const choice: ExportColumn = {
        ...whole,
        kind: 'choice',
        measure: 'nominal',
        decimals: 0,
        codes,
        ...scored('choice'),
        read: (r) => {
          const v = answer(r);
          return typeof v === 'string' ? v : obj(v) && typeof obj(v)!.other === 'string' ? OTHER_ITEM : null;
        },
      };
      if (!q.other) return [choice];
      return [
        choice,
        textColumn(sub('other', t.otherText), [q.id, 'other'], (r) => str(obj(answer(r))?.other)),
      ];
    }
    case 'multiple_choice': {
      const picks = (r: ExportRow) => {
        const v = obj(answer(r));
        return v && Array.isArray(v.picks) ? (v.picks as unknown[]) : null;
      };
      const columns = q.options.map((o) =>
        numeric(
          sub(o.id, text(o.label) || o.id),
          (r) => {
            const p = picks(r);
            return p ? (p.includes(o.id) ? 1 : 0) : null;
          },
          {
            measure: 'nominal',
            summary: { kind: 'pick', questionId: q.id, title, option: text(o.label) || o.id },
          },
        ),
      );
      if (q.other)
        columns.push(
          textColumn(sub('other', t.otherText), [q.id, 'other'], (r) => str(obj(answer(r))?.other)),
        );
      return columns;
    }
    case 'ranking':
      return q.options.map((o) =>
        numeric(
          sub(o.id, text(o.label) || o.id),
          (r) => {
            const v = answer(r);
            const rank = Array.isArray(v) ? v.indexOf(o.id) : -1;
            return rank >= 0 ? rank + 1 : null;
          },
          { measure: 'ordinal' },
        ),
      );
    case 'matrix': {
      const valueLabels = q.scaleLabels.map((p) => ({
        value: p.value,
        label: text(p.label) || String(p.value),
      }));
      return q.items.map((row) =>
        numeric(sub(row.id, text(row.label) || row.id), (r) => num(obj(answer(r))?.[row.id]), {
          valueLabels,
          ...scored('mean'),
        }),
      );
    }
    case 'importance_performance':
      return q.items.map((item) =>
        numeric(
          sub(item.id, text(item.label) || item.id),
          (r) => num(obj(answer(r))?.[item.id]),
          scored('mean'),
        ),
      );
    case 'text':
    case 'date':
      return [textColumn(whole, [q.id], (r) => str(answer(r)))];
    case 'consent':
      return [
        numeric(
          whole,
          (r) => {
            const v = answer(r);
            return typeof v === 'boolean' ? (v ? 1 : 0) : null;
          },
          { measure: 'nominal' },
        ),
      ];
    case 'contact': {
      if (!opts.includeContacts) return [];
      const parts = (['email', 'phone'] as const).filter((p) => q.contact[p]);
      return parts.map((p) => textColumn(sub(p, t[p]), [q.id, p], (r) => str(obj(answer(r))?.[p])));
    }
  }
}

/** A cell of the CSV or XLSX file: option labels instead of ids. */
export function tableCell(column: ExportColumn, row: ExportRow): string | number | null {
  const value = column.read(row);
  if (column.kind !== 'choice' || value === null) return value;
  return column.codes?.find((c) => c.id === value)?.label ?? String(value);
}

/** A cell of the SPSS file: option codes instead of ids (an option no version has: missing). */
export function savCell(column: ExportColumn, row: ExportRow): string | number | null {
  const value = column.read(row);
  if (column.kind !== 'choice' || value === null) return value;
  return column.codes?.find((c) => c.id === value)?.code ?? null;
}
