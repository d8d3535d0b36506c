// Importance–performance grid: stated importance (the survey's importance–performance questions)
// or derived importance (each attribute's correlation with an outcome), the quadrant scatter and
// the points' table.
import { Alert, Empty, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilters } from '../../../api/analytics';
import {
  useImportancePerformance,
  type IpaAnswer,
  type IpaPoint,
  type Quadrant,
} from '../../../api/analytics-analysis';
import { EChart } from '../charts/EChart';
import { formatCount } from '../charts/format';
import { ipaScatterOption } from './analysis-charts';
import { AnalysisState } from './AnalysisState';
import type { MeasureChoice } from './choices';
import { MeasurePickers } from './MeasurePickers';
import { fixed } from './numbers';
import { useMeasureSelection } from './useMeasureSelection';

interface Props {
  workspaceId: string;
  surveyId: string;
  filters: AnalyticsFilters;
  measures: readonly MeasureChoice[];
  /** Start with stated importance when the survey asks for it. */
  hasStated: boolean;
}

const QUADRANT_COLORS: Record<Quadrant, string> = {
  concentrate_here: 'red',
  keep_up: 'green',
  low_priority: 'default',
  possible_overkill: 'gold',
};

export function IpaSection({ workspaceId, surveyId, filters, measures, hasStated }: Props) {
  const { t, i18n } = useTranslation();
  // Until the user picks, the mode follows the questions (they load after the first render).
  const [picked, setMode] = useState<'stated' | 'derived'>();
  const mode = picked ?? (hasStated ? 'stated' : 'derived');
  const selection = useMeasureSelection(measures);
  const query =
    mode === 'stated'
      ? { surveyId, filters, language: i18n.language, importance: mode }
      : selection.ready
        ? {
            surveyId,
            filters,
            language: i18n.language,
            importance: mode,
            outcome: selection.outcome,
            attributes: selection.attributes,
          }
        : null;
  const ipa = useImportancePerformance(workspaceId, query);

  return (
    <section aria-labelledby="ipa-title">
      <Typography.Title level={4} id="ipa-title">
        {t('analysis.ipa.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('analysis.ipa.description')}</Typography.Paragraph>
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        <Segmented<'stated' | 'derived'>
          aria-label={t('analysis.ipa.importance')}
          value={mode}
          onChange={setMode}
          options={[
            { value: 'stated', label: t('analysis.ipa.stated') },
            { value: 'derived', label: t('analysis.ipa.derived') },
          ]}
        />
        {mode === 'derived' && (
          <>
            <Typography.Text type="secondary">{t('analysis.ipa.derivedHelp')}</Typography.Text>
            <MeasurePickers
              measures={measures}
              outcome={selection.outcome}
              attributes={selection.attributes}
              onChange={selection.set}
            />
          </>
        )}
      </Flex>
      {query === null ? (
        <Alert type="info" showIcon title={t('analysis.pickMeasures')} />
      ) : (
        <AnalysisState
          isPending={ipa.isPending}
          error={ipa.error}
          refetch={ipa.refetch}
          notPossible={() => t('analysis.ipa.noStated')}
        >
          {ipa.data && <IpaResult answer={ipa.data} />}
        </AnalysisState>
      )}
    </section>
  );
}

function IpaResult({ answer }: { answer: IpaAnswer }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const derived = answer.importance === 'derived';
  if (answer.crosshair === null) return <Empty description={t('analysis.empty')} />;
  const format = (x: number) => fixed(x, 2, locale);
  const quadrants = {
    concentrate_here: t('analysis.ipa.quadrants.concentrate_here'),
    keep_up: t('analysis.ipa.quadrants.keep_up'),
    low_priority: t('analysis.ipa.quadrants.low_priority'),
    possible_overkill: t('analysis.ipa.quadrants.possible_overkill'),
  };
  const importanceTitle = derived ? t('analysis.ipa.derivedImportance') : t('analysis.ipa.importance');
  const columns = [
    { title: t('analysis.attribute'), dataIndex: 'label', key: 'label' },
    {
      title: importanceTitle,
      key: 'importance',
      align: 'right' as const,
      render: (_: unknown, p: IpaPoint) => fixed(p.importance, 2, locale),
    },
    {
      title: t('analysis.ipa.performance'),
      key: 'performance',
      align: 'right' as const,
      render: (_: unknown, p: IpaPoint) => fixed(p.performance, 2, locale),
    },
    {
      title: t('analysis.ipa.quadrant'),
      key: 'quadrant',
      render: (_: unknown, p: IpaPoint) =>
        p.quadrant ? <Tag color={QUADRANT_COLORS[p.quadrant]}>{quadrants[p.quadrant]}</Tag> : '—',
    },
    {
      title: t('analysis.n'),
      key: 'n',
      align: 'right' as const,
      render: (_: unknown, p: IpaPoint) => formatCount(p.n, locale),
    },
  ];
  return (
    <Flex vertical gap={16}>
      <EChart
        option={ipaScatterOption(
          answer,
          { importance: importanceTitle, performance: t('analysis.ipa.performance'), quadrants },
          format,
        )}
        label={t('analysis.ipa.chartLabel')}
        height={420}
      />
      <Typography.Text type="secondary" data-testid="ipa-crosshair">
        {t('analysis.ipa.crosshair', {
          importance: format(answer.crosshair.importance),
          performance: format(answer.crosshair.performance),
        })}
      </Typography.Text>
      <Table
        size="small"
        pagination={false}
        scroll={{ x: true }}
        rowKey={(p) => `${p.questionId}/${p.item}`}
        dataSource={answer.points}
        columns={columns}
        data-testid="ipa-points"
      />
    </Flex>
  );
}
