// Stores (or regions) ranked by the metric this period, beside the previous period: the change
// carries ▲▼ only where it is significant at 95% (p-value and test in its tooltip); figures on
// fewer than 30 answers carry the low-base mark.
import { WarningOutlined } from '@ant-design/icons';
import { Flex, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { MIN_BASE } from '../../../../../../common/analytics/metrics';
import type { WidgetOf } from '../../../../../../common/analytics/widgets';
import { useCompare, type CompareRow } from '../../../../api/analytics';
import { formatCount, formatDifference, formatMetric, formatP } from '../../charts/format';
import { currentRange, undated, useDashboardEnv } from '../env';
import { LOW_BASE_COLOR, WidgetState } from '../WidgetState';
import { ChangeMark } from './ChangeMark';

interface Props {
  widget: WidgetOf<'league_table'>;
  surveyId: string;
}

const byNumber = (a: number | null, b: number | null) => (a ?? -Infinity) - (b ?? -Infinity);

export function LeagueTableWidget({ widget, surveyId }: Props) {
  const env = useDashboardEnv();
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { metric, level, unit } = widget.config;
  const dim = `location:${level}` as const;
  const range = currentRange(env);
  const query = useCompare(env.workspaceId, {
    surveyId,
    metric,
    filters: undated(env.filters),
    // The dashboard's date range against the one before it; on "all time", the last whole unit.
    compare: range ? { kind: 'period', unit: 'custom', current: range } : { kind: 'period', unit },
    groupBy: [dim],
    language: env.language,
  });
  const data = query.data;
  const fmt = (v: number | null) => formatMetric(v, metric.kind, locale);
  const lowBase = (n: number) => (
    <Tooltip title={t('analytics.lowBaseHelp', { min: MIN_BASE })}>
      <WarningOutlined
        style={{ color: LOW_BASE_COLOR, marginInlineStart: 4 }}
        aria-label={t('analytics.lowBase', { n })}
      />
    </Tooltip>
  );

  const columns: TableColumnsType<CompareRow> = [
    {
      key: 'location',
      title: t(`analytics.levels.${level}`),
      render: (_, r) => r.labels[dim] || t('analytics.noLocation'),
      sorter: (a, b) => (a.labels[dim] ?? '').localeCompare(b.labels[dim] ?? '', locale),
    },
    {
      key: 'current',
      // The periods' dates are long for a column head: they go in its tooltip.
      title: <span title={data?.a.label}>{t('analytics.thisPeriod')}</span>,
      align: 'end',
      defaultSortOrder: 'descend',
      sorter: (a, b) => byNumber(a.a.value, b.a.value),
      render: (_, r) => (
        <Flex vertical align="end">
          <span style={{ whiteSpace: 'nowrap' }}>
            {fmt(r.a.value)}
            {r.a.n > 0 && r.a.lowBase && lowBase(r.a.n)}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {t('analytics.base', { n: formatCount(r.a.n, locale) })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'previous',
      title: <span title={data?.b.label}>{t('analytics.previousPeriod')}</span>,
      align: 'end',
      sorter: (a, b) => byNumber(a.b.value, b.b.value),
      render: (_, r) => (
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {fmt(r.b.value)}
          {r.b.n > 0 && r.b.lowBase && lowBase(r.b.n)}
        </Typography.Text>
      ),
    },
    {
      key: 'change',
      title: t('analytics.change'),
      align: 'end',
      sorter: (a, b) => byNumber(a.difference, b.difference),
      render: (_, r) => (
        <Tooltip
          title={
            r.test
              ? t('analytics.testTooltip', {
                  p: formatP(r.test.p, locale),
                  method: t(`analytics.tests.${r.test.method}`),
                })
              : t('analytics.noTest')
          }
        >
          <span style={{ whiteSpace: 'nowrap' }}>
            <ChangeMark difference={r.difference} test={r.test} kind={metric.kind} />{' '}
            {formatDifference(r.difference, metric.kind, locale)}
          </span>
        </Tooltip>
      ),
    },
  ];

  return (
    <WidgetState
      isPending={query.isPending}
      error={query.error}
      refetch={query.refetch}
      empty={data !== undefined && data.total.a.n === 0 && data.total.b.n === 0}
    >
      <div data-testid="league-table">
        <Table<CompareRow>
          size="small"
          rowKey={(r) => r.group[dim] ?? 'none'}
          columns={columns}
          dataSource={data?.rows ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </div>
    </WidgetState>
  );
}
