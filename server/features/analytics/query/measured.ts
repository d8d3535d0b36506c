// Which answers a metric spec measures, checked against the survey's questions: a wrong question,
// item or metric for the question's type is the user's mistake (400 naming the field).
import type { MetricSpec } from '../../../../common/analytics/query';
import type { Scale } from '../../../../common/analytics/metrics';
import { metricFits } from '../../../../common/analytics/widgets';
import { AppError } from '../../../platform/errors';
import type { AnalyticsQuestion } from '../scope/questions';

export interface Measured {
  /** '' with item '' means the responses themselves (count without a question). */
  questionId: string;
  item: string;
  scale: Scale | null;
  weight?: number;
}

const invalid = (field: string, message: string) => new AppError(400, 'validation_failed', message, field);

function resolveOne(
  kind: MetricSpec['kind'],
  questions: readonly AnalyticsQuestion[],
  questionId: string,
  item: string,
  field: string,
): Measured {
  const q = questions.find((x) => x.id === questionId);
  if (!q) throw invalid(`${field}.questionId`, `The survey has no question "${questionId}".`);
  if (!metricFits(kind, q))
    throw invalid(`${field}.questionId`, `A ${kind} metric cannot be computed on a ${q.type} question.`);
  let part = item;
  if (q.type === 'importance_performance' && part === '') part = 'performance';
  if (q.items.length) {
    if (!q.items.some((i) => i.id === part))
      throw invalid(`${field}.item`, `Question "${q.id}" has no row "${part}"; pick one of its rows.`);
  } else if (part !== '' && !(kind === 'count' && q.options.some((o) => o.id === part))) {
    throw invalid(`${field}.item`, `Question "${q.id}" has no part "${part}".`);
  }
  return { questionId: q.id, item: part, scale: q.scale };
}

export function resolveMeasured(spec: MetricSpec, questions: readonly AnalyticsQuestion[]): Measured[] {
  if (spec.kind === 'index') {
    return (spec.items ?? []).map((i, k) => ({
      ...resolveOne('index', questions, i.questionId, i.item, `metric.items.${k}`),
      ...(i.weight === undefined ? {} : { weight: i.weight }),
    }));
  }
  if (!spec.questionId) {
    if (spec.kind !== 'count') throw invalid('metric.questionId', 'This metric needs a question.');
    return [{ questionId: '', item: '', scale: null }];
  }
  return [resolveOne(spec.kind, questions, spec.questionId, spec.item, 'metric')];
}
