// What the analysis tabs let people pick, from a survey's questions: the numeric answers (for
// drivers and derived importance) and the categorical variables (for crosstabs).
import type { AnalyticsQuestion } from '../../../api/analytics';
import type { MeasureRef } from '../../../api/analytics-analysis';

export interface MeasureChoice extends MeasureRef {
  /** `questionId` or `questionId:item`, for a Select's value. */
  key: string;
  label: string;
  type: string;
}

export const measureKey = (m: MeasureRef): string => (m.item ? `${m.questionId}:${m.item}` : m.questionId);

export function parseMeasureKey(key: string): MeasureRef {
  const at = key.indexOf(':');
  return at < 0 ? { questionId: key, item: '' } : { questionId: key.slice(0, at), item: key.slice(at + 1) };
}

/** Every numeric answer of the survey: scored questions, each matrix row, each importance/performance part. */
export function numericMeasures(questions: readonly AnalyticsQuestion[]): MeasureChoice[] {
  return questions.flatMap((q) => {
    if (q.scale === null && q.type !== 'number') return [];
    if (q.items.length === 0)
      return [{ questionId: q.id, item: '', key: q.id, label: q.title, type: q.type }];
    return q.items.map((row) => {
      const m = { questionId: q.id, item: row.id };
      return { ...m, key: measureKey(m), label: `${q.title} — ${row.label}`, type: q.type };
    });
  });
}

/** The outcome a driver analysis starts with: the NPS, else an overall rating, else the first score. */
export function defaultOutcome(measures: readonly MeasureChoice[]): MeasureChoice | undefined {
  return (
    measures.find((m) => m.type === 'nps') ??
    measures.find((m) => m.questionId.includes('overall')) ??
    measures.find((m) => ['rating', 'csat'].includes(m.type))
  );
}

/**
 * The attributes it starts with: the matrix rows and other ratings (not NPS or the outcome), at
 * most 30. SERVQUAL expectation matrices (`exp_…`) are left out: they rate an ideal, not the visit.
 */
export function defaultAttributes(
  measures: readonly MeasureChoice[],
  outcome: MeasureRef | undefined,
): MeasureChoice[] {
  return measures
    .filter((m) => ['matrix', 'rating', 'csat', 'ces'].includes(m.type) && !m.questionId.startsWith('exp_'))
    .filter((m) => !outcome || measureKey(m) !== measureKey(outcome))
    .slice(0, 30);
}

export type VariableGroup = 'response' | 'answers' | 'nps';

export interface VariableChoice {
  value: string;
  group: VariableGroup;
  /** A response property (its name translates as `analysis.variables.<name>`) or the question's title. */
  label: { property: ResponseProperty } | { text: string };
}

const RESPONSE_VARIABLES = [
  'channel',
  'language',
  'wave',
  'location',
  'location:region',
  'location:brand',
] as const;
type ResponseProperty = 'channel' | 'language' | 'wave' | 'location' | 'location_region' | 'location_brand';

export function crosstabVariables(questions: readonly AnalyticsQuestion[]): VariableChoice[] {
  return [
    ...questions
      .filter((q) => ['single_choice', 'multiple_choice', 'dropdown'].includes(q.type))
      .map((q) => ({ value: `answer:${q.id}`, group: 'answers' as const, label: { text: q.title } })),
    ...questions
      .filter((q) => q.type === 'nps')
      .map((q) => ({ value: `nps_group:${q.id}`, group: 'nps' as const, label: { text: q.title } })),
    ...RESPONSE_VARIABLES.map((v) => ({
      value: v,
      group: 'response' as const,
      label: { property: v.replace(':', '_') as ResponseProperty },
    })),
  ];
}

/** Rows: the first choice question (else the channel); columns: the first NPS group (else the language). */
export function defaultVariables(choices: readonly VariableChoice[]): { rows: string; columns: string } {
  const rows = choices.find((c) => c.group === 'answers')?.value ?? 'channel';
  const columns =
    choices.find((c) => c.group === 'nps')?.value ?? (rows === 'channel' ? 'language' : 'channel');
  return { rows, columns };
}
