// The SPSS export: the columns as variables (labels = question texts, value labels = options and
// matrix scale points), completion times as DATETIME, options as codes; strings as wide as their
// widest value (measured in SQL before the first case, since the dictionary comes first).
import fs from 'node:fs/promises';
import { savCell, type ExportColumn } from './columns';
import { MAX_STRING_WIDTH, SavWriter, SPSS_EPOCH_OFFSET, type SavVariable } from './sav-writer';
import type { ExportSink, SinkOptions } from './sink';

function variableOf(c: ExportColumn, widths: Map<string, number>): SavVariable {
  const base = { name: c.name, label: c.label, measure: c.measure };
  switch (c.kind) {
    case 'text':
      return {
        ...base,
        type: 'string',
        width: Math.min(MAX_STRING_WIDTH, Math.max(8, widths.get(c.name) ?? 0)),
      };
    case 'datetime':
      return { ...base, type: 'numeric', format: 'DATETIME' };
    case 'choice':
      return {
        ...base,
        type: 'numeric',
        valueLabels: (c.codes ?? []).map((o) => ({ value: o.code, label: o.label })),
      };
    case 'number':
      return { ...base, type: 'numeric', decimals: c.decimals, valueLabels: c.valueLabels };
  }
}

/** `YYYY-MM-DD HH:MM:SS` (a wall-clock time) → seconds since SPSS's epoch, 14 Oct 1582. */
export function spssDateTime(local: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) / 1000 + SPSS_EPOCH_OFFSET;
}

export async function openSavSink(opts: SinkOptions): Promise<ExportSink> {
  const file = await fs.open(opts.path, 'w');
  const writer = new SavWriter(
    file,
    opts.columns.map((c) => variableOf(c, opts.textWidths)),
    { fileLabel: opts.title },
  );
  await writer.start().catch(async (e: unknown) => {
    await file.close();
    throw e;
  });
  return {
    async add(rows) {
      await writer.addCases(
        rows.map((r) =>
          opts.columns.map((c) => {
            const value = savCell(c, r);
            return c.kind === 'datetime' && typeof value === 'string' ? spssDateTime(value) : value;
          }),
        ),
      );
    },
    async finish() {
      await writer.finish();
      await file.close();
    },
    close: () => file.close().catch(() => {}),
  };
}
