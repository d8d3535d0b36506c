// The PDF report (pdfkit). Every text is set in Noto Sans SC, registered from the font files that
// ship with the app, so Chinese, Spanish and the ▲ ▼ markers all render and can be searched and
// copied (pdftotext reads them back). pdfkit embeds only the glyphs used.
import PDFDocument from 'pdfkit';
import type { ReportCharts } from './charts';
import { REPORT_FONT_FILES } from './fonts';
import { reportTexts } from './report-texts';
import { reportTables, type ReportTable } from './report-tables';
import { formatCount, formatGenerated, formatPeriod } from './report-format';
import type { ReportModel } from './report-types';

const MARGIN = 50;
const REGULAR = 'report-regular';
const BOLD = 'report-bold';
const MUTED = '#666666';

type Doc = PDFKit.PDFDocument;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** `keepWith`: the height of what must follow on the same page (a heading never ends a page). */
function heading(doc: Doc, text: string, size = 14, keepWith = 40): void {
  ensureRoom(doc, size * 3 + keepWith);
  doc.moveDown(0.8).font(BOLD).fontSize(size).fillColor('#000000').text(text, MARGIN);
  doc.moveDown(0.3).font(REGULAR).fontSize(10);
}

function note(doc: Doc, text: string): void {
  doc.font(REGULAR).fontSize(9).fillColor(MUTED).text(text, MARGIN).fillColor('#000000').fontSize(10);
}

/**
 * A plain table: fixed column widths, each row as tall as its tallest cell, a rule under each row,
 * the header repeated after a page break. (pdfkit's own doc.table measures every cell many times,
 * which with a full CJK font takes seconds per table.)
 */
function table(doc: Doc, t: ReportTable): void {
  const width = doc.page.width - 2 * MARGIN;
  const widths = t.widths.map((w) => w * width);
  const pad = 4;
  const drawRow = (cells: string[], header: boolean) => {
    doc.font(header ? BOLD : REGULAR).fontSize(9);
    const heights = cells.map((text, i) => doc.heightOfString(text, { width: widths[i]! - 2 * pad }));
    const height = Math.max(...heights) + 2 * pad;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!header) drawRow(t.header, true);
      doc.font(header ? BOLD : REGULAR).fontSize(9);
    }
    const top = doc.y;
    if (header) doc.rect(MARGIN, top, width, height).fill('#eef1f6').fillColor('#000000');
    let x = MARGIN;
    cells.forEach((text, i) => {
      doc.text(text, x + pad, top + pad, {
        width: widths[i]! - 2 * pad,
        align: t.numeric[i] ? 'right' : 'left',
      });
      x += widths[i]!;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.5)
      .strokeColor('#cccccc')
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(t.header, true);
  for (const row of t.rows) drawRow(row, false);
  doc.font(REGULAR).fontSize(10);
  doc.moveDown(0.4);
}

function image(doc: Doc, png: Buffer, width: number, height: number): void {
  const fitWidth = Math.min(width, doc.page.width - 2 * MARGIN);
  const fitHeight = (height * fitWidth) / width;
  ensureRoom(doc, fitHeight + 8);
  doc.image(png, MARGIN, doc.y, { width: fitWidth, height: fitHeight });
  doc.y += fitHeight + 6;
  doc.x = MARGIN;
}

export async function renderPdf(model: ReportModel, charts: ReportCharts): Promise<Buffer> {
  const t = reportTexts(model.language);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: model.language,
    info: { Title: `${model.surveyName} — ${t.reportTitle}`, Creator: 'Rapport' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, REPORT_FONT_FILES.regular);
  doc.registerFont(BOLD, REPORT_FONT_FILES.bold);

  doc.font(BOLD).fontSize(20).text(model.surveyName);
  doc.font(REGULAR).fontSize(12).fillColor(MUTED).text(t.reportTitle).fillColor('#000000');
  doc.moveDown(0.5).fontSize(10);
  doc.text(`${t.period}: ${formatPeriod(model.language, model.period)}`);
  doc.text(`${t.responses}: ${formatCount(model.language, model.responses)}`);
  doc.text(`${t.generated}: ${formatGenerated(model)}`);

  const tables = reportTables(model);
  heading(doc, t.keyFigures);
  if (tables.headlines) table(doc, tables.headlines);
  else note(doc, t.noData);

  if (model.trend && charts.trend) {
    heading(doc, `${t[`trend_${model.trend.unit}`]}: ${model.trend.title}`, 14, charts.trend.height);
    image(doc, charts.trend.png, charts.trend.width, charts.trend.height);
  }

  if (model.league) {
    heading(doc, `${t.league}: ${model.league.title}`);
    if (tables.league) table(doc, tables.league);
    else note(doc, t.noStores);
  }

  if (charts.distributions.size > 0) {
    heading(doc, t.distributions, 14, 200);
    for (const d of model.distributions) {
      const chart = charts.distributions.get(d.questionId);
      if (!chart) continue;
      ensureRoom(doc, chart.height + 30);
      doc
        .font(BOLD)
        .fontSize(10)
        .text(`${d.title} (n = ${formatCount(model.language, d.n)})`, MARGIN);
      doc.font(REGULAR);
      image(doc, chart.png, chart.width, chart.height);
    }
  }

  if (tables.choices) {
    heading(doc, t.choices);
    table(doc, tables.choices);
  }

  heading(doc, t.howToReadTitle, 11);
  note(doc, t.howToRead);

  doc.end();
  return finished;
}
