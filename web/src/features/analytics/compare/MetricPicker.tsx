// Which figure to look at: a question, a metric that fits it (NPS, CSAT, mean, top box…) and, for
// a matrix or importance–performance question, the row; or the number of responses.
import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { figureKindsFor } from '../../../../../common/analytics/widgets';
import type { AnalyticsQuestion, MetricSpecInput } from '../../../api/analytics';

interface Props {
  questions: AnalyticsQuestion[];
  value: MetricSpecInput;
  onChange: (next: MetricSpecInput) => void;
}

/** The survey's headline: its NPS question, else CSAT, CES, a rating; else the response count. */
export function headlineMetric(questions: readonly AnalyticsQuestion[]): MetricSpecInput {
  for (const [type, kind] of [
    ['nps', 'nps'],
    ['csat', 'csat'],
    ['ces', 'ces'],
    ['rating', 'mean'],
  ] as const) {
    const q = questions.find((x) => x.type === type);
    if (q) return { kind, questionId: q.id };
  }
  return { kind: 'count' };
}

export function MetricPicker({ questions, value, onChange }: Props) {
  const { t } = useTranslation();
  const measurable = questions.filter((q) => figureKindsFor(q).length > 0);
  const question = questions.find((q) => q.id === value.questionId);
  const pick = (id: string) => {
    const q = questions.find((x) => x.id === id);
    if (!q) return onChange({ kind: 'count' });
    onChange({ kind: figureKindsFor(q)[0]!, questionId: q.id, item: q.items[0]?.id ?? '' });
  };
  return (
    <Flex gap={8} wrap>
      <Select
        aria-label={t('analytics.addWidget.question')}
        showSearch={{ optionFilterProp: 'label' }}
        value={value.questionId ?? ''}
        onChange={pick}
        options={[
          { value: '', label: t('analytics.addWidget.responses') },
          ...measurable.map((q) => ({ value: q.id, label: q.title })),
        ]}
        popupMatchSelectWidth={false}
        style={{ minWidth: 200, flex: '1 1 200px', maxWidth: 360 }}
      />
      {question && (
        <Select
          aria-label={t('analytics.addWidget.metric')}
          value={value.kind}
          onChange={(kind) => onChange({ ...value, kind })}
          options={figureKindsFor(question).map((k) => ({
            value: k,
            label: t(`analytics.metricNames.${k}`),
          }))}
          style={{ width: 180 }}
        />
      )}
      {question && question.items.length > 0 && (
        <Select
          aria-label={t('analytics.addWidget.item')}
          value={value.item}
          onChange={(item) => onChange({ ...value, item })}
          options={question.items.map((i) => ({ value: i.id, label: i.label }))}
          style={{ width: 180 }}
        />
      )}
    </Flex>
  );
}
