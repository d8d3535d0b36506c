// SERVQUAL gap: the overall gap, a bar per dimension (red where perception falls short) and the
// item table with both means.
import { Empty, Flex, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilters } from '../../../api/analytics';
import { useGap, type GapAnswer } from '../../../api/analytics-analysis';
import { EChart } from '../charts/EChart';
import { formatCount } from '../charts/format';
import { gapBarOption } from './analysis-charts';
import { AnalysisState } from './AnalysisState';
import { fixed, signed } from './numbers';

interface Props {
  workspaceId: string;
  surveyId: string;
  filters: AnalyticsFilters;
}

export function ServqualSection({ workspaceId, surveyId, filters }: Props) {
  const { t, i18n } = useTranslation();
  const gap = useGap(workspaceId, { surveyId, filters, language: i18n.language });
  return (
    <section aria-labelledby="servqual-title">
      <Typography.Title level={4} id="servqual-title">
        {t('analysis.gap.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('analysis.gap.description')}</Typography.Paragraph>
      <AnalysisState
        isPending={gap.isPending}
        error={gap.error}
        refetch={gap.refetch}
        notPossible={() => t('analysis.gap.noPairs')}
      >
        {gap.data && <GapResult answer={gap.data} />}
      </AnalysisState>
    </section>
  );
}

function GapResult({ answer }: { answer: GapAnswer }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (answer.overall === null) return <Empty description={t('analysis.empty')} />;
  const columns = [
    {
      title: t('analysis.gap.dimension'),
      key: 'dimension',
      render: (_: unknown, r: Row) => r.dimensionLabel,
    },
    { title: t('analysis.gap.item'), dataIndex: 'label', key: 'label' },
    {
      title: t('analysis.gap.expectation'),
      key: 'expectation',
      align: 'right' as const,
      render: (_: unknown, r: Row) => fixed(r.expectation.mean, 2, locale),
    },
    {
      title: t('analysis.gap.perception'),
      key: 'perception',
      align: 'right' as const,
      render: (_: unknown, r: Row) => fixed(r.perception.mean, 2, locale),
    },
    {
      title: t('analysis.gap.gap'),
      key: 'gap',
      align: 'right' as const,
      render: (_: unknown, r: Row) => (
        <Typography.Text
          type={r.gap !== null && r.gap < 0 ? 'danger' : undefined}
          style={{ whiteSpace: 'nowrap' }}
        >
          {signed(r.gap, 2, locale)}
        </Typography.Text>
      ),
    },
    {
      title: t('analysis.n'),
      key: 'n',
      align: 'right' as const,
      render: (_: unknown, r: Row) => formatCount(Math.min(r.expectation.n, r.perception.n), locale),
    },
  ];
  type Row = GapAnswer['items'][number] & { key: string; dimensionLabel: string };
  const rows: Row[] = answer.items.map((item) => ({
    ...item,
    key: `${item.dimension}/${item.item}`,
    dimensionLabel: answer.dimensions.find((d) => d.dimension === item.dimension)?.label ?? item.dimension,
  }));
  return (
    <Flex vertical gap={16}>
      <Statistic
        title={t('analysis.gap.overall')}
        value={signed(answer.overall, 2, locale)}
        styles={answer.overall < 0 ? { content: { color: '#cf1322' } } : undefined}
        data-testid="gap-overall"
      />
      <EChart
        option={gapBarOption(answer.dimensions, (x) => signed(x, 2, locale))}
        label={t('analysis.gap.chartLabel')}
        height={Math.max(160, answer.dimensions.length * 44)}
      />
      <Table
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        columns={columns}
        data-testid="gap-items"
      />
    </Flex>
  );
}
