// Settings → Audit log: security-relevant actions, newest first, filterable by action.
import { ApiOutlined, RobotOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Input, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditLog } from '../../api/audit';
import type { ActorType, AuditEntry } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/current';

const ACTOR_ICONS: Record<ActorType, React.ReactNode> = {
  user: <UserOutlined />,
  api_key: <ApiOutlined />,
  system: <RobotOutlined />,
};

const hasDetails = (e: AuditEntry) => Boolean(e.details && Object.keys(e.details).length);

export function AuditLogPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const [action, setAction] = useState('');
  const list = useAuditLog(ws.id, action);

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('audit.at'), render: (_, e) => formatDateTime(e.at) },
    { key: 'action', title: t('audit.action'), render: (_, e) => <code>{e.action}</code> },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, e) => (
        <span title={t(`audit.actorTypes.${e.actor.type}`)}>
          {ACTOR_ICONS[e.actor.type]} {e.actor.name ?? t(`audit.actorTypes.${e.actor.type}`)}
        </span>
      ),
    },
    {
      key: 'target',
      title: t('audit.target'),
      render: (_, e) =>
        e.targetType ? (
          <>
            {e.targetType}{' '}
            {e.targetId && (
              <Typography.Text type="secondary" copyable={{ text: e.targetId }} style={{ fontSize: 12 }}>
                {e.targetId.slice(0, 8)}
              </Typography.Text>
            )}
          </>
        ) : (
          '—'
        ),
    },
    { key: 'ip', title: t('audit.ip'), render: (_, e) => e.ip ?? '—' },
  ];

  return (
    <>
      <PageHeader title={t('nav.auditLog')} description={t('audit.pageDescription')} />
      <Card>
        <Input.Search
          allowClear
          aria-label={t('audit.filter')}
          placeholder={t('audit.filterPlaceholder')}
          enterButton={t('audit.filterButton')}
          onSearch={(v) => setAction(v.trim())}
          style={{ maxWidth: 420, marginBottom: 16 }}
        />
        <PagedTable
          list={list}
          columns={columns}
          rowKey="id"
          empty={action ? t('audit.emptyFiltered') : t('audit.empty')}
          expandable={{
            rowExpandable: hasDetails,
            expandedRowRender: (e) => (
              <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(e.details, null, 2)}</pre>
            ),
          }}
        />
      </Card>
    </>
  );
}
