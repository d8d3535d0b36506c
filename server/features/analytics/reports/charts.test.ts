// Server-drawn charts: ECharts SSR gives SVG with the labels in the report's language, resvg turns
// it into a PNG of the expected size, and Chinese text really becomes glyphs (a PNG with the text
// differs from one without it; resvg draws nothing for text it has no font for).
import { describe, expect, it } from 'vitest';
import { drawReportCharts, PNG_SCALE, svgToPng } from './charts';
import { sampleReportModel } from './sample-model';

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** Width and height from the PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('report charts', () => {
  it('draws the trend as SVG with Chinese labels and as a PNG of twice its size', () => {
    const charts = drawReportCharts(sampleReportModel('zh-CN'));
    const trend = charts.trend!;
    expect(trend.svg.startsWith('<svg')).toBe(true);
    expect(trend.svg).toContain('净推荐值 NPS');
    expect(trend.svg).toContain('95% 区间');
    expect(trend.svg).toContain('2026-W46');
    expect(trend.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(trend.png)).toEqual({ width: trend.width * PNG_SCALE, height: trend.height * PNG_SCALE });
  });

  it('draws one distribution per answered scored question, labelled in the language', () => {
    const zhTW = drawReportCharts(sampleReportModel('zh-TW'));
    expect([...zhTW.distributions.keys()]).toEqual(['nps']);
    expect(zhTW.distributions.get('nps')!.svg).toContain('占比 (%)');
    expect(zhTW.trend!.svg).toContain('淨推薦值 NPS');
    const es = drawReportCharts(sampleReportModel('es'));
    expect(es.distributions.get('nps')!.svg).toContain('Porcentaje (%)');
    expect(es.distributions.get('nps')!.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('turns Chinese text into glyphs with the bundled font', () => {
    const svg = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="28" font-size="20" font-family="sans-serif">${text}</text></svg>`;
    const blank = svgToPng(svg(''));
    expect(svgToPng(svg('门店排名'))).not.toEqual(blank);
    expect(svgToPng(svg('門市排名'))).not.toEqual(blank);
  });
});
