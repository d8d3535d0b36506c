// Settings → API keys: keys for integrations, each with a role. The secret is shown once, when
// the key is made; afterwards only its first characters identify it.
import { KeyOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useApiKeyMutations, useApiKeys } from '../../api/api-keys';
import type { ApiKey } from '../../api/types';
import { ColorTag } from '../../components/ColorTag';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { isAdmin, RoleTag } from '../../components/roles';
import { SecretModal } from '../../components/SecretModal';
import { useNotify } from '../../components/useNotify';
import { formatDateTime } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/current';
import { CreateApiKeyModal } from './CreateApiKeyModal';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const list = useApiKeys(ws.id);
  const { revoke } = useApiKeyMutations(ws.id);
  const notify = useNotify();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  const columns: TableColumnsType<ApiKey> = [
    { key: 'name', title: t('apiKeys.name'), dataIndex: 'name' },
    {
      key: 'prefix',
      title: t('apiKeys.prefix'),
      render: (_, k) => <Typography.Text code>{k.prefix}…</Typography.Text>,
    },
    { key: 'role', title: t('apiKeys.role'), render: (_, k) => <RoleTag role={k.role} /> },
    { key: 'created', title: t('common.created'), render: (_, k) => formatDateTime(k.createdAt) },
    {
      key: 'used',
      title: t('apiKeys.lastUsed'),
      render: (_, k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('apiKeys.neverUsed')),
    },
    {
      key: 'status',
      title: t('apiKeys.status'),
      render: (_, k) =>
        k.revokedAt ? (
          <Tag>{t('apiKeys.revokedAt', { time: formatDateTime(k.revokedAt) })}</Tag>
        ) : (
          <ColorTag color="green">{t('apiKeys.active')}</ColorTag>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, k) =>
        !k.revokedAt && (
          <Popconfirm
            title={t('apiKeys.revokeConfirm', { name: k.name })}
            description={t('apiKeys.revokeHelp')}
            okText={t('apiKeys.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              revoke.mutate(k.id, {
                onSuccess: () => notify.success(t('apiKeys.revoked', { name: k.name })),
                onError: notify.error,
              })
            }
          >
            <Button danger type="text" icon={<StopOutlined />}>
              {t('apiKeys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.apiKeys')}
        description={t('apiKeys.pageDescription')}
        actions={
          isAdmin(ws.role) && (
            <Button type="primary" icon={<KeyOutlined />} onClick={() => setCreating(true)}>
              {t('apiKeys.create')}
            </Button>
          )
        }
      />
      <Card>
        <PagedTable list={list} columns={columns} rowKey="id" empty={t('apiKeys.empty')} />
      </Card>
      <CreateApiKeyModal
        open={creating}
        workspaceId={ws.id}
        myRole={ws.role}
        onClose={() => setCreating(false)}
        onCreated={(created) => setSecret(created.secret)}
      />
      <SecretModal
        title={t('apiKeys.secretTitle')}
        secret={secret}
        onClose={() => setSecret(null)}
        help={<Trans i18nKey="apiKeys.secretHelp" components={{ code: <code /> }} />}
      />
    </>
  );
}
