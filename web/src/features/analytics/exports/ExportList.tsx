// The survey's exports, newest first: the format, when it was asked for, its state with a progress
// bar (refreshed every second while one runs), the file to download until it expires, and delete.
import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Progress, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  isExportActive,
  useExportMutations,
  useExports,
  type AnalyticsExport,
  type ExportStatus,
} from '../../../api/analytics-exports';
import { ColorTag, type TagColor } from '../../../components/ColorTag';
import { PagedTable } from '../../../components/PagedTable';
import { useNotify } from '../../../components/useNotify';
import { formatDate, formatDateTime } from '../../../i18n/format';

const COLORS: Record<ExportStatus, TagColor> = {
  queued: 'grey',
  running: 'blue',
  done: 'green',
  failed: 'red',
};

function size(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function percent(e: AnalyticsExport): number {
  if (e.status === 'done') return 100;
  return e.total ? Math.floor((e.processed / e.total) * 100) : 0;
}

export function ExportList({ workspaceId, surveyId }: { workspaceId: string; surveyId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const list = useExports(workspaceId, surveyId);
  const { remove } = useExportMutations(workspaceId);

  const columns: TableColumnsType<AnalyticsExport> = [
    {
      key: 'format',
      title: t('exports.columns.format'),
      render: (_, e) => <Typography.Text strong>{t(`exports.formats.${e.format}`)}</Typography.Text>,
    },
    { key: 'created', title: t('exports.columns.created'), render: (_, e) => formatDateTime(e.createdAt) },
    {
      key: 'status',
      title: t('exports.columns.status'),
      render: (_, e) => (
        <Flex vertical gap={4} style={{ minWidth: 200 }}>
          <span>
            <ColorTag color={COLORS[e.status] ?? 'grey'}>{t(`exports.statuses.${e.status}`)}</ColorTag>
          </span>
          {e.status !== 'failed' && (
            <Progress
              percent={percent(e)}
              size="small"
              status={isExportActive(e.status) ? 'active' : 'success'}
              aria-label={t('exports.columns.progress')}
            />
          )}
          {isExportActive(e.status) && (
            <Typography.Text type="secondary">
              {e.total === null
                ? t('exports.waiting')
                : t('exports.progress', { done: e.processed, total: e.total })}
            </Typography.Text>
          )}
          {e.error && <Typography.Text type="danger">{e.error}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'file',
      title: t('exports.columns.file'),
      render: (_, e) =>
        e.downloadUrl ? (
          <Flex vertical gap={2}>
            <Button
              type="link"
              icon={<DownloadOutlined />}
              href={e.downloadUrl}
              download={e.fileName ?? true}
              style={{ padding: 0 }}
            >
              {e.fileName}
            </Button>
            <Typography.Text type="secondary">
              {size(e.byteSize)} · {t('exports.expires', { date: formatDate(e.expiresAt) })}
            </Typography.Text>
          </Flex>
        ) : null,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, e) => (
        <Popconfirm
          title={t('exports.deleteConfirm')}
          description={t('exports.deleteHelp')}
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            remove.mutateAsync(e.id).then(() => notify.success(t('exports.deleted')), notify.error)
          }
        >
          <Button danger icon={<DeleteOutlined />} aria-label={t('exports.delete')}>
            {t('exports.delete')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return <PagedTable list={list} columns={columns} rowKey="id" empty={t('exports.empty')} />;
}
