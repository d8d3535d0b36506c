// The metric week by week (or month by month) inside its 95% confidence band, or one line per
// store or region.
import { Flex } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetric } from '../../../../api/analytics';
import type { WidgetOf } from '../../../../../../common/analytics/widgets';
import { EChart } from '../../charts/EChart';
import { formatMetric } from '../../charts/format';
import { trendByLocationOption, trendOption, type TrendTexts } from '../../charts/trend-option';
import { useDashboardEnv } from '../env';
import { LowBase, WidgetState } from '../WidgetState';

interface Props {
  widget: WidgetOf<'trend'>;
  surveyId: string;
  title: string;
}

export function TrendWidget({ widget, surveyId, title }: Props) {
  const env = useDashboardEnv();
  const { t, i18n } = useTranslation();
  const { metric, unit, byLocation } = widget.config;
  const period = `period:${unit}` as const;
  const location = byLocation ? (`location:${byLocation}` as const) : null;
  const query = useMetric(env.workspaceId, {
    surveyId,
    metric,
    filters: env.filters,
    groupBy: location ? [period, location] : [period],
    language: env.language,
  });
  const rows = query.data?.rows;
  const option = useMemo(() => {
    if (!rows) return null;
    const texts: TrendTexts = {
      integer: metric.kind === 'count',
      format: (v) => formatMetric(v, metric.kind, i18n.language),
      value: t(`analytics.metrics.${metric.kind}`, { n: metric.box }),
      band: t('analytics.confidenceBand'),
      base: t('analytics.baseShort'),
      lowBase: t('analytics.lowBaseShort'),
    };
    return location
      ? trendByLocationOption(rows, period, location, texts, t('analytics.noLocation'))
      : trendOption(rows, period, texts);
  }, [rows, metric.kind, metric.box, period, location, t, i18n.language]);
  const lowBasePoints = rows?.filter((r) => r.metric.lowBase && r.metric.n > 0) ?? [];

  return (
    <WidgetState
      isPending={query.isPending}
      error={query.error}
      refetch={query.refetch}
      empty={query.data !== undefined && (rows?.length ?? 0) === 0}
    >
      {option && <EChart option={option} label={title} height={240} />}
      {!location && lowBasePoints.length > 0 && (
        <Flex justify="end">
          <LowBase n={Math.min(...lowBasePoints.map((r) => r.metric.n))} />
        </Flex>
      )}
    </WidgetState>
  );
}
