// The DOCX report (docx). The same content as the PDF, as an editable Word document: the tables
// are Word tables, the charts the PNGs drawn on the server. Every run names its fonts for Latin
// AND East Asian text (w:rFonts eastAsia) and the language of its East Asian text, so Word and
// LibreOffice pick a CJK face instead of showing boxes; the font files are not embedded (they
// would add 20 MB): a reader without them gets the application's CJK fallback.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { ReportCharts, RenderedChart } from './charts';
import { formatCount, formatGenerated, formatPeriod } from './report-format';
import { reportLanguage, reportTexts } from './report-texts';
import { reportTables, type ReportTable } from './report-tables';
import type { ReportModel } from './report-types';

/** Latin text: Noto Sans SC where installed (as in the PDF), else the application's sans serif. */
const LATIN_FONT = 'Noto Sans SC';
/** East Asian text: the system CJK family every Office install has for the script, Noto as the PDF's. */
const EAST_ASIAN_FONT = { 'zh-TW': 'Microsoft JhengHei', other: 'Microsoft YaHei' };
/** A4 text width at 96 px to the inch, for images (2 cm margins). */
const TEXT_WIDTH_PX = 642;
const MUTED = '666666';

interface Fonts {
  font: { ascii: string; hAnsi: string; cs: string; eastAsia: string };
  language: { value: string; eastAsia: string };
}

function fontsFor(language: string): Fonts {
  const lang = reportLanguage(language);
  const eastAsia = lang === 'zh-TW' ? EAST_ASIAN_FONT['zh-TW'] : EAST_ASIAN_FONT.other;
  return {
    font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia },
    language: { value: lang, eastAsia: lang === 'zh-TW' ? 'zh-TW' : 'zh-CN' },
  };
}

export async function renderDocx(model: ReportModel, charts: ReportCharts): Promise<Buffer> {
  const t = reportTexts(model.language);
  const fonts = fontsFor(model.language);
  const run = (text: string, opts: Omit<IRunOptions, 'text'> = {}) =>
    new TextRun({ ...fonts, ...opts, text });
  const para = (text: string, opts: Omit<IRunOptions, 'text'> = {}, spacingAfter = 80) =>
    new Paragraph({ children: [run(text, opts)], spacing: { after: spacingAfter } });
  const heading = (text: string, size = 28) =>
    new Paragraph({ children: [run(text, { bold: true, size })], spacing: { before: 280, after: 120 } });
  const image = (chart: RenderedChart) => {
    const width = Math.min(TEXT_WIDTH_PX, Math.round((chart.width * 96) / 72));
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width, height: Math.round((chart.height * width) / chart.width) },
        }),
      ],
    });
  };
  const table = (tb: ReportTable) => {
    const border = { style: BorderStyle.SINGLE, size: 4, color: 'CCCCCC' };
    const cell = (text: string, col: number, header: boolean) =>
      new TableCell({
        width: { size: tb.widths[col]! * 100, type: WidthType.PERCENTAGE },
        shading: header ? { fill: 'EEF1F6' } : undefined,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: [
          new Paragraph({
            alignment: tb.numeric[col] ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [run(text, { bold: header, size: 18 })],
          }),
        ],
      });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows: [
        new TableRow({ tableHeader: true, children: tb.header.map((h, i) => cell(h, i, true)) }),
        ...tb.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) })),
      ],
    });
  };

  const tables = reportTables(model);
  const body: (Paragraph | Table)[] = [
    new Paragraph({ children: [run(model.surveyName, { bold: true, size: 40 })], spacing: { after: 60 } }),
    para(t.reportTitle, { size: 24, color: MUTED }, 200),
    para(`${t.period}: ${formatPeriod(model.language, model.period)}`),
    para(`${t.responses}: ${formatCount(model.language, model.responses)}`),
    para(`${t.generated}: ${formatGenerated(model)}`),
    heading(t.keyFigures),
    tables.headlines ? table(tables.headlines) : para(t.noData, { color: MUTED }),
  ];
  if (model.trend && charts.trend) {
    body.push(heading(`${t[`trend_${model.trend.unit}`]}: ${model.trend.title}`), image(charts.trend));
  }
  if (model.league) {
    body.push(
      heading(`${t.league}: ${model.league.title}`),
      tables.league ? table(tables.league) : para(t.noStores, { color: MUTED }),
    );
  }
  if (charts.distributions.size > 0) {
    body.push(heading(t.distributions));
    for (const d of model.distributions) {
      const chart = charts.distributions.get(d.questionId);
      if (!chart) continue;
      body.push(
        para(`${d.title} (n = ${formatCount(model.language, d.n)})`, { bold: true, size: 20 }),
        image(chart),
      );
    }
  }
  if (tables.choices) body.push(heading(t.choices), table(tables.choices));
  body.push(heading(t.howToReadTitle, 22), para(t.howToRead, { size: 18, color: MUTED }));

  const doc = new Document({
    title: `${model.surveyName} — ${t.reportTitle}`,
    creator: 'Rapport',
    styles: { default: { document: { run: { ...fonts, size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
