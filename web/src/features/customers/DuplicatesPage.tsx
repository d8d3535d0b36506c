// Likely duplicates: pairs of customers with the same normalised email or phone, or the same name
// and phone. Nothing is merged automatically; each pair opens the merge screen for a person to
// review (the older profile is merged into the newer one by default: B's values win).
import { ArrowLeftOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { Card, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDuplicates, type CustomerSummary, type DuplicatePair } from '../../api/customers';
import { ColorTag } from '../../components/ColorTag';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCurrentWorkspace } from '../workspace/current';
import { ButtonLink } from './ButtonLink';

function Who({ c, workspaceId }: { c: CustomerSummary; workspaceId: string }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2}>
      <Link to="/w/$workspaceId/customers/$customerId" params={{ workspaceId, customerId: c.id }}>
        {c.name || t('customers.unnamed')}
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[c.phone, c.email].filter(Boolean).join(' · ') || '—'}
      </Typography.Text>
    </Flex>
  );
}

export function DuplicatesPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const list = useDuplicates(ws.id);
  const columns: TableColumnsType<DuplicatePair> = [
    { key: 'a', title: t('customers.duplicates.a'), render: (_, p) => <Who c={p.a} workspaceId={ws.id} /> },
    { key: 'b', title: t('customers.duplicates.b'), render: (_, p) => <Who c={p.b} workspaceId={ws.id} /> },
    {
      key: 'reason',
      title: t('customers.duplicates.reason'),
      render: (_, p) => <ColorTag color="gold">{t(`customers.duplicates.reasons.${p.reason}`)}</ColorTag>,
    },
    {
      key: 'review',
      title: t('common.actions'),
      render: (_, p) => (
        <ButtonLink
          size="small"
          icon={<MergeCellsOutlined />}
          to="/w/$workspaceId/customers/$customerId/merge"
          params={{ workspaceId: ws.id, customerId: p.a.id }}
          search={{ into: p.b.id } as never}
        >
          {t('customers.duplicates.review')}
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
        title={t('customers.duplicates.title')}
        description={t('customers.duplicates.pageDescription')}
      />
      <Card>
        {/* PagedTable's rowKey is a field; a pair's key is both ids. No empty table: on a phone its
            header alone would scroll, with nothing to focus in it. */}
        <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
          {list.items.length === 0 ? (
            <Empty description={t('customers.duplicates.empty')} />
          ) : (
            <Table<DuplicatePair>
              rowKey={(p) => `${p.a.id}:${p.b.id}`}
              columns={columns}
              dataSource={list.items}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
          )}
          <LoadMore {...list} />
        </QueryState>
      </Card>
    </>
  );
}
