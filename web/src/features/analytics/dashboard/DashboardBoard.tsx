// A dashboard — a survey's or the workspace overview — with its edit mode: "Edit layout" works on a
// copy of the widgets (reorder, resize, remove, add); Save sends it, Cancel throws it away, "Reset
// to default" forgets the saved layout after a confirmation.
import { EditOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useDashboard,
  useDashboardMutations,
  type AnalyticsFilters,
  type Widget,
} from '../../../api/analytics';
import { MAX_WIDGETS } from '../../../../../common/analytics/widgets';
import { ColorTag } from '../../../components/ColorTag';
import { QueryState } from '../../../components/QueryState';
import { useNotify } from '../../../components/useNotify';
import { useCurrentWorkspace } from '../../workspace/current';
import { AddWidgetModal } from './AddWidgetModal';
import { canEditDashboards, DashboardEnvContext, type DashboardEnv } from './env';
import { WidgetGrid } from './WidgetGrid';

interface Props {
  /** null: the workspace overview. */
  surveyId: string | null;
  filters: AnalyticsFilters;
  today: string;
}

export function DashboardBoard({ surveyId, filters, today }: Props) {
  const { t, i18n } = useTranslation();
  const ws = useCurrentWorkspace();
  const notify = useNotify();
  const dashboard = useDashboard(ws.id, surveyId);
  const { save, reset } = useDashboardMutations(ws.id, surveyId);
  const [draft, setDraft] = useState<Widget[] | null>(null);
  const [adding, setAdding] = useState(false);
  const env: DashboardEnv = { workspaceId: ws.id, surveyId, filters, today, language: i18n.language };
  const editing = draft !== null;
  const widgets = draft ?? dashboard.data?.widgets ?? [];

  const onSave = () => {
    if (!draft) return;
    save.mutate(draft, {
      onSuccess: () => {
        setDraft(null);
        notify.success(t('analytics.dashboard.saved'));
      },
      onError: notify.error,
    });
  };
  const onReset = () =>
    reset.mutate(undefined, {
      onSuccess: () => {
        setDraft(null);
        notify.success(t('analytics.dashboard.resetDone'));
      },
      onError: notify.error,
    });

  const toolbar = (
    <Flex gap={8} wrap justify="space-between" align="center" style={{ marginBottom: 12 }}>
      <Flex gap={8} align="center">
        {dashboard.data?.isDefault && !editing && (
          <ColorTag color="grey">{t('analytics.dashboard.defaultLayout')}</ColorTag>
        )}
        {editing && <Typography.Text type="secondary">{t('analytics.dashboard.editHelp')}</Typography.Text>}
      </Flex>
      {canEditDashboards(ws.role) && (
        <Flex gap={8} wrap>
          {!editing && (
            <Button
              icon={<EditOutlined />}
              onClick={() => setDraft(dashboard.data?.widgets ?? [])}
              disabled={!dashboard.data}
            >
              {t('analytics.dashboard.edit')}
            </Button>
          )}
          {editing && (
            <>
              <Button
                icon={<PlusOutlined />}
                onClick={() => setAdding(true)}
                disabled={widgets.length >= MAX_WIDGETS}
              >
                {t('analytics.dashboard.add')}
              </Button>
              <Popconfirm
                title={t('analytics.dashboard.resetConfirm')}
                description={<div style={{ maxWidth: 300 }}>{t('analytics.dashboard.resetHelp')}</div>}
                okText={t('analytics.dashboard.reset')}
                cancelText={t('common.cancel')}
                onConfirm={onReset}
              >
                <Button icon={<UndoOutlined />} loading={reset.isPending}>
                  {t('analytics.dashboard.reset')}
                </Button>
              </Popconfirm>
              <Button onClick={() => setDraft(null)}>{t('common.cancel')}</Button>
              <Button type="primary" onClick={onSave} loading={save.isPending}>
                {t('common.save')}
              </Button>
            </>
          )}
        </Flex>
      )}
    </Flex>
  );

  return (
    <DashboardEnvContext.Provider value={env}>
      <QueryState isPending={dashboard.isPending} error={dashboard.error} refetch={dashboard.refetch}>
        {toolbar}
        {widgets.length === 0 ? (
          <Empty
            description={
              surveyId === null ? t('analytics.dashboard.emptyOverview') : t('analytics.dashboard.empty')
            }
          />
        ) : (
          <WidgetGrid widgets={widgets} onChange={editing ? setDraft : undefined} />
        )}
      </QueryState>
      {adding && (
        <AddWidgetModal
          surveyId={surveyId}
          widgets={widgets}
          onClose={() => setAdding(false)}
          onAdd={(w) => {
            setDraft([...widgets, w]);
            setAdding(false);
          }}
        />
      )}
    </DashboardEnvContext.Provider>
  );
}
