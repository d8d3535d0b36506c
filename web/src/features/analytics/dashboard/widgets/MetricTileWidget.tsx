// One figure, large: the metric over the dashboard's period, its base, and — when the period is a
// date range — the change against the period of equal length before it, with an arrow only when
// the change is significant at 95%.
import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCompare, useMetric, type MetricResult, type TestResult } from '../../../../api/analytics';
import type { WidgetOf } from '../../../../../../common/analytics/widgets';
import { formatCount, formatDifference, formatMetric, formatP } from '../../charts/format';
import { currentRange, undated, useDashboardEnv } from '../env';
import { LowBase, WidgetState } from '../WidgetState';
import { ChangeMark } from './ChangeMark';

interface Props {
  widget: WidgetOf<'metric_tile'>;
  surveyId: string;
}

export function MetricTileWidget({ widget, surveyId }: Props) {
  const env = useDashboardEnv();
  const { metric, comparePrevious } = widget.config;
  const range = comparePrevious ? currentRange(env) : null;
  const compared = useCompare(
    env.workspaceId,
    range
      ? {
          surveyId,
          metric,
          filters: undated(env.filters),
          compare: { kind: 'period', unit: 'custom', current: range },
          language: env.language,
        }
      : null,
  );
  const single = useMetric(
    env.workspaceId,
    range ? null : { surveyId, metric, filters: env.filters, language: env.language },
  );
  const query = range ? compared : single;
  const current = range ? compared.data?.total.a : single.data?.total.metric;

  return (
    <WidgetState
      isPending={query.isPending}
      error={query.error}
      refetch={query.refetch}
      empty={current !== undefined && current.n === 0}
    >
      {current && (
        <Tile
          kind={metric.kind}
          current={current}
          previous={compared.data?.total.b ?? null}
          difference={compared.data?.total.difference ?? null}
          test={compared.data?.total.test ?? null}
        />
      )}
    </WidgetState>
  );
}

interface TileProps {
  kind: WidgetOf<'metric_tile'>['config']['metric']['kind'];
  current: MetricResult;
  previous: MetricResult | null;
  difference: number | null;
  test: TestResult | null;
}

function Tile({ kind, current, previous, difference, test }: TileProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong style={{ fontSize: 36, lineHeight: 1.1 }} data-testid="metric-value">
        {formatMetric(current.value, kind, locale)}
      </Typography.Text>
      <Flex gap={8} wrap align="center">
        <Typography.Text type="secondary">
          {t('analytics.base', { n: formatCount(current.n, locale) })}
        </Typography.Text>
        {current.lowBase && <LowBase n={current.n} />}
      </Flex>
      {previous && previous.n === 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('analytics.noPrevious')}
        </Typography.Text>
      )}
      {previous && previous.n > 0 && (
        <Tooltip
          title={
            test
              ? t('analytics.testTooltip', {
                  p: formatP(test.p, locale),
                  method: t(`analytics.tests.${test.method}`),
                })
              : t('analytics.noTest')
          }
        >
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            <ChangeMark difference={difference} test={test} kind={kind} />{' '}
            {t('analytics.vsPrevious', {
              value: formatMetric(previous.value, kind, locale),
              change: formatDifference(difference, kind, locale),
            })}
          </Typography.Text>
        </Tooltip>
      )}
    </Flex>
  );
}
