// The CSV export: UTF-8 with a BOM and formula-like cells neutralised (platform/csv), one header
// row of variable names (the same names as the XLSX and SPSS files), options as their labels in
// the export's language, appended a batch at a time.
import fs from 'node:fs/promises';
import { csvRecords, UTF8_BOM } from '../../../platform/csv/csv';
import { tableCell } from './columns';
import type { ExportSink, SinkOptions } from './sink';

export async function openCsvSink(opts: SinkOptions): Promise<ExportSink> {
  const file = await fs.open(opts.path, 'w');
  await file.write(UTF8_BOM + csvRecords([opts.columns.map((c) => c.name)]));
  return {
    async add(rows) {
      if (rows.length)
        await file.write(csvRecords(rows.map((r) => opts.columns.map((c) => tableCell(c, r)))));
    },
    finish: () => file.close(),
    close: () => file.close().catch(() => {}),
  };
}
