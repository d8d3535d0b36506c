// The Reports tab of a survey's analytics: download the report now, and the scheduled report
// emails — list (with the next and last send and a failed send's reason), create, edit, send now,
// delete. Analysts and admins change schedules; everyone sees them (server/platform/policies.ts).
import { DeleteOutlined, EditOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Divider, Flex, Popconfirm, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useReportScheduleMutations,
  useReportSchedules,
  type ReportSchedule,
} from '../../../api/analytics-reports';
import type { Role } from '../../../api/types';
import { ColorTag } from '../../../components/ColorTag';
import { PagedTable } from '../../../components/PagedTable';
import { useNotify } from '../../../components/useNotify';
import { formatDateTime } from '../../../i18n/format';
import { languageName } from '../../surveys/status';
import { useCurrentWorkspace } from '../../workspace/current';
import type { AnalyticsTabProps } from '../tab-props';
import { DownloadReportCard } from './DownloadReportCard';
import { ScheduleFormModal } from './ScheduleFormModal';

/** reports.write and analytics.export: the same roles. */
const canWriteReports = (role: Role) => role === 'owner' || role === 'admin' || role === 'analyst';

export function ReportSchedulesTab({ workspaceId, surveyId, filters }: AnalyticsTabProps) {
  const { t, i18n } = useTranslation();
  const ws = useCurrentWorkspace();
  const canWrite = canWriteReports(ws.role);
  const list = useReportSchedules(workspaceId, surveyId);
  const m = useReportScheduleMutations(workspaceId);
  const notify = useNotify();
  /** undefined: form closed; null: a new schedule; else the one being edited. */
  const [editing, setEditing] = useState<ReportSchedule | null | undefined>(undefined);
  // A schedule covers whole weeks or months: the page's dates never go into it.
  const { from: _from, to: _to, ...pageFilters } = filters ?? {};

  const sendNow = (s: ReportSchedule) =>
    m.sendNow.mutate(s.id, {
      onSuccess: (r) => notify.success(t('reports.schedules.sentNow', r.period)),
      onError: notify.error,
    });
  const remove = (s: ReportSchedule) =>
    m.remove.mutate(s.id, {
      onSuccess: () => notify.success(t('reports.schedules.deleted', { name: s.name })),
      onError: notify.error,
    });

  const columns: TableColumnsType<ReportSchedule> = [
    {
      key: 'name',
      title: t('reports.schedules.name'),
      render: (_, s) => <Typography.Text strong>{s.name}</Typography.Text>,
    },
    {
      key: 'what',
      title: t('reports.schedules.what'),
      render: (_, s) => (
        <Flex gap={4} wrap>
          <ColorTag color="blue">{t(`reports.frequencies.${s.frequency}`)}</ColorTag>
          <Tag>{t(`reports.formats.${s.format}`)}</Tag>
          <Tag>{languageName(s.language, i18n.language)}</Tag>
        </Flex>
      ),
    },
    {
      key: 'recipients',
      title: t('reports.schedules.recipients'),
      render: (_, s) => (
        <Flex gap={4} wrap style={{ maxWidth: 320 }}>
          {s.recipients.map((r) => (
            <Tag key={r}>{r}</Tag>
          ))}
        </Flex>
      ),
    },
    { key: 'next', title: t('reports.schedules.nextRun'), render: (_, s) => formatDateTime(s.nextRunAt) },
    {
      key: 'last',
      title: t('reports.schedules.lastRun'),
      render: (_, s) => (
        <Flex vertical gap={4}>
          <span>{s.lastRunAt ? formatDateTime(s.lastRunAt) : t('reports.schedules.never')}</span>
          {s.lastError && (
            <Tooltip title={s.lastError}>
              <ColorTag color="red">{t('reports.schedules.lastError')}</ColorTag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, s: ReportSchedule) => (
              <Flex gap={4} wrap>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(s)}>
                  {t('common.edit')}
                </Button>
                <Button
                  size="small"
                  icon={<SendOutlined />}
                  onClick={() => sendNow(s)}
                  loading={m.sendNow.isPending && m.sendNow.variables === s.id}
                >
                  {t('reports.schedules.sendNow')}
                </Button>
                <Popconfirm
                  title={t('reports.schedules.deleteConfirm', { name: s.name })}
                  okText={t('common.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove(s)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />}>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <div>
      {canWrite && (
        <>
          <Typography.Title level={5}>{t('reports.download.title')}</Typography.Title>
          <DownloadReportCard workspaceId={workspaceId} surveyId={surveyId} />
          <Divider />
        </>
      )}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('reports.schedules.title')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('reports.schedules.create')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('reports.schedules.help', { timeZone: ws.timeZone })}
      </Typography.Paragraph>
      <PagedTable list={list} columns={columns} rowKey="id" empty={t('reports.schedules.empty')} />
      <ScheduleFormModal
        workspaceId={workspaceId}
        surveyId={surveyId}
        schedule={editing}
        pageFilters={pageFilters}
        onClose={() => setEditing(undefined)}
      />
    </div>
  );
}
