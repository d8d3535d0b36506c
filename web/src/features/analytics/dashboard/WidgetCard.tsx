// One widget on the grid: its title (the user's, or made from what it measures) and content; in
// edit mode, a drag handle, its size, one-step moves (for keyboards and screen readers) and remove.
import { ArrowLeftOutlined, ArrowRightOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WIDGET_SIZES, type WidgetSize } from '../../../../../common/analytics/widgets';
import { useAnalyticsQuestions, useSurveyName, type Widget } from '../../../api/analytics';
import { useDashboardEnv, widgetSurveyId } from './env';
import { WidgetBody } from './WidgetBody';
import { widgetTitle } from './widget-title';

export interface EditControls {
  onResize: (size: WidgetSize) => void;
  onRemove: () => void;
  onStep: (step: -1 | 1) => void;
  first: boolean;
  last: boolean;
  /** The drag handle, made where the widget is sortable; given the widget's title for its label. */
  handle: (title: string) => ReactNode;
}

interface Props {
  widget: Widget;
  edit: EditControls | null;
}

export function WidgetCard({ widget, edit }: Props) {
  const { t } = useTranslation();
  const env = useDashboardEnv();
  const surveyId = widgetSurveyId(widget, env);
  const questions = useAnalyticsQuestions(env.workspaceId, surveyId, env.language);
  // The overview names each widget's survey; a survey's dashboard does not repeat it.
  const surveyName = useSurveyName(env.workspaceId, env.surveyId === null ? surveyId : undefined);
  const title = widgetTitle(t, widget, questions.data ?? [], surveyName.data);

  return (
    <Card
      size="small"
      title={<span title={title}>{title}</span>}
      style={{ height: '100%' }}
      styles={{ body: { minHeight: 120 } }}
      data-testid="dashboard-widget"
      data-widget-type={widget.type}
      data-widget-id={widget.id}
    >
      {/* Controls get a row of their own: in the header they would squeeze a small widget's title away. */}
      {edit && <Controls edit={edit} size={widget.size} title={title} />}
      {surveyId && <WidgetBody widget={widget} surveyId={surveyId} title={title} />}
    </Card>
  );
}

function Controls({ edit, size, title }: { edit: EditControls; size: WidgetSize; title: string }) {
  const { t } = useTranslation();
  return (
    <Flex
      gap={4}
      align="center"
      wrap
      style={{ marginBottom: 8, paddingBottom: 8, borderBottom: '1px dashed rgba(0, 0, 0, 0.12)' }}
    >
      <Select<WidgetSize>
        size="small"
        aria-label={t('analytics.dashboard.sizeOf', { title })}
        value={size}
        onChange={edit.onResize}
        options={WIDGET_SIZES.map((s) => ({ value: s, label: t(`analytics.sizes.${s}`) }))}
        popupMatchSelectWidth={false}
        style={{ width: 96 }}
      />
      <Tooltip title={t('analytics.dashboard.moveEarlier')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowLeftOutlined />}
          disabled={edit.first}
          aria-label={t('analytics.dashboard.moveEarlierOf', { title })}
          onClick={() => edit.onStep(-1)}
        />
      </Tooltip>
      <Tooltip title={t('analytics.dashboard.moveLater')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowRightOutlined />}
          disabled={edit.last}
          aria-label={t('analytics.dashboard.moveLaterOf', { title })}
          onClick={() => edit.onStep(1)}
        />
      </Tooltip>
      <Tooltip title={t('analytics.dashboard.remove')}>
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('analytics.dashboard.removeOf', { title })}
          onClick={edit.onRemove}
        />
      </Tooltip>
      <span style={{ marginInlineStart: 'auto' }}>{edit.handle(title)}</span>
    </Flex>
  );
}
