// The numeric answers an analysis reads, checked against the survey's questions: a question that
// does not exist, has no numbers, or a row it does not have is the user's mistake (400 naming the
// field, e.g. `attributes.2.questionId`).
import type { Scale } from '../../../../common/analytics/metrics';
import type { AnalyticsQuestion } from '../scope/questions';
import { textIn } from '../scope/questions';
import { AppError } from '../../../platform/errors';
import type { MeasureInput } from './schemas';

export interface Measure {
  questionId: string;
  item: string;
  scale: Scale | null;
  /** The question's title, and the row's label for a matrix row (in the asked language). */
  label: string;
}

export const invalid = (field: string, message: string) =>
  new AppError(400, 'validation_failed', message, field);

/** An analysis the data cannot support: 422, with the field at fault when there is one. */
export const notPossible = (message: string, field?: string) =>
  new AppError(422, 'analysis_not_possible', message, field);

/** Piped text ({{h:brand}}, {{q:nps}}) differs per respondent: a label shows a placeholder. */
export const unpiped = (text: string) => text.replace(/\{\{[qh]:[^}]*\}\}/g, '…');

export function hasNumbers(q: AnalyticsQuestion): boolean {
  return q.scale !== null || q.type === 'number';
}

/** Checks one `{questionId, item}` (at `field`) and says how to read and label it. */
export function resolveMeasure(
  questions: readonly AnalyticsQuestion[],
  input: MeasureInput,
  field: string,
  language: string,
): Measure {
  const q = questions.find((x) => x.id === input.questionId);
  if (!q) throw invalid(`${field}.questionId`, `The survey has no question "${input.questionId}".`);
  if (!hasNumbers(q))
    throw invalid(`${field}.questionId`, `Question "${q.id}" (${q.type}) has no numeric answers to analyse.`);
  const title = unpiped(textIn(q.title, language, q.id));
  // An importance–performance pair is measured by its performance unless the importance is asked for.
  const item = q.type === 'importance_performance' && input.item === '' ? 'performance' : input.item;
  if (q.items.length === 0) {
    if (item !== '') throw invalid(`${field}.item`, `Question "${q.id}" has no rows; leave the item out.`);
    return { questionId: q.id, item, scale: q.scale, label: title };
  }
  const row = q.items.find((i) => i.id === item);
  if (!row)
    throw invalid(
      `${field}.item`,
      item === ''
        ? `Question "${q.id}" has rows: name one (${q.items.map((i) => i.id).join(', ')}).`
        : `Question "${q.id}" has no row "${item}".`,
    );
  const rowLabel = unpiped(textIn(row.label, language, row.id));
  return {
    questionId: q.id,
    item,
    scale: q.scale,
    label: q.type === 'matrix' ? rowLabel : `${title}: ${rowLabel}`,
  };
}

/** resolveMeasure for a list, refusing the same answer twice (or the outcome among the attributes). */
export function resolveMeasures(
  questions: readonly AnalyticsQuestion[],
  inputs: readonly MeasureInput[],
  field: string,
  language: string,
  taken: readonly Measure[] = [],
): Measure[] {
  const seen = taken.map((m) => `${m.questionId}\u0000${m.item}`);
  return inputs.map((input, k) => {
    const m = resolveMeasure(questions, input, `${field}.${k}`, language);
    const key = `${m.questionId}\u0000${m.item}`;
    if (seen.includes(key))
      throw invalid(
        `${field}.${k}`,
        `"${m.questionId}${m.item ? `.${m.item}` : ''}" is already in the analysis.`,
      );
    seen.push(key);
    return m;
  });
}
