// A crosstab of two categorical variables over the filtered responses, with row and column
// percentages and Pearson's chi-square test of independence. Responses with no value on either
// variable (unanswered, no location, no wave) are left out of the table.
import { chiSquareTest } from '../../../../common/analytics/significance';
import type { Tx } from '../../../db/database';
import { loadLabelLookups, type LabelLookups } from '../query/labels';
import { loadAnalyticsSurvey } from '../scope/questions';
import { responseScope } from '../scope/response-scope';
import { invalid } from './measures';
import type { CrosstabAnswer, CrosstabBody } from './schemas';
import { crosstabCounts } from './store';
import {
  declaredKeys,
  isMultipleResponse,
  parseVariable,
  variableLabel,
  variableOrder,
  variableSql,
  type ParsedVariable,
} from './variables';

export async function runCrosstab(tx: Tx, workspaceId: string, body: CrosstabBody): Promise<CrosstabAnswer> {
  const survey = await loadAnalyticsSurvey(tx, workspaceId, body.surveyId);
  if (body.rows === body.columns) throw invalid('columns', 'Pick two different variables.');
  const rowVar = parseVariable(body.rows, survey.questions, 'rows');
  const columnVar = parseVariable(body.columns, survey.questions, 'columns');
  const language = body.language ?? survey.defaultLanguage;
  const lookups = await loadLabelLookups(tx, workspaceId, body.surveyId, survey.questions, language);

  const scope = await responseScope(tx, workspaceId, body.surveyId, body.filters);
  const r = variableSql(rowVar, 0, workspaceId);
  const c = variableSql(columnVar, 1, workspaceId);
  const { cells, responses } = await crosstabCounts(
    tx,
    scope,
    [r.key, c.key],
    [r.join, c.join].flatMap((j) => (j ? [j] : [])),
  );

  const rows = axis(
    rowVar,
    cells.map((cell) => cell.k0),
    lookups,
  );
  const columns = axis(
    columnVar,
    cells.map((cell) => cell.k1),
    lookups,
  );
  const counts = rows.map(() => columns.map(() => 0));
  for (const cell of cells) {
    counts[rows.findIndex((x) => x.key === cell.k0)]![columns.findIndex((x) => x.key === cell.k1)] = cell.n;
  }
  const rowTotals = counts.map((row) => row.reduce((s, x) => s + x, 0));
  const columnTotals = columns.map((_, j) => counts.reduce((s, row) => s + row[j]!, 0));
  const percent = (x: number, of: number) => (of > 0 ? (x / of) * 100 : null);
  // A multiple choice breaks the test's assumption that each response sits in one cell.
  const multipleResponse = isMultipleResponse(rowVar) || isMultipleResponse(columnVar);

  return {
    rows,
    columns,
    counts,
    rowPercents: counts.map((row, i) => row.map((x) => percent(x, rowTotals[i]!))),
    columnPercents: counts.map((row) => row.map((x, j) => percent(x, columnTotals[j]!))),
    rowTotals,
    columnTotals,
    total: responses,
    test: multipleResponse ? null : chiSquareTest(counts),
    multipleResponse,
  };
}

/** The keys of one axis: the declared ones and any others found, in the variable's natural order. */
function axis(v: ParsedVariable, found: readonly string[], lookups: LabelLookups) {
  const keys = [...new Set([...declaredKeys(v), ...found])];
  const order = (k: string) => variableOrder(v, k, lookups);
  keys.sort((a, b) => {
    const x = order(a);
    const y = order(b);
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  });
  return keys.map((key) => ({ key, label: variableLabel(v, key, lookups) }));
}
