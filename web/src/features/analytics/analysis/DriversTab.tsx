// Key drivers: pick an outcome and the attributes; a bar per attribute of its relative weight (its
// share of R²) and the table of r, β, weight, share and mean, with R², the base and a low-base warning.
import { Alert, Empty, Flex, Statistic, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalyticsQuestions, type AnalyticsFilters } from '../../../api/analytics';
import {
  useDrivers,
  type Driver,
  type DriversAnswer,
  type MeasureRef,
} from '../../../api/analytics-analysis';
import type { ApiError } from '../../../api/client';
import { QueryState } from '../../../components/QueryState';
import { EChart } from '../charts/EChart';
import { formatCount } from '../charts/format';
import type { AnalyticsTabProps } from '../tab-props';
import { driversBarOption } from './analysis-charts';
import { AnalysisState } from './AnalysisState';
import { measureKey, numericMeasures, type MeasureChoice } from './choices';
import { MeasurePickers } from './MeasurePickers';
import { fixed, percent } from './numbers';
import { useMeasureSelection } from './useMeasureSelection';

/** All responses, when the page gives no filters. */
const NO_FILTERS: AnalyticsFilters = {};

const MIN_BASE = 30;

export function DriversTab({ workspaceId, surveyId, filters = NO_FILTERS }: AnalyticsTabProps) {
  const { t, i18n } = useTranslation();
  const questions = useAnalyticsQuestions(workspaceId, surveyId, i18n.language);
  const measures = useMemo(() => numericMeasures(questions.data ?? []), [questions.data]);
  const selection = useMeasureSelection(measures);
  const query = selection.ready
    ? {
        surveyId,
        filters,
        language: i18n.language,
        outcome: selection.outcome!,
        attributes: selection.attributes,
      }
    : null;
  const drivers = useDrivers(workspaceId, query);

  return (
    <section aria-label={t('analysis.drivers.title')}>
      <Typography.Paragraph type="secondary">{t('analysis.drivers.description')}</Typography.Paragraph>
      <QueryState isPending={questions.isPending} error={questions.error} refetch={questions.refetch}>
        {measures.length < 3 ? (
          <Empty description={t('analysis.drivers.noMeasures')} />
        ) : (
          <Flex vertical gap={16}>
            <MeasurePickers
              measures={measures}
              outcome={selection.outcome}
              attributes={selection.attributes}
              onChange={selection.set}
            />
            {query === null ? (
              <Alert type="info" showIcon title={t('analysis.pickMeasures')} />
            ) : (
              <AnalysisState
                isPending={drivers.isPending}
                error={drivers.error}
                refetch={drivers.refetch}
                notPossible={(e) => refusal(t, e, query.attributes, measures)}
              >
                {drivers.data && <DriversResult answer={drivers.data} />}
              </AnalysisState>
            )}
          </Flex>
        )}
      </QueryState>
    </section>
  );
}

/** The 422's field says which answer the data cannot use: the outcome, an attribute, or none (too few). */
function refusal(
  t: TFunction,
  error: ApiError,
  attributes: readonly MeasureRef[],
  measures: readonly MeasureChoice[],
) {
  if (error.field?.startsWith('outcome')) return t('analysis.drivers.constantOutcome');
  const index = /^attributes\.(\d+)/.exec(error.field ?? '')?.[1];
  if (index !== undefined) {
    const attribute = attributes[Number(index)];
    const name = measures.find((m) => attribute && m.key === measureKey(attribute))?.label ?? '';
    return t('analysis.drivers.badAttribute', { name });
  }
  return t('analysis.drivers.tooFew');
}

function DriversResult({ answer }: { answer: DriversAnswer }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (answer.drivers.length === 0) return <Empty description={t('analysis.empty')} />;
  const columns = [
    { title: t('analysis.attribute'), dataIndex: 'label', key: 'label' },
    {
      title: t('analysis.drivers.correlation'),
      key: 'r',
      align: 'right' as const,
      render: (_: unknown, d: Driver) => fixed(d.correlation, 2, locale),
    },
    {
      title: t('analysis.drivers.beta'),
      key: 'beta',
      align: 'right' as const,
      render: (_: unknown, d: Driver) => fixed(d.beta, 2, locale),
    },
    {
      title: t('analysis.drivers.weight'),
      key: 'weight',
      align: 'right' as const,
      render: (_: unknown, d: Driver) => fixed(d.relativeWeight, 3, locale),
    },
    {
      title: t('analysis.drivers.share'),
      key: 'share',
      align: 'right' as const,
      render: (_: unknown, d: Driver) => percent(d.share, locale),
    },
    {
      title: t('analysis.drivers.mean'),
      key: 'mean',
      align: 'right' as const,
      render: (_: unknown, d: Driver) => fixed(d.mean, 2, locale),
    },
  ];
  return (
    <Flex vertical gap={16}>
      {answer.lowBase && (
        <Alert
          type="warning"
          showIcon
          title={t('analysis.drivers.lowBase', { n: answer.n, min: MIN_BASE })}
        />
      )}
      <Flex gap={32} wrap>
        <Statistic
          title={t('analysis.drivers.r2')}
          value={fixed(answer.r2, 3, locale)}
          data-testid="drivers-r2"
        />
        <Statistic
          title={t('analysis.drivers.n')}
          value={formatCount(answer.n, locale)}
          data-testid="drivers-n"
        />
        <Statistic
          title={t('analysis.drivers.outcomeMean', { outcome: answer.outcome.label })}
          value={fixed(answer.outcome.mean, 2, locale)}
        />
      </Flex>
      <EChart
        option={driversBarOption(answer.drivers, (share) => percent(share, locale))}
        label={t('analysis.drivers.chartLabel')}
        height={Math.max(160, answer.drivers.length * 40)}
      />
      <Table
        size="small"
        pagination={false}
        scroll={{ x: true }}
        rowKey={(d) => `${d.questionId}/${d.item}`}
        dataSource={answer.drivers}
        columns={columns}
        data-testid="drivers-table"
      />
    </Flex>
  );
}
