// "Add widget": choose the type, what it measures (a question and a metric that fits it, a matrix
// row…), its options and size. The questions offered are those the type can use, by the rules the
// metric API applies (common/analytics/widgets.ts).
import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CHOICE_TYPES,
  figureKindsFor,
  LEAGUE_LEVELS,
  LEAGUE_UNITS,
  NPS_GROUPS,
  TREND_UNITS,
  WIDGET_SIZES,
  WIDGET_TYPES,
  type WidgetType,
} from '../../../../../common/analytics/widgets';
import { useAnalyticsQuestions, type AnalyticsQuestion, type Widget } from '../../../api/analytics';
import { useSurveys } from '../../../api/surveys';
import { FormModal } from '../../../components/FormModal';
import { useDashboardEnv } from './env';
import { newWidgetId } from './layout';
import { DEFAULT_SIZE, widgetFromForm, type WidgetFormValues } from './widget-form';

interface Props {
  /** null: the overview (the form asks for the survey). */
  surveyId: string | null;
  widgets: Widget[];
  onClose: () => void;
  onAdd: (w: Widget) => void;
}

const isChoice = (q: AnalyticsQuestion) => (CHOICE_TYPES as readonly string[]).includes(q.type);
/** Questions a widget type can use. */
function usable(type: WidgetType, questions: AnalyticsQuestion[]): AnalyticsQuestion[] {
  if (type === 'comments') return [];
  if (type === 'distribution') return questions.filter((q) => q.scale !== null || isChoice(q));
  return questions.filter((q) => figureKindsFor(q).length > 0);
}

export function AddWidgetModal({ surveyId, widgets, onClose, onAdd }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal<WidgetFormValues>
      open
      name="add-widget"
      title={t('analytics.addWidget.title')}
      okText={t('analytics.addWidget.add')}
      pending={false}
      width={560}
      initialValues={{ type: 'metric_tile', size: 'small', questionId: '', comparePrevious: true }}
      onCancel={onClose}
      onFinish={(values) => onAdd(widgetFromForm(values, newWidgetId(widgets)))}
    >
      <WidgetFields overview={surveyId === null} pageSurveyId={surveyId} />
    </FormModal>
  );
}

