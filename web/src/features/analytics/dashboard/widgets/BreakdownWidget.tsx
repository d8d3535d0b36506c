// The metric per channel, wave, language or answer to a choice question, as bars; groups resting
// on fewer than 30 answers are drawn pale and say so in their tooltip.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WidgetOf } from '../../../../../../common/analytics/widgets';
import { useMetric } from '../../../../api/analytics';
import { barOption, type Bar } from '../../charts/bar-option';
import { EChart } from '../../charts/EChart';
import { formatCount, formatMetric } from '../../charts/format';
import { useDashboardEnv } from '../env';
import { WidgetState } from '../WidgetState';

interface Props {
  widget: WidgetOf<'breakdown'>;
  surveyId: string;
  title: string;
}

export function BreakdownWidget({ widget, surveyId, title }: Props) {
  const env = useDashboardEnv();
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { metric, by } = widget.config;
  const query = useMetric(env.workspaceId, {
    surveyId,
    metric,
    filters: env.filters,
    groupBy: [by],
    language: env.language,
  });
  const chart = useMemo(() => {
    const format = (v: number | null) => formatMetric(v, metric.kind, locale);
    const bars: Bar[] = (query.data?.rows ?? []).map((r) => ({
      label: r.labels[by] || t('analytics.none'),
      value: r.metric.value,
      pale: r.metric.lowBase,
      details: [
        `${t('analytics.baseShort')}: ${formatCount(r.metric.n, locale)}${r.metric.lowBase ? ` (${t('analytics.lowBaseShort')})` : ''}`,
        ...(r.metric.ci
          ? [`${t('analytics.confidenceBand')}: ${format(r.metric.ci[0])} – ${format(r.metric.ci[1])}`]
          : []),
      ],
    }));
    return {
      count: bars.length,
      option: barOption(bars, { horizontal: true, format: (v) => format(v) }),
    };
  }, [query.data, by, t, locale, metric.kind]);

  return (
    <WidgetState
      isPending={query.isPending}
      error={query.error}
      refetch={query.refetch}
      empty={query.data !== undefined && chart.count === 0}
    >
      <EChart option={chart.option} label={title} height={Math.max(160, chart.count * 34)} />
    </WidgetState>
  );
}
