// Segments (M4): saved groups of customers defined by conditions, each with its live count. Open
// one to change it or to see its customers; make a new one.
import { ArrowLeftOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { Card, Flex, Space, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSegments, type Segment } from '../../api/segments';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../i18n/format';
import { ButtonLink } from '../customers/ButtonLink';
import { canEditSegments } from '../customers/labels';
import { useCurrentWorkspace } from '../workspace/current';

export function SegmentsPage() {
  const { t, i18n } = useTranslation();
  const ws = useCurrentWorkspace();
  const list = useSegments(ws.id);
  const canEdit = canEditSegments(ws.role);
  const number = new Intl.NumberFormat(i18n.language);

  const newButton = canEdit && (
    <ButtonLink
      to="/w/$workspaceId/segments/$segmentId"
      params={{ workspaceId: ws.id, segmentId: 'new' }}
      type="primary"
      icon={<PlusOutlined />}
    >
      {t('segments.new')}
    </ButtonLink>
  );

  const columns: TableColumnsType<Segment> = [
    {
      key: 'name',
      title: t('segments.name'),
      render: (_, s) => (
        <Link to="/w/$workspaceId/segments/$segmentId" params={{ workspaceId: ws.id, segmentId: s.id }}>
          {s.name}
        </Link>
      ),
    },
    {
      key: 'count',
      title: t('segments.count'),
      align: 'end',
      render: (_, s) => number.format(s.count),
    },
    {
      key: 'conditions',
      title: t('segments.conditions'),
      render: (_, s) =>
        t(s.definition.match === 'all' ? 'segments.summaryAll' : 'segments.summaryAny', {
          n: s.definition.conditions.length,
        }),
    },
    { key: 'updated', title: t('segments.updated'), render: (_, s) => formatDateTime(s.updatedAt) },
    {
      key: 'customers',
      title: t('common.actions'),
      render: (_, s) => (
        <ButtonLink
          size="small"
          icon={<TeamOutlined />}
          to="/w/$workspaceId/customers"
          params={{ workspaceId: ws.id }}
          search={{ segmentId: s.id } as never}
        >
          {t('segments.showCustomers')}
        </ButtonLink>
      ),
    },
  ];

  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <Link to="/w/$workspaceId/customers" params={{ workspaceId: ws.id }}>
          <ArrowLeftOutlined /> {t('areas.customers.title')}
        </Link>
      </div>
      <PageHeader
        title={t('areas.segments.title')}
        description={t('segments.pageDescription')}
        actions={newButton}
      />
      <Card>
        <PagedTable
          list={list}
          columns={columns}
          rowKey="id"
          empty={
            <Space orientation="vertical" align="center">
              <Typography.Text>{t('segments.empty')}</Typography.Text>
              <Flex>{newButton}</Flex>
            </Space>
          }
        />
      </Card>
    </>
  );
}
