// How the answers spread: the share of answers per scale point (NPS points coloured by group), or
// per option of a choice question.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_BASE } from '../../../../../../common/analytics/metrics';
import type { WidgetOf } from '../../../../../../common/analytics/widgets';
import { CHOICE_TYPES } from '../../../../../../common/analytics/widgets';
import { useAnalyticsQuestions, useMetric, type MetricAnswer } from '../../../../api/analytics';
import { barOption, npsPointColor, type Bar } from '../../charts/bar-option';
import { EChart } from '../../charts/EChart';
import { formatCount } from '../../charts/format';
import { useDashboardEnv } from '../env';
import { LowBase, WidgetState } from '../WidgetState';

interface Props {
  widget: WidgetOf<'distribution'>;
  surveyId: string;
  title: string;
}

export function DistributionWidget({ widget, surveyId, title }: Props) {
  const env = useDashboardEnv();
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { questionId, item } = widget.config;
  const questions = useAnalyticsQuestions(env.workspaceId, surveyId, env.language);
  const question = questions.data?.find((q) => q.id === questionId);
  const choice = question ? (CHOICE_TYPES as readonly string[]).includes(question.type) : null;
  const query = useMetric(
    env.workspaceId,
    choice === null
      ? null
      : choice
        ? {
            surveyId,
            metric: { kind: 'count', questionId },
            filters: env.filters,
            groupBy: [`answer:${questionId}`],
            language: env.language,
          }
        : {
            surveyId,
            metric: { kind: 'distribution', questionId, item },
            filters: env.filters,
            language: env.language,
          },
  );
  const option = useMemo(() => {
    if (!query.data) return null;
    const bars = barsOf(
      query.data,
      Boolean(choice),
      question?.type === 'nps',
      t('analytics.noAnswerOption'),
      (n) => t('analytics.answers', { n: formatCount(n, locale) }),
    );
    const share = (v: number) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(v / 100);
    return {
      chart: barOption(bars, { horizontal: Boolean(choice), format: share }),
      height: choice ? Math.max(160, bars.length * 32) : 220,
    };
  }, [query.data, choice, question?.type, t, locale]);
  const n = query.data?.total.metric.n ?? 0;
  // A question the survey no longer has (loaded, not found) shows as empty rather than loading forever.
  const missing = questions.data !== undefined && !question;

  return (
    <WidgetState
      isPending={questions.isPending || (!missing && query.isPending)}
      error={questions.error ?? query.error}
      refetch={() => (questions.error ? questions.refetch() : query.refetch())}
      empty={missing || (query.data !== undefined && n === 0)}
    >
      {option && <EChart option={option.chart} label={title} height={option.height} />}
      {n > 0 && n < MIN_BASE && <LowBase n={n} />}
    </WidgetState>
  );
}

/** Bars in % of answers: scale points in order, or options in the question's order. */
function barsOf(
  answer: MetricAnswer,
  choice: boolean,
  nps: boolean,
  noOption: string,
  answers: (n: number) => string,
): Bar[] {
  if (!choice)
    return (answer.total.distribution ?? []).map((p) => ({
      label: String(p.value),
      value: p.share ?? 0,
      details: [answers(p.n)],
      ...(nps ? { color: npsPointColor(p.value) } : {}),
    }));
  const total = answer.total.metric.value ?? answer.total.metric.n;
  return answer.rows.map((r) => {
    const count = r.metric.value ?? 0;
    const label = Object.values(r.labels)[0] || noOption;
    return { label, value: total > 0 ? (count / total) * 100 : 0, details: [answers(count)] };
  });
}