function WidgetFields({ overview, pageSurveyId }: { overview: boolean; pageSurveyId: string | null }) {
  const { t } = useTranslation();
  const env = useDashboardEnv();
  const form = Form.useFormInstance<WidgetFormValues>();
  const type = (Form.useWatch('type', form) ?? 'metric_tile') as WidgetType;
  const chosenSurvey = Form.useWatch('surveyId', form);
  const questionId = Form.useWatch('questionId', form);
  const kind = Form.useWatch('kind', form);
  const surveyId = overview ? chosenSurvey : (pageSurveyId ?? undefined);
  const surveys = useSurveys(env.workspaceId, {});
  const questions = useAnalyticsQuestions(env.workspaceId, surveyId, env.language);
  const all = questions.data ?? [];
  const choices = usable(type, all);
  const question = all.find((q) => q.id === questionId);
  const kinds = question ? figureKindsFor(question) : [];
  const metricType = type !== 'distribution' && type !== 'comments';
  const hasNps = all.some((q) => q.type === 'nps');
  const scaleSize = question?.scale ? question.scale.max - question.scale.min + 1 : 0;

  /** A new question: its first metric and item, so the form is valid as soon as it is picked. */
  const pickQuestion = (id: string) => {
    const q = all.find((x) => x.id === id);
    form.setFieldsValue({ kind: q ? figureKindsFor(q)[0] : undefined, item: q?.items[0]?.id ?? '', box: 2 });
  };

  return (
    <>
      <Form.Item name="type" label={t('analytics.addWidget.type')} rules={[{ required: true }]}>
        <Select
          options={WIDGET_TYPES.map((w) => ({ value: w, label: t(`analytics.widgetTypes.${w}`) }))}
          onChange={(next: WidgetType) => {
            form.setFieldsValue({
              size: DEFAULT_SIZE[next],
              questionId: next === 'distribution' ? undefined : '',
            });
          }}
        />
      </Form.Item>
      {overview && (
        <Form.Item
          name="surveyId"
          label={t('analytics.addWidget.survey')}
          rules={[{ required: true, message: t('analytics.addWidget.surveyRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={surveys.isPending}
            options={surveys.items
              .filter((s) => s.latestVersion !== null)
              .map((s) => ({ value: s.id, label: s.name }))}
            onChange={() =>
              form.setFieldsValue({ questionId: type === 'distribution' ? undefined : '', kind: undefined })
            }
          />
        </Form.Item>
      )}
      {type !== 'comments' && (
        <Form.Item
          name="questionId"
          label={t('analytics.addWidget.question')}
          rules={
            type === 'distribution'
              ? [{ required: true, message: t('analytics.addWidget.questionRequired') }]
              : []
          }
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={questions.isFetching}
            disabled={!surveyId}
            onChange={pickQuestion}
            options={[
              ...(metricType ? [{ value: '', label: t('analytics.addWidget.responses') }] : []),
              ...choices.map((q) => ({ value: q.id, label: `${q.title} (${q.id})` })),
            ]}
          />
        </Form.Item>
      )}
      {metricType && question && (
        <Form.Item name="kind" label={t('analytics.addWidget.metric')} rules={[{ required: true }]}>
          <Select options={kinds.map((k) => ({ value: k, label: t(`analytics.metricNames.${k}`) }))} />
        </Form.Item>
      )}
      {question && question.items.length > 0 && (
        <Form.Item name="item" label={t('analytics.addWidget.item')} rules={[{ required: true }]}>
          <Select options={question.items.map((i) => ({ value: i.id, label: i.label }))} />
        </Form.Item>
      )}
      {metricType && (kind === 'top_box' || kind === 'bottom_box') && scaleSize > 1 && (
        <Form.Item name="box" label={t('analytics.addWidget.box')}>
          <InputNumber min={1} max={scaleSize - 1} precision={0} />
        </Form.Item>
      )}
      {type === 'metric_tile' && (
        <Form.Item name="comparePrevious" valuePropName="checked">
          <Checkbox>{t('analytics.addWidget.comparePrevious')}</Checkbox>
        </Form.Item>
      )}
      {type === 'trend' && (
        <>
          <Form.Item name="trendUnit" label={t('analytics.addWidget.unit')} initialValue="week">
            <Select options={TREND_UNITS.map((u) => ({ value: u, label: t(`analytics.units.${u}`) }))} />
          </Form.Item>
          <Form.Item name="byLocation" label={t('analytics.addWidget.byLocation')} initialValue="none">
            <Select
              options={[
                { value: 'none', label: t('analytics.addWidget.oneLine') },
                ...LEAGUE_LEVELS.map((l) => ({ value: l, label: t(`analytics.addWidget.linePer.${l}`) })),
              ]}
            />
          </Form.Item>
        </>
      )}
      {type === 'league_table' && (
        <>
          <Form.Item name="level" label={t('analytics.addWidget.level')} initialValue="store">
            <Select options={LEAGUE_LEVELS.map((l) => ({ value: l, label: t(`analytics.levels.${l}`) }))} />
          </Form.Item>
          <Form.Item
            name="leagueUnit"
            label={t('analytics.addWidget.leagueUnit')}
            extra={t('analytics.addWidget.leagueUnitHelp')}
            initialValue="month"
          >
            <Select options={LEAGUE_UNITS.map((u) => ({ value: u, label: t(`analytics.units.${u}`) }))} />
          </Form.Item>
        </>
      )}
      {type === 'breakdown' && (
        <Form.Item
          name="by"
          label={t('analytics.addWidget.by')}
          initialValue="channel"
          rules={[{ required: true }]}
        >
          <Select
            options={[
              ...(['channel', 'wave', 'language'] as const).map((d) => ({
                value: d,
                label: t(`analytics.dimensions.${d}`),
              })),
              ...all.filter(isChoice).map((q) => ({ value: `answer:${q.id}`, label: q.title })),
            ]}
          />
        </Form.Item>
      )}
      {type === 'comments' && (
        <>
          {hasNps && (
            <Form.Item name="npsGroup" label={t('analytics.addWidget.npsGroup')} initialValue="all">
              <Select
                options={[
                  { value: 'all', label: t('analytics.addWidget.everyone') },
                  ...NPS_GROUPS.map((g) => ({ value: g, label: t(`analytics.npsGroups.${g}`) })),
                ]}
              />
            </Form.Item>
          )}
          <Form.Item name="limit" label={t('analytics.addWidget.limit')} initialValue={5}>
            <InputNumber min={1} max={20} precision={0} />
          </Form.Item>
        </>
      )}
      <Form.Item name="size" label={t('analytics.addWidget.size')} rules={[{ required: true }]}>
        <Select options={WIDGET_SIZES.map((s) => ({ value: s, label: t(`analytics.sizes.${s}`) }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('analytics.addWidget.customTitle')}
        extra={t('analytics.addWidget.customTitleHelp')}
      >
        <Input maxLength={120} />
      </Form.Item>
    </>
  );
}
