// Crosstab: two categorical variables (a choice answer, an NPS group, the channel, language, wave
// or location), the table in counts or row/column %, and the chi-square test of independence with
// its warnings (low base, expected counts below 5, multiple response).
import { Alert, Empty, Flex, Segmented, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalyticsQuestions, type AnalyticsFilters } from '../../../api/analytics';
import { useCrosstab, type CrosstabAnswer } from '../../../api/analytics-analysis';
import { QueryState } from '../../../components/QueryState';
import { formatCount, formatP } from '../charts/format';
import type { AnalyticsTabProps } from '../tab-props';
import { crosstabVariables, defaultVariables, type VariableChoice } from './choices';
import { fixed, percent } from './numbers';

/** All responses, when the page gives no filters. */
const NO_FILTERS: AnalyticsFilters = {};

const MIN_BASE = 30;
type Show = 'counts' | 'rowPercents' | 'columnPercents';

export function CrosstabTab({ workspaceId, surveyId, filters = NO_FILTERS }: AnalyticsTabProps) {
  const { t, i18n } = useTranslation();
  const questions = useAnalyticsQuestions(workspaceId, surveyId, i18n.language);
  const choices = useMemo(() => crosstabVariables(questions.data ?? []), [questions.data]);
  const [picked, setPicked] = useState<{ rows?: string; columns?: string }>({});
  const defaults = defaultVariables(choices);
  const rows = picked.rows ?? defaults.rows;
  const columns = picked.columns ?? defaults.columns;
  const [show, setShow] = useState<Show>('counts');
  const query =
    questions.data && rows !== columns ? { surveyId, rows, columns, filters, language: i18n.language } : null;
  const table = useCrosstab(workspaceId, query);

  const options = (['answers', 'nps', 'response'] as const).map((group) => ({
    label: t(`analysis.groups.${group}`),
    options: choices
      .filter((c) => c.group === group)
      .map((c: VariableChoice) => ({
        value: c.value,
        label: 'property' in c.label ? t(`analysis.variables.${c.label.property}`) : c.label.text,
      })),
  }));

  return (
    <section aria-label={t('analysis.crosstab.title')}>
      <Typography.Paragraph type="secondary">{t('analysis.crosstab.description')}</Typography.Paragraph>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('analysis.crosstab.rows')}
          prefix={t('analysis.crosstab.rows')}
          value={rows}
          onChange={(v) => setPicked((p) => ({ ...p, rows: v }))}
          options={options}
          style={{ minWidth: 260 }}
          showSearch
          optionFilterProp="label"
        />
        <Select
          aria-label={t('analysis.crosstab.columns')}
          prefix={t('analysis.crosstab.columns')}
          value={columns}
          onChange={(v) => setPicked((p) => ({ ...p, columns: v }))}
          options={options}
          style={{ minWidth: 260 }}
          showSearch
          optionFilterProp="label"
        />
        <Segmented<Show>
          aria-label={t('analysis.crosstab.show')}
          value={show}
          onChange={setShow}
          options={(['counts', 'rowPercents', 'columnPercents'] as const).map((v) => ({
            value: v,
            label: t(`analysis.crosstab.${v}`),
          }))}
        />
      </Flex>
      {rows === columns ? (
        <Alert type="info" showIcon title={t('analysis.crosstab.same')} />
      ) : (
        <QueryState
          isPending={questions.isPending || table.isPending}
          error={questions.error ?? table.error}
          refetch={table.refetch}
        >
          {table.data && <CrosstabResult answer={table.data} show={show} />}
        </QueryState>
      )}
    </section>
  );
}

function CrosstabResult({ answer, show }: { answer: CrosstabAnswer; show: Show }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (answer.total === 0) return <Empty description={t('analysis.crosstab.empty')} />;
  const cell = (i: number, j: number) =>
    show === 'counts'
      ? formatCount(answer.counts[i]![j]!, locale)
      : percent(answer[show][i]![j], locale, true);
  const dataSource = [
    ...answer.rows.map((row, i) => ({ key: row.key, label: row.label, index: i })),
    { key: '__total', label: t('analysis.crosstab.total'), index: -1 },
  ];
  const columns = [
    { title: '', dataIndex: 'label', key: 'label', fixed: 'left' as const },
    ...answer.columns.map((column, j) => ({
      title: column.label,
      key: column.key,
      align: 'right' as const,
      render: (_: unknown, r: { index: number }) =>
        r.index < 0 ? formatCount(answer.columnTotals[j]!, locale) : cell(r.index, j),
    })),
    {
      title: t('analysis.crosstab.total'),
      key: '__total',
      align: 'right' as const,
      render: (_: unknown, r: { index: number }) =>
        formatCount(r.index < 0 ? answer.total : answer.rowTotals[r.index]!, locale),
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Table
        size="small"
        bordered
        pagination={false}
        scroll={{ x: true }}
        dataSource={dataSource}
        columns={columns}
        data-testid="crosstab-table"
      />
      <Typography.Text type="secondary">
        {t('analysis.crosstab.base', { n: formatCount(answer.total, locale) })}
      </Typography.Text>
      <TestSummary answer={answer} />
    </Flex>
  );
}

function TestSummary({ answer }: { answer: CrosstabAnswer }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (answer.multipleResponse)
    return <Alert type="info" showIcon title={t('analysis.crosstab.multipleResponse')} />;
  const test = answer.test;
  if (!test) return <Alert type="info" showIcon title={t('analysis.crosstab.noTest')} />;
  const figures = { chi: fixed(test.statistic, 2, locale), df: test.df, p: formatP(test.p, locale) };
  return (
    <Flex vertical gap={8} data-testid="crosstab-test">
      <Alert
        type={test.significant ? 'success' : 'info'}
        showIcon
        title={t(
          test.significant ? 'analysis.crosstab.significant' : 'analysis.crosstab.notSignificant',
          figures,
        )}
      />
      {test.lowBase && (
        <Alert type="warning" showIcon title={t('analysis.crosstab.lowBase', { min: MIN_BASE })} />
      )}
      {test.lowExpected && <Alert type="warning" showIcon title={t('analysis.crosstab.lowExpected')} />}
    </Flex>
  );
}
