// How many data rows a CSV has, for the progress bar, counted before the import starts by one fast
// pass over the bytes: line breaks outside quoted fields, blank lines left out, the header taken
// away. No decoding: in every encoding we read, the quote, the line breaks and the delimiters are
// single ASCII code units that never occur inside another character (UTF-16 is read by code units).
// An estimate only in odd files (a "|" inside a Big5 or Shift_JIS character); the import sets the
// exact count when it ends.
import fs from 'node:fs';
import type { Delimiter } from './detect-delimiter';
import type { Encoding } from './detect-encoding';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export async function countCsvRows(file: string, encoding: Encoding, delimiter: Delimiter): Promise<number> {
  const width = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 1;
  const bigEndian = encoding === 'utf-16be';
  const delim = delimiter.charCodeAt(0);
  let records = 0;
  let inQuotes = false;
  let quoteJustClosed = false; // a quote inside quotes: the end of the field, or the first of ""
  let atFieldStart = true;
  let lineHasText = false;
  let odd: number | null = null; // a UTF-16 code unit split between two chunks

  const unit = (c: number) => {
    if (inQuotes) {
      if (c === QUOTE) {
        inQuotes = false;
        quoteJustClosed = true;
      }
      return;
    }
    if (quoteJustClosed) {
      quoteJustClosed = false;
      if (c === QUOTE) {
        inQuotes = true; // "" inside a quoted field
        return;
      }
    }
    if (c === LF || c === CR) {
      if (lineHasText) records++;
      lineHasText = false;
      atFieldStart = true;
    } else if (c === delim) {
      lineHasText = true;
      atFieldStart = true;
    } else {
      if (c === QUOTE && atFieldStart) inQuotes = true;
      lineHasText = true;
      atFieldStart = false;
    }
  };

  for await (const chunk of fs.createReadStream(file, {
    highWaterMark: 1024 * 1024,
  }) as AsyncIterable<Buffer>) {
    if (width === 1) {
      for (let i = 0; i < chunk.length; i++) unit(chunk[i]!);
      continue;
    }
    let i = 0;
    if (odd !== null) {
      unit(bigEndian ? (odd << 8) | chunk[0]! : odd | (chunk[0]! << 8));
      odd = null;
      i = 1;
    }
    for (; i + 1 < chunk.length; i += 2) {
      unit(bigEndian ? (chunk[i]! << 8) | chunk[i + 1]! : chunk[i]! | (chunk[i + 1]! << 8));
    }
    if (i < chunk.length) odd = chunk[i]!;
  }
  if (lineHasText) records++;
  return Math.max(0, records - 1);
}
