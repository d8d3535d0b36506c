// Settings → Webhooks: endpoints that receive the workspace's events, signed with a secret shown
// once. Admins register, edit, switch on/off, test, rotate the secret, read the delivery log.
import {
  DeleteOutlined,
  EditOutlined,
  HistoryOutlined,
  PlusOutlined,
  SendOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Switch, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Webhook } from '../../api/types';
import { useWebhookMutations, useWebhooks } from '../../api/webhooks';
import { ColorTag } from '../../components/ColorTag';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { isAdmin } from '../../components/roles';
import { SecretModal } from '../../components/SecretModal';
import { useNotify } from '../../components/useNotify';
import { formatDateTime } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/current';
import { DeliveriesDrawer } from './DeliveriesDrawer';
import { SignatureHelp } from './SignatureHelp';
import { ALL_EVENTS, WebhookFormModal } from './WebhookFormModal';

export function WebhooksPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const list = useWebhooks(ws.id);
  const m = useWebhookMutations(ws.id);
  const notify = useNotify();
  /** undefined: form closed; null: a new webhook; else the one being edited. */
  const [editing, setEditing] = useState<Webhook | null | undefined>(undefined);
  const [secret, setSecret] = useState<string | null>(null);
  const [logOf, setLogOf] = useState<Webhook | null>(null);

  const setActive = (w: Webhook, active: boolean) =>
    m.update.mutate({ id: w.id, active }, { onError: notify.error });
  const ping = (w: Webhook) =>
    m.ping.mutate(w.id, { onSuccess: () => notify.success(t('webhooks.pingSent')), onError: notify.error });
  const rotate = (w: Webhook) =>
    m.rotateSecret.mutate(w.id, { onSuccess: (r) => setSecret(r.secret), onError: notify.error });
  const remove = (w: Webhook) =>
    m.remove.mutate(w.id, {
      onSuccess: () => notify.success(t('webhooks.deleted', { url: w.url })),
      onError: notify.error,
    });

  const columns: TableColumnsType<Webhook> = [
    {
      key: 'url',
      title: t('webhooks.url'),
      render: (_, w) => (
        <>
          <Typography.Text code style={{ wordBreak: 'break-all' }}>
            {w.url}
          </Typography.Text>
          {w.description && <div style={{ marginTop: 4 }}>{w.description}</div>}
        </>
      ),
    },
    {
      key: 'events',
      title: t('webhooks.events'),
      render: (_, w) => (
        <Flex gap={4} wrap style={{ maxWidth: 320 }}>
          {w.eventTypes.map((e) =>
            e === ALL_EVENTS ? (
              <ColorTag key={e} color="blue">
                {t('webhooks.allEventsTag')}
              </ColorTag>
            ) : (
              <Tag key={e}>{e}</Tag>
            ),
          )}
        </Flex>
      ),
    },
    {
      key: 'active',
      title: t('webhooks.active'),
      render: (_, w) => (
        <Switch
          checked={w.active}
          aria-label={t('webhooks.activeFor', { url: w.url })}
          onChange={(on) => setActive(w, on)}
        />
      ),
    },
    { key: 'created', title: t('common.created'), render: (_, w) => formatDateTime(w.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, w) => (
        <Flex gap={4} wrap>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(w)}>
            {t('common.edit')}
          </Button>
          <Button size="small" icon={<SendOutlined />} onClick={() => ping(w)}>
            {t('webhooks.sendTest')}
          </Button>
          <Button size="small" icon={<HistoryOutlined />} onClick={() => setLogOf(w)}>
            {t('webhooks.deliveries')}
          </Button>
          <Popconfirm
            title={t('webhooks.rotateConfirm')}
            description={t('webhooks.rotateHelp')}
            okText={t('webhooks.rotate')}
            cancelText={t('common.cancel')}
            onConfirm={() => rotate(w)}
          >
            <Button size="small" icon={<SyncOutlined />}>
              {t('webhooks.rotate')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('webhooks.deleteConfirm', { url: w.url })}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => remove(w)}
          >
            <Button size="small" danger icon={<DeleteOutlined />}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.webhooks')}
        description={t('webhooks.pageDescription')}
        actions={
          isAdmin(ws.role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('webhooks.create')}
            </Button>
          )
        }
      />
      <Card>
        <PagedTable list={list} columns={columns} rowKey="id" empty={t('webhooks.empty')} />
      </Card>
      <SignatureHelp />
      <WebhookFormModal
        workspaceId={ws.id}
        webhook={editing}
        onClose={() => setEditing(undefined)}
        onCreated={(created) => setSecret(created.secret)}
      />
      <SecretModal
        title={t('webhooks.secretTitle')}
        secret={secret}
        onClose={() => setSecret(null)}
        help={t('webhooks.secretHelp')}
      />
      <DeliveriesDrawer workspaceId={ws.id} webhook={logOf} onClose={() => setLogOf(null)} />
    </>
  );
}
