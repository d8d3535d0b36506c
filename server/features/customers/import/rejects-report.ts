// GET /customer-imports/:id/rejects.csv — every rejected row and why: row, code, field, message,
// then the row's own columns as they were in the file (cells past the header's width last), so
// that the rows can be fixed in a spreadsheet and imported again. Written as every CSV people open
// in Excel is (platform/csv: UTF-8 with a BOM, formula-like cells neutralised). Streamed a page at
// a time from the table.
import { Readable } from 'node:stream';
import type { Db } from '../../../db/database';
import { inWorkspace } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { csvRecords, UTF8_BOM } from '../../../platform/csv/csv';
import { getImport } from './get-import';
import { extraRawKeys, rejectsAfter } from './store';

const PAGE = 2000;

export async function rejectsReport(db: Db, actor: Actor, importId: string) {
  const ws = actor.workspaceId;
  const { row, extras } = await inWorkspace(db, ws, async (tx) => {
    const found = await getImport(tx, actor, importId);
    return { row: found, extras: await extraRawKeys(tx, ws, found.id) };
  });
  const headers: string[] = row.headers;
  const columns = [...headers, ...extras.filter((k) => !headers.includes(k)).sort(byColumnNumber)];

  async function* lines(): AsyncGenerator<string> {
    yield UTF8_BOM + csvRecords([['row', 'code', 'field', 'message', ...columns]]);
    let after = 0;
    for (;;) {
      const page = await inWorkspace(db, ws, (tx) => rejectsAfter(tx, ws, row.id, after, PAGE));
      if (!page.length) return;
      yield csvRecords(
        page.map((r) => [
          r.row_number,
          r.code,
          r.field ?? '',
          r.message,
          ...columns.map((c) => r.raw[c] ?? ''),
        ]),
      );
      after = page[page.length - 1]!.row_number;
    }
  }
  const base = row.file_name.replace(/\.[^.]*$/, '') || 'import';
  return { fileName: `${base}-rejects.csv`, stream: Readable.from(lines()) };
}

/** "Column 12" after "Column 9". */
const byColumnNumber = (a: string, b: string) =>
  (Number(/\d+$/.exec(a)?.[0]) || 0) - (Number(/\d+$/.exec(b)?.[0]) || 0);
