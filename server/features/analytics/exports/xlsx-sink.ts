// The XLSX export, streamed (exceljs WorkbookWriter: each row is committed and leaves memory):
//   Responses     the raw rows, as the CSV (options as labels), completion times as Excel dates
//   Labels        variable → label (the question's text), then value → label where values are codes
//   Summary       per scored column: n, mean, standard deviation, and NPS / CSAT / CES as they apply
//   Distribution  per choice question: each option, how many picked it, % of those who answered
// Sheet names stay English (programs look them up); headings are in the export's language.
import ExcelJS from 'exceljs';
import { tableCell, type ExportColumn, type ExportRow } from './columns';
import { exportTexts, type ExportTexts } from './export-texts';
import type { ExportSink, SinkOptions } from './sink';
import { ExportSummary } from './summary';

const BOLD = { font: { bold: true } };

/** A wall-clock `YYYY-MM-DD HH:MM:SS` as the Date exceljs writes as that same Excel date-time. */
function excelDate(local: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!m) return local;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s)); // exceljs turns a Date into a serial number in UTC
}

function cellOf(c: ExportColumn, row: ExportRow) {
  const value = tableCell(c, row);
  return c.kind === 'datetime' && typeof value === 'string' ? excelDate(value) : value;
}

function addSheet(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  header: string[],
  rows: Iterable<unknown[]>,
  widths: number[],
) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 14 }));
  sheet.getRow(1).font = BOLD.font;
  for (const r of rows) sheet.addRow(r).commit();
  sheet.commit();
}

function* labelRows(columns: readonly ExportColumn[]) {
  for (const c of columns) {
    yield [c.name, c.label, null, null];
    const values = c.codes?.map((o) => ({ value: o.code, label: o.label })) ?? c.valueLabels ?? [];
    for (const v of values) yield [c.name, null, v.value, v.label];
  }
}

function* scoredRows(summary: ExportSummary) {
  for (const l of summary.scored())
    yield [
      l.name,
      l.label,
      l.n,
      l.mean,
      l.sd,
      l.nps?.value ?? null,
      l.nps?.promoters ?? null,
      l.nps?.passives ?? null,
      l.nps?.detractors ?? null,
      l.csat,
      l.cesAgreeing,
    ];
}

function writeSummaries(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  columns: readonly ExportColumn[],
  summary: ExportSummary,
  t: ExportTexts,
) {
  addSheet(
    book,
    'Labels',
    [t.variable, t.label, t.value, t.valueLabel],
    labelRows(columns),
    [24, 60, 10, 40],
  );
  addSheet(
    book,
    'Summary',
    [
      t.variable,
      t.question,
      t.n,
      t.mean,
      t.sd,
      t.nps,
      t.promoters,
      t.passives,
      t.detractors,
      t.csat,
      t.cesAgree,
    ],
    scoredRows(summary),
    [24, 60],
  );
  addSheet(
    book,
    'Distribution',
    [t.question, t.option, t.count, t.share],
    summary.distributions().map((d) => [d.question, d.option, d.count, d.share]),
    [60, 30, 10, 14],
  );
}

export async function openXlsxSink(opts: SinkOptions): Promise<ExportSink> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: opts.path,
    useStyles: true,
    useSharedStrings: false,
  });
  book.title = opts.title;
  book.creator = 'Rapport';
  const sheet = book.addWorksheet('Responses', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = opts.columns.map((c) => ({
    header: c.name,
    width: c.kind === 'datetime' ? 20 : Math.min(40, Math.max(10, c.name.length + 2)),
    ...(c.kind === 'datetime' ? { style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } } : {}),
  }));
  sheet.getRow(1).font = BOLD.font;
  const summary = new ExportSummary(opts.columns);
  return {
    async add(rows) {
      for (const r of rows) sheet.addRow(opts.columns.map((c) => cellOf(c, r))).commit();
      summary.add(rows);
    },
    async finish() {
      sheet.commit();
      writeSummaries(book, opts.columns, summary, exportTexts(opts.language));
      await book.commit();
    },
    // Ends the file stream; the job removes the half-written file.
    close: () =>
      book.commit().then(
        () => {},
        () => {},
      ),
  };
}
