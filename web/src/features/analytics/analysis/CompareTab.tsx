// Compare: two groups of responses side by side — wave against wave, a period against the one of
// equal length before it, a segment against everyone else — for one metric, overall and optionally
// per store, with the difference, its p-value and whether it is significant at 95%.
import {
  Alert,
  Checkbox,
  Flex,
  Input,
  Segmented,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAnalyticsQuestions,
  useCompare,
  type CompareQueryInput,
  type CompareRow,
  type MetricSpecInput,
} from '../../../api/analytics';
import { useSegmentChoices } from '../../../api/segments';
import { useSurveyWaves } from '../../../api/surveys';
import { QueryState } from '../../../components/QueryState';
import { formatCount, formatDifference, formatMetric, formatP } from '../charts/format';
import { headlineMetric, MetricPicker } from '../compare/MetricPicker';
import { ChangeMark } from '../dashboard/widgets/ChangeMark';
import { LowBase } from '../dashboard/WidgetState';
import { undated } from '../dashboard/env';
import type { AnalyticsTabProps } from '../tab-props';

const KINDS = ['wave', 'period', 'segment'] as const;
type CompareKind = (typeof KINDS)[number];
const UNITS = ['week', 'month', 'quarter', 'custom'] as const;
type Unit = (typeof UNITS)[number];
const STORE = 'location:store';

