// What an uploaded file is and what is in it: CSV or XLSX, the text encoding and the delimiter
// (detected, or as the user corrected them), the column names and the first rows. A file that is
// not a table Rapport can read is a 400 unsupported_file with a message that says what to do.
import iconv from 'iconv-lite';
import { AppError } from '../../../platform/errors';
import { detectDelimiter, type Delimiter } from './detect-delimiter';
import type { Encoding } from './detect-encoding';
import { readRows, type FileFormat } from './read-rows';

export const PREVIEW_ROWS = 20;

export const unsupportedFile = (message: string) => new AppError(400, 'unsupported_file', message, 'file');

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The old binary Excel format (an OLE compound file). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (head: Uint8Array, magic: number[]) => magic.every((b, i) => head[i] === b);

/** XLSX by its ZIP signature; anything else is treated as delimited text. */
export function formatOf(head: Uint8Array): 'csv' | 'xlsx' {
  if (startsWith(head, OLE)) {
    throw unsupportedFile('This is an old Excel .xls file: save it as .xlsx or CSV, then upload it again.');
  }
  return startsWith(head, ZIP) ? 'xlsx' : 'csv';
}

/** Text with NULs or many control characters is a binary file (an image, a PDF…), not a CSV. */
export function assertText(head: Uint8Array, encoding: Encoding): void {
  const text = iconv.decode(Buffer.from(head), encoding === 'utf-8-bom' ? 'utf-8' : encoding);
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0)
      control += text.length; // one NUL is enough
    else if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  if (control > text.length / 100) {
    throw unsupportedFile('This file is not a CSV or XLSX table (it looks like a binary file).');
  }
}

export function sniffDelimiter(head: Uint8Array, encoding: Encoding): Delimiter {
  return detectDelimiter(iconv.decode(Buffer.from(head), encoding === 'utf-8-bom' ? 'utf-8' : encoding));
}

/**
 * Column names from the first row: trimmed; an empty one becomes "Column N" and a repeated one
 * "Name (2)", because the mapping and the rejects report address columns by name.
 */
export function columnNames(cells: string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    const base = cell.trim() || `Column ${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base} (${n})`;
    seen.add(name);
    return name;
  });
}

export interface FileHead {
  headers: string[];
  preview: string[][];
}

/** The column names and the first rows, read with the given format. */
export async function readHead(file: string, format: FileFormat): Promise<FileHead> {
  let headers: string[] | null = null;
  const preview: string[][] = [];
  try {
    for await (const { cells } of readRows(file, format)) {
      if (!headers) {
        if (cells.every((c) => c.trim() === '')) {
          throw unsupportedFile('The first row must name the columns, and it is empty.');
        }
        headers = columnNames(cells);
      } else {
        preview.push(cells);
      }
      if (preview.length >= PREVIEW_ROWS) break;
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    const what = format.format === 'xlsx' ? 'XLSX workbook' : 'CSV file';
    throw unsupportedFile(`This ${what} cannot be read: ${(e as Error).message}`);
  }
  if (!headers)
    throw unsupportedFile('The file is empty: it needs a row of column names and rows of customers.');
  return { headers, preview };
}
