// The report's tables as rows of text, made once for both renderers so the PDF and the DOCX say
// exactly the same: key figures, the store league table with its markers, the top choices.
import {
  formatChange,
  formatCi,
  formatCount,
  formatNumber,
  formatValue,
  MARKERS,
  metricName,
} from './report-format';
import { reportTexts } from './report-texts';
import type { ReportFigure, ReportModel } from './report-types';

export interface ReportTable {
  header: string[];
  rows: string[][];
  /** Column widths as fractions of the page's text width. */
  widths: number[];
  /** Right-aligned columns. */
  numeric: boolean[];
}

function base(language: string, figure: ReportFigure): string {
  const n = formatCount(language, figure.n);
  return figure.lowBase && figure.n > 0 ? `${n} (${reportTexts(language).lowBase})` : n;
}

function headlineTable(model: ReportModel): ReportTable | null {
  if (model.headlines.length === 0) return null;
  const lang = model.language;
  const t = reportTexts(lang);
  return {
    header: [t.question, t.metric, t.value, t.ci95, t.base, t.details],
    widths: [0.28, 0.14, 0.1, 0.16, 0.1, 0.22],
    numeric: [false, false, true, true, true, false],
    rows: model.headlines.map((h) => [
      h.title,
      metricName(lang, h.kind),
      formatValue(lang, h.kind, h.figure.value),
      formatCi(lang, h.kind, h.figure),
      base(lang, h.figure),
      h.parts
        .map(
          (p) =>
            `${t[`part_${p.key}`]} ${formatNumber(lang, p.value, p.percent ? 1 : 2, { percent: p.percent })}`,
        )
        .join(' · '),
    ]),
  };
}

function leagueTable(model: ReportModel): ReportTable | null {
  const league = model.league;
  if (!league || league.rows.length === 0) return null;
  const lang = model.language;
  const t = reportTexts(lang);
  const compared = league.previousPeriod !== null;
  const rows = league.rows.map((r) => {
    const marker = r.marker ? `${MARKERS[r.marker]} ` : '';
    const cells = [r.store, formatValue(lang, league.kind, r.current.value), base(lang, r.current)];
    if (compared)
      cells.push(
        r.previous ? formatValue(lang, league.kind, r.previous.value) : '–',
        `${marker}${formatChange(lang, league.kind, r.change)}`,
      );
    return cells;
  });
  return compared
    ? {
        header: [t.store, t.current, t.base, t.previous, t.change],
        widths: [0.36, 0.16, 0.16, 0.16, 0.16],
        numeric: [false, true, true, true, true],
        rows,
      }
    : { header: [t.store, t.current, t.base], widths: [0.5, 0.25, 0.25], numeric: [false, true, true], rows };
}

function choiceTable(model: ReportModel): ReportTable | null {
  const answered = model.choices.filter((c) => c.n > 0);
  if (answered.length === 0) return null;
  const lang = model.language;
  const t = reportTexts(lang);
  const cell = (c: (typeof answered)[number], i: number) => {
    const pick = c.top[i];
    return pick ? `${pick.label} (${formatNumber(lang, pick.share, 1, { percent: true })})` : '–';
  };
  return {
    header: [t.question, t.first, t.second, t.base],
    widths: [0.34, 0.26, 0.26, 0.14],
    numeric: [false, false, false, true],
    rows: answered.map((c) => [c.title, cell(c, 0), cell(c, 1), formatCount(lang, c.n)]),
  };
}

export function reportTables(model: ReportModel) {
  return { headlines: headlineTable(model), league: leagueTable(model), choices: choiceTable(model) };
}