export function CompareTab({ workspaceId, surveyId, filters = {} }: AnalyticsTabProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const questions = useAnalyticsQuestions(workspaceId, surveyId, locale);
  const waves = useSurveyWaves(workspaceId, surveyId);
  const segments = useSegmentChoices(workspaceId);
  const [chosenMetric, setMetric] = useState<MetricSpecInput | null>(null);
  const [kind, setKind] = useState<CompareKind>('period');
  const [waveA, setWaveA] = useState<string>();
  const [waveB, setWaveB] = useState<string>();
  const [unit, setUnit] = useState<Unit>('month');
  const [custom, setCustom] = useState<{ from?: string; to?: string }>({});
  const [segmentId, setSegmentId] = useState<string>();
  const [byStore, setByStore] = useState(false);

  const metric = chosenMetric ?? (questions.data ? headlineMetric(questions.data) : null);
  const waveList = [...(waves.data ?? [])].sort((x, y) => y.number - x.number);
  // Default: the newest wave against the one before it.
  const a = waveA ?? waveList[0]?.id;
  const b = waveB ?? waveList[1]?.id;

  const compare = ((): CompareQueryInput['compare'] | null => {
    switch (kind) {
      case 'wave':
        return a && b && a !== b ? { kind: 'wave', a, b } : null;
      case 'period':
        if (unit !== 'custom') return { kind: 'period', unit };
        return custom.from && custom.to && custom.from <= custom.to
          ? { kind: 'period', unit: 'custom', current: { from: custom.from, to: custom.to } }
          : null;
      case 'segment':
        return segmentId ? { kind: 'segment', segmentId } : null;
    }
  })();
  const query: CompareQueryInput | null =
    metric && compare
      ? {
          surveyId,
          metric,
          // A period comparison sets its own days; the others keep the page's period.
          filters: kind === 'period' ? undated(filters) : filters,
          compare,
          groupBy: byStore ? [STORE] : [],
          language: locale,
        }
      : null;
  const result = useCompare(workspaceId, query);
  const waveLabel = (id: string) => {
    const w = waveList.find((x) => x.id === id);
    return w ? w.name || t('analytics.waveN', { n: w.number }) : id;
  };

  const fmt = (v: number | null) => (metric ? formatMetric(v, metric.kind, locale) : '—');
  const data = result.data;
  const rows: (CompareRow & { key: string; total?: boolean })[] = data
    ? [
        { ...data.total, key: '__total', total: true },
        // Without a breakdown the answer's rows repeat the total.
        ...(byStore ? data.rows.map((r) => ({ ...r, key: r.group[STORE] ?? '__none' })) : []),
      ]
    : [];
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      key: 'group',
      title: byStore ? t('analytics.levels.store') : '',
      render: (_, r) =>
        r.total ? (
          <strong>{t('analytics.compare.total')}</strong>
        ) : (
          r.labels[STORE] || t('analytics.noLocation')
        ),
    },
    {
      key: 'a',
      title: data?.a.label ?? 'A',
      align: 'end',
      render: (_, r) => (
        <Flex vertical align="end">
          <span>{fmt(r.a.value)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('analytics.base', { n: formatCount(r.a.n, locale) })}
          </Typography.Text>
          {r.a.n > 0 && r.a.lowBase && <LowBase n={r.a.n} />}
        </Flex>
      ),
    },
    {
      key: 'b',
      title: data?.b.label ?? 'B',
      align: 'end',
      render: (_, r) => (
        <Flex vertical align="end">
          <span>{fmt(r.b.value)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('analytics.base', { n: formatCount(r.b.n, locale) })}
          </Typography.Text>
          {r.b.n > 0 && r.b.lowBase && <LowBase n={r.b.n} />}
        </Flex>
      ),
    },
    {
      key: 'difference',
      title: t('analytics.compare.difference'),
      align: 'end',
      render: (_, r) =>
        metric ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            <ChangeMark difference={r.difference} test={r.test} kind={metric.kind} />{' '}
            {formatDifference(r.difference, metric.kind, locale)}
          </span>
        ) : null,
    },
    {
      key: 'p',
      title: t('analytics.compare.p'),
      align: 'end',
      render: (_, r) => (r.test ? formatP(r.test.p, locale) : '—'),
    },
    {
      key: 'significant',
      title: t('analytics.compare.significance'),
      render: (_, r) =>
        !r.test ? (
          <Typography.Text type="secondary">{t('analytics.noTest')}</Typography.Text>
        ) : r.test.significant ? (
          <Typography.Text strong>{t('analytics.compare.significant')}</Typography.Text>
        ) : r.test.lowBase ? (
          <Typography.Text type="warning">{t('analytics.compare.untrusted')}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('analytics.compare.notSignificant')}</Typography.Text>
        ),
    },
  ];

  return (
    <QueryState isPending={questions.isPending} error={questions.error} refetch={questions.refetch}>
      <Flex vertical gap={12}>
        {metric && questions.data && (
          <MetricPicker questions={questions.data} value={metric} onChange={setMetric} />
        )}
        <Flex gap={8} wrap align="center">
          <Segmented<CompareKind>
            aria-label={t('analytics.compare.kind')}
            value={kind}
            onChange={setKind}
            options={KINDS.map((k) => ({ value: k, label: t(`analytics.compare.kinds.${k}`) }))}
          />
          {kind === 'wave' && (
            <>
              <Select
                aria-label={t('analytics.compare.waveA')}
                placeholder={t('analytics.compare.waveA')}
                value={a}
                onChange={setWaveA}
                options={waveList.map((w) => ({ value: w.id, label: waveLabel(w.id) }))}
                style={{ width: 180 }}
              />
              <Typography.Text type="secondary">{t('analytics.compare.versus')}</Typography.Text>
              <Select
                aria-label={t('analytics.compare.waveB')}
                placeholder={t('analytics.compare.waveB')}
                value={b}
                onChange={setWaveB}
                options={waveList.map((w) => ({ value: w.id, label: waveLabel(w.id) }))}
                style={{ width: 180 }}
              />
            </>
          )}
          {kind === 'period' && (
            <>
              <Select<Unit>
                aria-label={t('analytics.compare.period')}
                value={unit}
                onChange={setUnit}
                options={UNITS.map((u) => ({ value: u, label: t(`analytics.compare.units.${u}`) }))}
                popupMatchSelectWidth={false}
                style={{ width: 280 }}
              />
              {unit === 'custom' && (
                <Flex gap={4} align="center">
                  <Input
                    type="date"
                    aria-label={t('analytics.filters.from')}
                    value={custom.from ?? ''}
                    onChange={(e) => setCustom({ ...custom, from: e.target.value || undefined })}
                    style={{ width: 150 }}
                  />
                  <span aria-hidden>–</span>
                  <Input
                    type="date"
                    aria-label={t('analytics.filters.to')}
                    value={custom.to ?? ''}
                    onChange={(e) => setCustom({ ...custom, to: e.target.value || undefined })}
                    style={{ width: 150 }}
                  />
                </Flex>
              )}
            </>
          )}
          {kind === 'segment' && (
            <Select
              aria-label={t('analytics.compare.segment')}
              placeholder={t('analytics.compare.segment')}
              value={segmentId}
              onChange={setSegmentId}
              loading={segments.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              style={{ width: 240 }}
            />
          )}
          <Checkbox checked={byStore} onChange={(e) => setByStore(e.target.checked)}>
            {t('analytics.compare.byStore')}
          </Checkbox>
        </Flex>
        {kind === 'wave' && waveList.length < 2 && (
          <Alert type="info" showIcon title={t('analytics.compare.needWaves')} />
        )}
        {kind === 'segment' && segments.data?.length === 0 && (
          <Alert type="info" showIcon title={t('analytics.compare.needSegments')} />
        )}
        {query && (
          <QueryState isPending={result.isPending} error={result.error} refetch={result.refetch}>
            <Table
              size="small"
              rowKey="key"
              columns={columns}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 'max-content' }}
              aria-label={t('analytics.tabs.compare')}
            />
          </QueryState>
        )}
      </Flex>
    </QueryState>
  );
}
