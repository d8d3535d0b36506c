// Importance–performance analysis (Martilla & James 1977). Stated importance: each
// importance–performance question asks both, and its two means are the point. Derived importance:
// each attribute's Pearson correlation with the outcome (over the responses that answered both),
// its mean as the performance. Crosshairs at the grand means (common/analytics/gap.ts).
import { correlationFromSums } from '../../../../common/analytics/drivers';
import { importancePerformance } from '../../../../common/analytics/gap';
import type { Tx } from '../../../db/database';
import { loadAnalyticsSurvey, textIn, type AnalyticsSurvey } from '../scope/questions';
import { responseScope } from '../scope/response-scope';
import { invalid, notPossible, resolveMeasure, resolveMeasures, unpiped } from './measures';
import type { ImportancePerformanceAnswer, ImportancePerformanceBody } from './schemas';
import { itemMeans, pairSums } from './store';

interface Point {
  questionId: string;
  item: string;
  label: string;
  importance: number | null;
  performance: number | null;
  n: number;
}

export async function runImportancePerformance(
  tx: Tx,
  workspaceId: string,
  body: ImportancePerformanceBody,
): Promise<ImportancePerformanceAnswer> {
  const survey = await loadAnalyticsSurvey(tx, workspaceId, body.surveyId);
  const language = body.language ?? survey.defaultLanguage;
  const points =
    body.importance === 'stated'
      ? await statedPoints(tx, workspaceId, survey, body, language)
      : await derivedPoints(tx, workspaceId, survey, body, language);
  const { points: placed, crosshair } = importancePerformance(points);
  return { importance: body.importance, points: placed, crosshair };
}

async function statedPoints(
  tx: Tx,
  workspaceId: string,
  survey: AnalyticsSurvey,
  body: ImportancePerformanceBody,
  language: string,
): Promise<Point[]> {
  const pairs = survey.questions.filter((q) => q.type === 'importance_performance');
  const chosen = body.attributes
    ? body.attributes.map((a, k) => {
        const q = pairs.find((p) => p.id === a.questionId);
        if (!q)
          throw invalid(
            `attributes.${k}.questionId`,
            `"${a.questionId}" is not an importance–performance question of this survey.`,
          );
        return q;
      })
    : pairs;
  if (chosen.length === 0)
    throw notPossible(
      'This survey has no importance–performance questions: use derived importance (correlation with an outcome).',
      'importance',
    );
  const scope = await responseScope(tx, workspaceId, body.surveyId, body.filters);
  const means = await itemMeans(
    tx,
    workspaceId,
    body.surveyId,
    scope,
    chosen.map((q) => q.id),
  );
  const of = (questionId: string, item: string) =>
    means.find((m) => m.question_id === questionId && m.item === item);
  return chosen.map((q) => {
    const importance = of(q.id, 'importance');
    const performance = of(q.id, 'performance');
    return {
      questionId: q.id,
      item: '',
      label: unpiped(textIn(q.title, language, q.id)),
      importance: importance?.mean ?? null,
      performance: performance?.mean ?? null,
      n: Math.min(importance?.n ?? 0, performance?.n ?? 0),
    };
  });
}

async function derivedPoints(
  tx: Tx,
  workspaceId: string,
  survey: AnalyticsSurvey,
  body: ImportancePerformanceBody,
  language: string,
): Promise<Point[]> {
  // The schema makes sure both are there for derived importance.
  const outcome = resolveMeasure(survey.questions, body.outcome!, 'outcome', language);
  const attributes = resolveMeasures(survey.questions, body.attributes!, 'attributes', language, [outcome]);
  const scope = await responseScope(tx, workspaceId, body.surveyId, body.filters);
  const sums = await pairSums(tx, workspaceId, body.surveyId, scope, outcome, attributes);
  return attributes.map((a, k) => ({
    questionId: a.questionId,
    item: a.item,
    label: a.label,
    importance: correlationFromSums(sums[k]!),
    performance: sums[k]!.mean,
    n: sums[k]!.n,
  }));
}
