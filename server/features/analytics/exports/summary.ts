// The XLSX export's summary sheets, counted from the very rows written to its Responses sheet (so
// the two always agree) in constant memory: a tally per scored column (tally.ts; scale points for
// NPS/CSAT/CES, moments only for means, whose values need not be few), counts per option for choice
// questions. The figures are the metric engine's (common/analytics/metrics.ts), as on dashboards.
import { addMoments, addPoint, emptyTally, type Tally } from '../../../../common/analytics/tally';
import { ces, csat, meanMetric, nps, standardDeviation } from '../../../../common/analytics/metrics';
import type { ExportColumn, ExportRow } from './columns';

export interface ScoredLine {
  name: string;
  label: string;
  n: number;
  mean: number | null;
  sd: number | null;
  nps: {
    value: number | null;
    promoters: number | null;
    passives: number | null;
    detractors: number | null;
  } | null;
  csat: number | null;
  cesAgreeing: number | null;
}

export interface DistributionLine {
  question: string;
  option: string;
  count: number;
  /** % of those who answered the question. */
  share: number | null;
}

interface Counter {
  column: ExportColumn;
  tally: Tally;
  /** choice: picks per option id. */
  picks: Map<string, number>;
}

export class ExportSummary {
  private readonly counters: Counter[];

  constructor(columns: readonly ExportColumn[]) {
    this.counters = columns
      .filter((c) => c.summary)
      .map((column) => ({ column, tally: emptyTally(), picks: new Map() }));
  }

  add(rows: readonly ExportRow[]): void {
    for (const row of rows) {
      for (const c of this.counters) {
        const value = c.column.read(row);
        if (value === null) continue;
        const kind = c.column.summary!.kind;
        if (kind === 'choice') {
          c.tally.n++;
          c.picks.set(String(value), (c.picks.get(String(value)) ?? 0) + 1);
        } else if (typeof value === 'number') {
          if (kind === 'mean' || kind === 'pick') addMoments(c.tally, 1, value, value * value);
          else addPoint(c.tally, value, 1);
        }
      }
    }
  }

  /** One line per scored column (everything but choices). */
  scored(): ScoredLine[] {
    return this.counters
      .filter((c) => ['nps', 'csat', 'ces', 'mean'].includes(c.column.summary!.kind))
      .map(({ column, tally }) => {
        const kind = column.summary!.kind;
        const m = meanMetric(tally);
        const n = kind === 'nps' ? nps(tally) : null;
        return {
          name: column.name,
          label: column.label,
          n: tally.n,
          mean: m.value,
          sd: standardDeviation(tally),
          nps: n && {
            value: n.value,
            promoters: n.parts.promoters ?? null,
            passives: n.parts.passives ?? null,
            detractors: n.parts.detractors ?? null,
          },
          csat: kind === 'csat' ? csat(tally).value : null,
          cesAgreeing: kind === 'ces' ? (ces(tally).parts.agreeing ?? null) : null,
        };
      });
  }

  /** Per choice question, every option with how many picked it. */
  distributions(): DistributionLine[] {
    const lines: DistributionLine[] = [];
    const share = (count: number, n: number) => (n > 0 ? (count / n) * 100 : null);
    for (const { column, tally, picks } of this.counters) {
      const summary = column.summary!;
      if (summary.kind === 'choice') {
        for (const code of column.codes ?? []) {
          const count = picks.get(code.id) ?? 0;
          lines.push({ question: summary.title, option: code.label, count, share: share(count, tally.n) });
        }
      } else if (summary.kind === 'pick') {
        // A 0/1 column: the sum is how many picked it, n how many answered the question.
        lines.push({
          question: summary.title,
          option: summary.option ?? column.name,
          count: tally.sum,
          share: share(tally.sum, tally.n),
        });
      }
    }
    return lines;
  }
}
