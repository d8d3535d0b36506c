// Which character separates the columns of a CSV. Excel writes ";" where the decimal separator is
// a comma (Spain, much of Europe), "," elsewhere, and TAB for "Unicode text"; some systems export
// "|". The right one splits every line into the same number of columns, so each candidate is
// counted per line (outside quotes) over the first lines, and the one whose count is the same on
// the most lines wins, the larger count breaking ties.

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_LINES = 30;

/** Counts of each candidate per line, outside quoted fields, for the first lines of text. */
function countsPerLine(text: string): number[][] {
  const lines: number[][] = [];
  let counts = DELIMITERS.map(() => 0);
  let inQuotes = false;
  let lineHasText = false;
  for (let i = 0; i < text.length && lines.length < SAMPLE_LINES; i++) {
    const c = text[i]!;
    if (c === '"') {
      // A doubled quote inside quotes is a literal quote: toggling twice leaves the state as it was.
      inQuotes = !inQuotes;
      lineHasText = true;
    } else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (lineHasText) lines.push(counts);
      counts = DELIMITERS.map(() => 0);
      lineHasText = false;
    } else {
      lineHasText = true;
      if (!inQuotes) {
        const d = DELIMITERS.indexOf(c as Delimiter);
        if (d >= 0) counts[d]!++;
      }
    }
  }
  // The last line may be cut off by the end of the sample: use it only if it is the whole text.
  if (lineHasText && lines.length === 0) lines.push(counts);
  return lines;
}

export function detectDelimiter(text: string): Delimiter {
  const lines = countsPerLine(text);
  let best: { delimiter: Delimiter; agreeing: number; columns: number } | null = null;
  DELIMITERS.forEach((delimiter, d) => {
    const perLine = lines.map((l) => l[d]!);
    // The most frequent non-zero count, and on how many lines it occurs.
    const tally = new Map<number, number>();
    for (const n of perLine) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    for (const [columns, agreeing] of tally) {
      if (!best || agreeing > best.agreeing || (agreeing === best.agreeing && columns > best.columns)) {
        best = { delimiter, agreeing, columns };
      }
    }
  });
  // A file with one column has no delimiter at all: any will do, and the comma is the usual one.
  return (best as { delimiter: Delimiter } | null)?.delimiter ?? ',';
}
