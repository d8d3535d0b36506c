// Settings → Members & roles: who is in the workspace; admins change roles and remove people
// (owners only hand out or take away "owner"; the server keeps at least one owner).
import { DeleteOutlined } from '@ant-design/icons';
import { useNavigate } from '@tanstack/react-router';
import { Button, Card, Popconfirm, Select, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/me';
import { useMemberMutations, useMembers } from '../../api/members';
import type { Member, Role } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { isAdmin, RoleTag, useRoleOptions } from '../../components/roles';
import { useNotify } from '../../components/useNotify';
import { formatDate } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/current';

export function MembersPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const list = useMembers(ws.id);
  const { changeRole, remove } = useMemberMutations(ws.id);
  const notify = useNotify();
  const roleOptions = useRoleOptions(ws.role);
  const canEdit = isAdmin(ws.role);
  // Only an owner may change an owner's role or remove them.
  const canManage = (m: Member) => canEdit && (m.role !== 'owner' || ws.role === 'owner');

  const setRole = (m: Member, role: Role) =>
    changeRole.mutate(
      { userId: m.userId, role },
      { onSuccess: () => notify.success(t('members.roleChanged', { name: m.name })), onError: notify.error },
    );

  const columns: TableColumnsType<Member> = [
    {
      key: 'name',
      title: t('members.name'),
      render: (_, m) => (
        <>
          {m.name} {m.userId === me?.user.id && <Tag>{t('members.you')}</Tag>}
        </>
      ),
    },
    { key: 'email', title: t('members.email'), dataIndex: 'email' },
    {
      key: 'role',
      title: t('members.role'),
      render: (_, m) =>
        canManage(m) ? (
          <Select
            aria-label={t('members.roleOf', { name: m.name })}
            value={m.role}
            options={roleOptions}
            onChange={(role: Role) => setRole(m, role)}
            style={{ minWidth: 140 }}
          />
        ) : (
          <RoleTag role={m.role} />
        ),
    },
    { key: 'joined', title: t('members.joined'), render: (_, m) => formatDate(m.joinedAt) },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, m) =>
        canManage(m) && (
          <Popconfirm
            title={t('members.removeConfirm', { name: m.name })}
            description={m.userId === me?.user.id ? t('members.removeSelfHelp') : t('members.removeHelp')}
            okText={t('members.remove')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove.mutate(m.userId, {
                onSuccess: () => {
                  notify.success(t('members.removed', { name: m.name }));
                  // Leaving a workspace: go to another one (or to "create one").
                  if (m.userId === me?.user.id) void navigate({ to: '/' });
                },
                onError: notify.error,
              })
            }
          >
            <Button danger type="text" icon={<DeleteOutlined />}>
              {t('members.remove')}
            </Button>
          </Popconfirm>
        ),
    });
  }

  return (
    <>
      <PageHeader title={t('nav.members')} description={t('members.pageDescription')} />
      <Card>
        <PagedTable list={list} columns={columns} rowKey="userId" empty={t('members.empty')} />
      </Card>
    </>
  );
}
