// Key-driver analysis of an outcome (NPS, overall satisfaction) on 2–30 attribute ratings, over
// the filtered responses that answered all of them: correlations, standardised betas and
// Johnson's relative weights (common/analytics/drivers.ts). PostgreSQL sums the products in one
// query; no response is loaded into the server.
import { keyDrivers, type DriverAnalysis } from '../../../../common/analytics/drivers';
import { MIN_BASE } from '../../../../common/analytics/metrics';
import type { Tx } from '../../../db/database';
import { loadAnalyticsSurvey } from '../scope/questions';
import { responseScope } from '../scope/response-scope';
import { notPossible, resolveMeasure, resolveMeasures, type Measure } from './measures';
import type { DriversAnswer, DriversBody } from './schemas';
import { driverMoments } from './store';

export async function runDrivers(tx: Tx, workspaceId: string, body: DriversBody): Promise<DriversAnswer> {
  const survey = await loadAnalyticsSurvey(tx, workspaceId, body.surveyId);
  const language = body.language ?? survey.defaultLanguage;
  const outcome = resolveMeasure(survey.questions, body.outcome, 'outcome', language);
  const attributes = resolveMeasures(survey.questions, body.attributes, 'attributes', language, [outcome]);

  const scope = await responseScope(tx, workspaceId, body.surveyId, body.filters);
  const moments = await driverMoments(tx, workspaceId, body.surveyId, scope, [outcome, ...attributes]);
  const analysis = keyDrivers(moments);
  if (!analysis.ok) throw refusal(analysis, moments.n, attributes);

  const m = (x: Measure) => ({ questionId: x.questionId, item: x.item, label: x.label });
  return {
    n: analysis.n,
    r2: analysis.r2,
    lowBase: analysis.n < MIN_BASE,
    outcome: { ...m(outcome), mean: moments.n > 0 ? moments.sums[0]! / moments.n : null },
    drivers: analysis.drivers.map((d, j) => ({ ...m(attributes[j]!), ...d })),
  };
}

/** Why the data cannot carry the model, as a 422 naming the answer at fault. */
function refusal(failure: Extract<DriverAnalysis, { ok: false }>, n: number, attributes: readonly Measure[]) {
  const at = failure.attribute ?? 0;
  const name = attributes[at] ? `"${attributes[at].label}"` : 'an attribute';
  switch (failure.reason) {
    case 'too_few_cases':
      return notPossible(
        `Only ${n} responses answered the outcome and every attribute; ${attributes.length} attributes need at least ${Math.max(3, attributes.length + 2)}.`,
      );
    case 'constant_outcome':
      return notPossible(
        'Every response gave the outcome the same answer: there is nothing to explain.',
        'outcome.questionId',
      );
    case 'constant_attribute':
      return notPossible(`Every response gave ${name} the same answer.`, `attributes.${at}.questionId`);
    case 'collinear':
      return notPossible(
        `${name} is a combination of other attributes (they carry the same information); leave one out.`,
        `attributes.${at}.questionId`,
      );
  }
}
