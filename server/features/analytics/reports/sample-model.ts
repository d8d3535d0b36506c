// A hand-made report model in Chinese for the renderer tests: every section filled, a store with
// a significant rise, one with a low base, a question nobody answered.
import type { ReportModel } from './report-types';

const fig = (value: number | null, n: number, half: number | null = null) => ({
  value,
  n,
  ci: value !== null && half !== null ? ([value - half, value + half] as [number, number]) : null,
  lowBase: n < 30,
});

export function sampleReportModel(language = 'zh-CN'): ReportModel {
  return {
    language,
    surveyName: '门店体验调查',
    period: { from: '2026-11-09', to: '2026-11-15' },
    responses: 1234,
    headlines: [
      {
        questionId: 'nps',
        title: '您向朋友推荐我们的可能性有多大？',
        kind: 'nps',
        figure: fig(42.5, 1200, 4.1),
        parts: [
          { key: 'promoters', value: 55.5, percent: true },
          { key: 'passives', value: 31.5, percent: true },
          { key: 'detractors', value: 13, percent: true },
        ],
      },
      {
        questionId: 'satisfaction',
        title: '总体而言，您的满意度如何？',
        kind: 'csat',
        figure: fig(86.2, 1100, 2.0),
        parts: [{ key: 'mean', value: 4.31, percent: false }],
      },
      {
        questionId: 'effort',
        title: '办理业务很轻松',
        kind: 'ces',
        figure: fig(5.42, 20, 0.5),
        parts: [{ key: 'agreeing', value: 75, percent: true }],
      },
    ],
    trend: {
      kind: 'nps',
      title: '您向朋友推荐我们的可能性有多大？',
      unit: 'week',
      points: ['2026-W43', '2026-W44', '2026-W45', '2026-W46'].map((label, i) => ({
        label,
        figure: fig(30 + i * 4, 300, 8),
      })),
    },
    league: {
      kind: 'nps',
      title: '您向朋友推荐我们的可能性有多大？',
      previousPeriod: { from: '2026-11-02', to: '2026-11-08' },
      rows: [
        {
          store: '上海南京路店',
          current: fig(60, 400, 6),
          previous: fig(40, 380, 7),
          change: 20,
          marker: 'up',
        },
        {
          store: '北京王府井店',
          current: fig(20, 300, 8),
          previous: fig(35, 310, 8),
          change: -15,
          marker: 'down',
        },
        {
          store: '台北信義店',
          current: fig(10, 12, 30),
          previous: fig(30, 15, 30),
          change: -20,
          marker: null,
        },
      ],
    },
    distributions: [
      {
        questionId: 'nps',
        title: '您向朋友推荐我们的可能性有多大？',
        kind: 'nps',
        n: 1200,
        points: Array.from({ length: 11 }, (_, v) => ({
          value: v,
          n: 10 + v * 20,
          share: (10 + v * 20) / 12,
        })),
      },
      { questionId: 'effort', title: '办理业务很轻松', kind: 'ces', n: 0, points: [] },
    ],
    choices: [
      {
        questionId: 'visit_type',
        title: '您的到店方式？',
        n: 1000,
        top: [
          { label: '堂食', n: 600, share: 60 },
          { label: '外带', n: 300, share: 30 },
        ],
      },
    ],
    generatedAt: new Date('2026-11-16T00:05:00Z'),
    timeZone: 'Asia/Shanghai',
  };
}
