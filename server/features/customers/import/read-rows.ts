// Reads an uploaded CSV or XLSX file row by row, as text cells, without holding the file in
// memory: CSV bytes → iconv-lite's decoder → csv-parse; XLSX through exceljs's streaming reader
// (the first worksheet). Each row carries its number as a spreadsheet would show it (the header
// is row 1), so that a rejected row can be found in the file.
import fs from 'node:fs';
import { pipeline } from 'node:stream';
import { parse, type Options } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Delimiter } from './detect-delimiter';
import type { Encoding } from './detect-encoding';

export interface FileFormat {
  format: 'csv' | 'xlsx';
  encoding: Encoding | null;
  delimiter: Delimiter | null;
}

export interface SourceRow {
  /** The row's number in the file: its line in a CSV (where it starts), its row in a sheet. */
  row: number;
  cells: string[];
}

/** A field longer than this is a broken file (an unclosed quote), not data: stop, don't buffer it. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** iconv-lite strips a BOM while decoding, so a UTF-8 file with one decodes as plain UTF-8. */
const iconvName = (encoding: Encoding) => (encoding === 'utf-8-bom' ? 'utf-8' : encoding);

export function readRows(file: string, format: FileFormat): AsyncGenerator<SourceRow> {
  return format.format === 'xlsx'
    ? readXlsx(file)
    : readCsv(file, format.encoding ?? 'utf-8', format.delimiter ?? ',');
}

async function* readCsv(file: string, encoding: Encoding, delimiter: Delimiter): AsyncGenerator<SourceRow> {
  const options: Options<SourceRow, string[]> = {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    // A row with too few or too many columns is the mapper's to reject, with its number.
    relax_column_count: true,
    // A stray quote inside an unquoted field is a character, as Excel reads it.
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
    on_record: (record, context): SourceRow => {
      const cells = record as string[];
      // `lines` is where the record ends; a quoted field with line breaks started earlier.
      return { row: context.lines - lineBreaksIn(cells), cells };
    },
  };
  // csv-parse types a record-changing on_record only together with `columns`: the cast says what it does.
  const parser = parse(options as unknown as Options);
  const source = pipeline(
    fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
    iconv.decodeStream(iconvName(encoding)),
    parser,
    () => {}, // errors reach the loop below through the parser, which pipeline destroys with them
  );
  try {
    for await (const record of source) yield record as SourceRow;
  } finally {
    source.destroy();
  }
}

function lineBreaksIn(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) continue;
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c === 10 || (c === 13 && cell.charCodeAt(i + 1) !== 10)) n++;
    }
  }
  return n;
}

/**
 * The first worksheet's rows. Missing cells are empty; cells past the header's width are kept only
 * when they hold something (so that the mapper can reject the row), and rows with nothing in them
 * are skipped, as blank lines are in a CSV. Dates come out as YYYY-MM-DD (with the time when there
 * is one): styles are read so that date-formatted numbers are dates.
 */
async function* readXlsx(file: string): AsyncGenerator<SourceRow> {
  const input = fs.createReadStream(file);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let width = -1;
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        let cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
        while (cells.length && cells[cells.length - 1] === '') cells.pop();
        if (!cells.length) continue;
        if (width < 0) width = cells.length;
        else if (cells.length < width) cells = cells.concat(Array<string>(width - cells.length).fill(''));
        yield { row: row.number, cells };
      }
      break; // the first worksheet only
    }
  } finally {
    input.destroy();
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('hyperlink' in value) return String(value.text ?? '');
    if ('error' in value) return '';
  }
  return String(value as unknown);
}

/** exceljs gives a sheet's dates as UTC instants of the wall-clock time typed in the cell. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
