// What a report says, independent of how it is drawn: report-model.ts fills it from the analytics
// queries; render-pdf.ts and render-docx.ts lay it out with the wording of report-texts.ts. Texts
// here are data (survey, questions, options, stores), already in the report's language.

/** How a headline figure is computed and shown: NPS points, CSAT %, CES mean, a mean. */
export type ReportMetricKind = 'nps' | 'csat' | 'ces' | 'mean';

export interface ReportFigure {
  value: number | null;
  n: number;
  ci: [number, number] | null;
  /** n below 30: shown, with a note, and never marked significant. */
  lowBase: boolean;
}

export type ReportPartKey = 'promoters' | 'passives' | 'detractors' | 'mean' | 'agreeing';

export interface ReportHeadline {
  questionId: string;
  title: string;
  kind: ReportMetricKind;
  figure: ReportFigure;
  /** What stands beside the value: NPS shares (%), the CSAT mean, the CES % agreeing. */
  parts: { key: ReportPartKey; value: number | null; percent: boolean }[];
}

export interface ReportTrend {
  kind: ReportMetricKind;
  title: string;
  unit: 'week' | 'month';
  points: { label: string; figure: ReportFigure }[];
}

export interface ReportLeagueRow {
  store: string;
  current: ReportFigure;
  /** null when the report covers no period to compare with. */
  previous: ReportFigure | null;
  /** current − previous, in the metric's units. */
  change: number | null;
  /** A change significant at 95% (runCompare's test; never on a low base). */
  marker: 'up' | 'down' | null;
}

export interface ReportLeague {
  kind: ReportMetricKind;
  title: string;
  /** The period compared with (the one of equal length before the report's), when there is one. */
  previousPeriod: { from: string; to: string } | null;
  rows: ReportLeagueRow[];
}

export interface ReportDistribution {
  questionId: string;
  title: string;
  /** How the question is scored: colours the bars (NPS groups, CSAT 4–5, CES 5–7). */
  kind: ReportMetricKind;
  n: number;
  points: { value: number; n: number; share: number | null }[];
}

export interface ReportChoice {
  questionId: string;
  title: string;
  /** Responses that answered the question: the base of the shares. */
  n: number;
  top: { label: string; n: number; share: number | null }[];
}

export interface ReportModel {
  language: string;
  surveyName: string;
  /** Calendar days in the workspace's time zone; null ends mean "from the first" / "to today". */
  period: { from: string | null; to: string | null };
  responses: number;
  headlines: ReportHeadline[];
  trend: ReportTrend | null;
  league: ReportLeague | null;
  distributions: ReportDistribution[];
  choices: ReportChoice[];
  generatedAt: Date;
  timeZone: string;
}
