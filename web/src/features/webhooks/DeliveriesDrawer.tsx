// One webhook's delivery log, newest first, with "Send again" for any delivery.
import { RedoOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Flex, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Delivery, DeliveryStatus, Webhook } from '../../api/types';
import { useDeliveries, useWebhookMutations } from '../../api/webhooks';
import { ColorTag, type TagColor } from '../../components/ColorTag';
import { LoadMore } from '../../components/LoadMore';
import { QueryState } from '../../components/QueryState';
import { useNotify } from '../../components/useNotify';
import { formatDateTime } from '../../i18n/format';

const STATUS_COLORS: Record<DeliveryStatus, TagColor> = {
  pending: 'blue',
  succeeded: 'green',
  failed: 'red',
};

interface Props {
  workspaceId: string;
  webhook: Webhook | null;
  onClose: () => void;
}

function DeliveryLog({ workspaceId, webhook }: { workspaceId: string; webhook: Webhook }) {
  const { t } = useTranslation();
  const list = useDeliveries(workspaceId, webhook.id);
  const { redeliver } = useWebhookMutations(workspaceId);
  const notify = useNotify();

  const columns: TableColumnsType<Delivery> = [
    { key: 'created', title: t('webhooks.deliveredFor'), render: (_, d) => formatDateTime(d.createdAt) },
    { key: 'event', title: t('webhooks.eventType'), render: (_, d) => <code>{d.eventType}</code> },
    {
      key: 'status',
      title: t('webhooks.status'),
      render: (_, d) => (
        <ColorTag color={STATUS_COLORS[d.status]}>{t(`webhooks.statuses.${d.status}`)}</ColorTag>
      ),
    },
    { key: 'attempts', title: t('webhooks.attempts'), dataIndex: 'attempts' },
    {
      key: 'response',
      title: t('webhooks.response'),
      render: (_, d) => (
        <Tooltip title={d.lastError}>
          <Typography.Text type={d.status === 'failed' ? 'danger' : undefined}>
            {d.lastStatusCode ?? (d.lastError ? t('webhooks.noResponse') : '—')}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { key: 'last', title: t('webhooks.lastAttempt'), render: (_, d) => formatDateTime(d.lastAttemptAt) },
    {
      key: 'again',
      title: t('common.actions'),
      render: (_, d) => (
        <Button
          size="small"
          icon={<RedoOutlined />}
          onClick={() =>
            redeliver.mutate(
              { webhookId: webhook.id, deliveryId: d.id },
              { onSuccess: () => notify.success(t('webhooks.redelivered')), onError: notify.error },
            )
          }
        >
          {t('webhooks.sendAgain')}
        </Button>
      ),
    },
  ];

  return (
    <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
      <Flex justify="flex-end" style={{ marginBottom: 8 }}>
        <Button icon={<ReloadOutlined />} loading={list.isRefetching} onClick={() => void list.refetch()}>
          {t('common.refresh')}
        </Button>
      </Flex>
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('webhooks.noDeliveries')} /> }}
      />
      <LoadMore {...list} />
    </QueryState>
  );
}

export function DeliveriesDrawer({ workspaceId, webhook, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={webhook !== null}
      onClose={onClose}
      size="large"
      title={t('webhooks.deliveriesOf', { url: webhook?.url ?? '' })}
      destroyOnHidden
    >
      {webhook && <DeliveryLog workspaceId={workspaceId} webhook={webhook} />}
    </Drawer>
  );
}
