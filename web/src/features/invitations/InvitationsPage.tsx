// Settings → Invitations: invite someone by email and role, share the link, revoke pending ones.
import { StopOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvitationMutations, useInvitations } from '../../api/invitations';
import type { CreatedInvitation, Invitation, InvitationStatus } from '../../api/types';
import { ColorTag, type TagColor } from '../../components/ColorTag';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { isAdmin, RoleTag } from '../../components/roles';
import { useNotify } from '../../components/useNotify';
import { formatDateTime } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/current';
import { InviteModal } from './InviteModal';
import { InviteLinkModal } from './InviteLinkModal';

const STATUS_COLORS: Record<InvitationStatus, TagColor> = {
  pending: 'blue',
  accepted: 'green',
  revoked: 'grey',
  expired: 'orange',
};

export function InvitationsPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const list = useInvitations(ws.id);
  const { revoke } = useInvitationMutations(ws.id);
  const notify = useNotify();
  const [inviting, setInviting] = useState(false);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const columns: TableColumnsType<Invitation> = [
    { key: 'email', title: t('invitations.email'), dataIndex: 'email' },
    { key: 'role', title: t('invitations.role'), render: (_, i) => <RoleTag role={i.role} /> },
    {
      key: 'status',
      title: t('invitations.status'),
      render: (_, i) => (
        <ColorTag color={STATUS_COLORS[i.status]}>{t(`invitations.statuses.${i.status}`)}</ColorTag>
      ),
    },
    { key: 'by', title: t('invitations.invitedBy'), render: (_, i) => i.invitedBy ?? '—' },
    { key: 'created', title: t('common.created'), render: (_, i) => formatDateTime(i.createdAt) },
    { key: 'expires', title: t('invitations.expires'), render: (_, i) => formatDateTime(i.expiresAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, i) =>
        i.status === 'pending' && (
          <Popconfirm
            title={t('invitations.revokeConfirm', { email: i.email })}
            okText={t('invitations.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              revoke.mutate(i.id, {
                onSuccess: () => notify.success(t('invitations.revoked', { email: i.email })),
                onError: notify.error,
              })
            }
          >
            <Button danger type="text" icon={<StopOutlined />}>
              {t('invitations.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.invitations')}
        description={t('invitations.pageDescription')}
        actions={
          isAdmin(ws.role) && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)}>
              {t('invitations.invite')}
            </Button>
          )
        }
      />
      <Card>
        <PagedTable list={list} columns={columns} rowKey="id" empty={t('invitations.empty')} />
      </Card>
      <InviteModal
        open={inviting}
        workspaceId={ws.id}
        myRole={ws.role}
        onClose={() => setInviting(false)}
        onCreated={setCreated}
      />
      <InviteLinkModal created={created} onClose={() => setCreated(null)} />
    </>
  );
}
