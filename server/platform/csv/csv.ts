// CSV files people open in Excel: UTF-8 with a BOM (or Excel shows Chinese as mojibake), and
// cells that start with = + - @ (or a tab/CR) prefixed with ' so that Excel does not run them as
// formulas (CSV injection).
import { stringify } from 'csv-stringify/sync';

export const UTF8_BOM = '\uFEFF';

export function neutralise(cell: unknown): string {
  const text = cell === null || cell === undefined ? '' : typeof cell === 'string' ? cell : String(cell);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV records, every cell neutralised; for a document written in parts (the BOM goes first). */
export function csvRecords(rows: unknown[][]): string {
  return stringify(
    rows.map((r) => r.map(neutralise)),
    { record_delimiter: '\r\n' },
  );
}

/** A whole CSV document, BOM first. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return UTF8_BOM + csvRecords([header, ...rows]);
}
