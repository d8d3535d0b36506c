// SERVQUAL gap analysis: for each item, perception mean − expectation mean (each over the
// filtered responses that answered it), averaged per dimension and then over the dimensions
// (common/analytics/gap.ts). The pairs are the survey's `exp_<dimension>` / `perc_<dimension>`
// matrices (the SERVQUAL template's layout) unless the request names them.
import { servqualGaps, type GapItemInput } from '../../../../common/analytics/gap';
import type { Tx } from '../../../db/database';
import { loadAnalyticsSurvey, textIn, type AnalyticsQuestion } from '../scope/questions';
import { responseScope } from '../scope/response-scope';
import { hasNumbers, invalid, notPossible, unpiped } from './measures';
import type { GapAnswer, GapBody } from './schemas';
import { itemMeans } from './store';

interface PairedItem {
  dimension: string;
  dimensionLabel: string;
  item: string;
  label: string;
  expectation: string;
  perception: string;
}

export async function runGap(tx: Tx, workspaceId: string, body: GapBody): Promise<GapAnswer> {
  const survey = await loadAnalyticsSurvey(tx, workspaceId, body.surveyId);
  const language = body.language ?? survey.defaultLanguage;
  const paired = body.pairs
    ? namedPairs(survey.questions, body.pairs, language)
    : servqualPairs(survey.questions, language);
  if (paired.length === 0)
    throw notPossible(
      'This survey has no expectation and perception matrices (exp_<dimension> and perc_<dimension>); name the pairs to compare.',
      'pairs',
    );

  const scope = await responseScope(tx, workspaceId, body.surveyId, body.filters);
  const questionIds = [...new Set(paired.flatMap((p) => [p.expectation, p.perception]))];
  const means = await itemMeans(tx, workspaceId, body.surveyId, scope, questionIds);
  const side = (questionId: string, item: string) => {
    const row = means.find((m) => m.question_id === questionId && m.item === item);
    return { mean: row?.mean ?? null, n: row?.n ?? 0 };
  };
  const inputs: GapItemInput[] = paired.map((p) => ({
    dimension: p.dimension,
    item: p.item,
    expectation: side(p.expectation, p.item),
    perception: side(p.perception, p.item),
  }));
  const result = servqualGaps(inputs);
  const dimensionLabel = (d: string) => paired.find((p) => p.dimension === d)?.dimensionLabel ?? d;
  return {
    items: result.items.map((item, k) => ({ ...item, label: paired[k]!.label })),
    dimensions: result.dimensions.map((d) => ({ ...d, label: dimensionLabel(d.dimension) })),
    overall: result.overall,
  };
}

/** Every matrix `perc_X` with a matrix `exp_X`: dimension X, the rows both have. */
function servqualPairs(questions: readonly AnalyticsQuestion[], language: string): PairedItem[] {
  return questions.flatMap((perception) => {
    if (perception.type !== 'matrix' || !perception.id.startsWith('perc_')) return [];
    const dimension = perception.id.slice('perc_'.length);
    const expectation = questions.find((q) => q.id === `exp_${dimension}` && q.type === 'matrix');
    return expectation ? rowsOf(expectation, perception, dimension, undefined, language) : [];
  });
}

function namedPairs(
  questions: readonly AnalyticsQuestion[],
  pairs: NonNullable<GapBody['pairs']>,
  language: string,
): PairedItem[] {
  return pairs.flatMap((pair, k) => {
    const find = (side: 'expectation' | 'perception') => {
      const q = questions.find((x) => x.id === pair[side]);
      if (!q) throw invalid(`pairs.${k}.${side}`, `The survey has no question "${pair[side]}".`);
      if (!hasNumbers(q) || q.type === 'importance_performance')
        throw invalid(`pairs.${k}.${side}`, `Question "${q.id}" (${q.type}) cannot be one side of a gap.`);
      return q;
    };
    const expectation = find('expectation');
    const perception = find('perception');
    if (expectation.items.length > 0 !== perception.items.length > 0)
      throw invalid(
        `pairs.${k}.perception`,
        'Pair a matrix with a matrix, or a single question with a single question.',
      );
    const items = rowsOf(expectation, perception, pair.dimension ?? perception.id, pair.dimension, language);
    if (items.length === 0)
      throw invalid(
        `pairs.${k}.perception`,
        `"${perception.id}" has no row with the same id as a row of "${expectation.id}".`,
      );
    return items;
  });
}

/** The items of one pair: the rows (by id) both matrices have, or the single answer of two scalars. */
function rowsOf(
  expectation: AnalyticsQuestion,
  perception: AnalyticsQuestion,
  dimension: string,
  dimensionName: string | undefined,
  language: string,
): PairedItem[] {
  const dimensionLabel = dimensionName ?? unpiped(textIn(perception.title, language, dimension));
  const base = { dimension, dimensionLabel, expectation: expectation.id, perception: perception.id };
  if (perception.items.length === 0) return [{ ...base, item: '', label: dimensionLabel }];
  return perception.items
    .filter((row) => expectation.items.some((e) => e.id === row.id))
    .map((row) => ({ ...base, item: row.id, label: unpiped(textIn(row.label, language, row.id)) }));
}
