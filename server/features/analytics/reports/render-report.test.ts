// Reports end to end on a real PostgreSQL: responses → rollups → the analytics engine → PDF and
// DOCX, read back the way a person's tools read them (pdftotext, the DOCX's XML and media).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { inWorkspace } from '../../../db/database';
import { useTestApp } from '../../../test/test-app';
import { renderReport } from './render-report';
import { buildReportModel } from './report-model';
import {
  CSAT_TITLE,
  makeReportWorld,
  NPS_TITLE,
  REPORT_WEEK,
  STORE_A,
  STORE_B,
  SURVEY_NAME,
  type ReportWorld,
} from './test-report-data';

const ctx = useTestApp();
let world: ReportWorld;
const NOW = new Date('2026-11-16T01:00:00Z');

beforeAll(async () => {
  world = await makeReportWorld(ctx);
});

const render = (format: 'pdf' | 'docx', language: string, filters = REPORT_WEEK) =>
  inWorkspace(ctx.db, world.workspaceId, (tx) =>
    renderReport(tx, world.workspaceId, {
      surveyId: world.survey.surveyId,
      format,
      language,
      filters,
      now: NOW,
    }),
  );

/** The text of a PDF as pdftotext (poppler) extracts it, with the line breaks of wrapped cells removed. */
function pdfText(pdf: Buffer): string {
  const file = path.join(os.tmpdir(), `rapport-report-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
}
const squash = (s: string) => s.replace(/\s+/g, '');

describe('report model', () => {
  it('holds the hand-computed figures, the league with its significance and the top choices', async () => {
    const model = await inWorkspace(ctx.db, world.workspaceId, (tx) =>
      buildReportModel(tx, world.workspaceId, {
        surveyId: world.survey.surveyId,
        filters: REPORT_WEEK,
        language: 'zh-CN',
        now: NOW,
      }),
    );
    expect(model.surveyName).toBe(SURVEY_NAME);
    expect(model.responses).toBe(40);
    expect(model.timeZone).toBe('Asia/Shanghai');
    const [nps, csat] = model.headlines;
    expect(nps).toMatchObject({ questionId: 'nps', title: NPS_TITLE, kind: 'nps' });
    expect(nps!.figure.value).toBeCloseTo(37.5, 10);
    expect(nps!.figure.n).toBe(40);
    expect(nps!.parts.map((p) => [p.key, p.value])).toEqual([
      ['promoters', 62.5],
      ['passives', 12.5],
      ['detractors', 25],
    ]);
    // CSAT: 25 × 5 and 5 × 4 are satisfied of 40; the mean (125 + 20 + 10 + 5) / 40 = 4.
    expect(csat).toMatchObject({ questionId: 'sat', title: CSAT_TITLE, kind: 'csat' });
    expect(csat!.figure.value).toBeCloseTo(75, 10);
    expect(csat!.parts).toEqual([{ key: 'mean', value: 4, percent: false }]);

    expect(model.league?.previousPeriod).toEqual({ from: '2026-11-02', to: '2026-11-08' });
    const [a, b] = model.league!.rows;
    expect(a).toMatchObject({ store: STORE_A, marker: 'up' });
    expect(a!.current.value).toBeCloseTo((20 / 35) * 100, 10);
    expect(a!.previous?.value).toBe(-100);
    expect(b).toMatchObject({ store: STORE_B, marker: null, current: { value: -100, n: 5, lowBase: true } });

    expect(model.trend?.unit).toBe('week');
    expect(model.trend?.points.map((p) => [p.label, p.figure.n])).toEqual([
      ['2026-W45', 35],
      ['2026-W46', 40],
    ]);
    expect(model.distributions[0]?.points.find((p) => p.value === 10)?.n).toBe(25);
    const [visit, liked] = model.choices;
    expect(visit).toEqual({
      questionId: 'visit',
      title: '您的到店方式？',
      n: 40,
      top: [
        { label: '堂食', n: 30, share: 75 },
        { label: '外带', n: 10, share: 25 },
      ],
    });
    // A multiple choice: the base is the responses that picked anything, each counted once.
    expect(liked).toMatchObject({ questionId: 'liked', n: 35 });
    expect(liked!.top.map((c) => [c.label, c.n])).toEqual([
      ['菜品', 30],
      ['服务人员', 25],
    ]);
    expect(liked!.top[0]!.share).toBeCloseTo((30 / 35) * 100, 10);
  });
});

describe('PDF report', () => {
  it('renders Chinese: pdftotext finds the survey name, the question text, the NPS and the marker', async () => {
    const report = await render('pdf', 'zh-CN');
    expect(report.contentType).toBe('application/pdf');
    expect(report.fileName).toBe(`${SURVEY_NAME} 调查报告 2026-11-09_2026-11-15.pdf`);
    expect(report.buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash(pdfText(report.buffer));
    expect(text).toContain(SURVEY_NAME);
    expect(text).toContain(squash(NPS_TITLE));
    expect(text).toContain(squash(CSAT_TITLE));
    expect(text).toContain('核心指标');
    expect(text).toContain('+37.5');
    // Store, this period, n, previous period, change with its significance marker.
    expect(text).toContain(`${STORE_A}+57.135-100.0▲+157.1`);
    expect(text).toContain(`${STORE_B}-100.05(n<30)––`);
    expect(text).toContain('95%置信区间');
  });

  it('speaks the asked language: Spanish labels and decimal commas', async () => {
    const text = pdfText((await render('pdf', 'es')).buffer);
    expect(text).toContain('Cifras clave');
    expect(text).toContain('Cómo leer este informe');
    expect(squash(text)).toContain('+37,5');
  });

  it('says so when the period has no answers, without failing', async () => {
    const text = pdfText((await render('pdf', 'en', { from: '2020-01-01', to: '2020-01-07' })).buffer);
    expect(text).toContain('Key figures');
    expect(text).toContain('No responses linked to a store in this period.');
  });
});

describe('DOCX report', () => {
  it('holds the Chinese text with East Asian fonts set, and the charts as embedded PNGs', async () => {
    const report = await render('docx', 'zh-CN');
    expect(report.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(report.fileName.endsWith('.docx')).toBe(true);
    const files = unzipSync(new Uint8Array(report.buffer));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain(SURVEY_NAME);
    expect(xml).toContain(NPS_TITLE);
    expect(xml).toContain('+37.5');
    expect(xml).toMatch(/w:eastAsia="Microsoft YaHei"/);
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    // The trend and the two distributions.
    expect(media).toHaveLength(3);
    for (const f of media) {
      expect(f.endsWith('.png')).toBe(true);
      expect(Buffer.from(files[f]!.subarray(0, 8))).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    }
  });
});
