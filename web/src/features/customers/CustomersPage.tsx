// Customers (M4): every profile of the workspace, newest first; search by name, phone or email and
// filter by tag, RFM segment, consumer type or saved segment (all kept in the URL). From here: add a
// customer, import a file, the segments, the suggested duplicates.
import { ClusterOutlined, MergeCellsOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Card, Flex, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomers, type CustomerQuery, type CustomerSummary } from '../../api/customers';
import { useSegmentChoices } from '../../api/segments';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/current';
import { ButtonLink } from './ButtonLink';
import { CustomerFilterBar } from './CustomerFilterBar';
import { activeCustomerFilters, CUSTOMER_FILTER_KEYS, parseCustomerFilters } from './filters';
import { canEditCustomers, canImportCustomers, ConsumerTypeTag, RfmTag } from './labels';
import { NewCustomerModal } from './NewCustomerModal';

type Search = Record<string, unknown>;

export function CustomersPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as Search;
  const filters = parseCustomerFilters(search);
  const list = useCustomers(ws.id, filters);
  const segments = useSegmentChoices(ws.id);
  const [creating, setCreating] = useState(false);
  const canEdit = canEditCustomers(ws.role);
  const canImport = canImportCustomers(ws.role);

  const setFilters = (patch: Partial<CustomerQuery>) =>
    void navigate({
      to: '.',
      search: ((prev: Search) => {
        const next: Search = { ...prev, ...patch };
        for (const key of Object.keys(patch)) if (next[key] === undefined) delete next[key];
        return next;
      }) as never,
      replace: true,
    });
  const clearFilters = () =>
    void navigate({
      to: '.',
      search: ((prev: Search) => {
        const next = { ...prev };
        for (const key of CUSTOMER_FILTER_KEYS) delete next[key];
        return next;
      }) as never,
      replace: true,
    });
  const open = (id: string) =>
    void navigate({
      to: '/w/$workspaceId/customers/$customerId',
      params: { workspaceId: ws.id, customerId: id },
    });

  const columns: TableColumnsType<CustomerSummary> = [
    {
      key: 'name',
      title: t('customers.fields.name'),
      render: (_, c) => (
        <Link to="/w/$workspaceId/customers/$customerId" params={{ workspaceId: ws.id, customerId: c.id }}>
          {c.name || t('customers.unnamed')}
        </Link>
      ),
    },
    { key: 'phone', title: t('customers.identityKinds.phone'), render: (_, c) => c.phone ?? '—' },
    { key: 'email', title: t('customers.identityKinds.email'), render: (_, c) => c.email ?? '—' },
    {
      key: 'tags',
      title: t('customers.fields.tags'),
      render: (_, c) => (
        <Flex gap={4} wrap style={{ maxWidth: 240 }}>
          {c.tags.map((tag) => (
            <Tag key={tag} style={{ marginInlineEnd: 0 }}>
              {tag}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'rfm',
      title: t('customers.value.rfmSegment'),
      render: (_, c) => <RfmTag segment={c.rfmSegment} />,
    },
    {
      key: 'type',
      title: t('customers.value.consumerType'),
      render: (_, c) => <ConsumerTypeTag type={c.consumerType} />,
    },
    { key: 'created', title: t('common.created'), render: (_, c) => formatDate(c.createdAt) },
  ];

  const empty =
    activeCustomerFilters(filters) > 0 ? (
      t('customers.list.noMatch')
    ) : (
      <Space orientation="vertical" align="center">
        <Typography.Text>{t('customers.list.empty')}</Typography.Text>
        <Flex gap={8} wrap justify="center">
          {canImport && (
            <ButtonLink
              to="/w/$workspaceId/customers/import"
              params={{ workspaceId: ws.id }}
              type="primary"
              icon={<UploadOutlined />}
            >
              {t('customers.import.button')}
            </ButtonLink>
          )}
          {canEdit && (
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('customers.create.add')}
            </Button>
          )}
        </Flex>
      </Space>
    );

  return (
    <>
      <PageHeader
        title={t('areas.customers.title')}
        description={t('customers.list.pageDescription')}
        actions={
          <>
            <ButtonLink
              to="/w/$workspaceId/segments"
              params={{ workspaceId: ws.id }}
              icon={<ClusterOutlined />}
            >
              {t('areas.segments.title')}
            </ButtonLink>
            <ButtonLink
              to="/w/$workspaceId/customers/duplicates"
              params={{ workspaceId: ws.id }}
              icon={<MergeCellsOutlined />}
            >
              {t('customers.duplicates.title')}
            </ButtonLink>
            {canImport && (
              <ButtonLink
                to="/w/$workspaceId/customers/import"
                params={{ workspaceId: ws.id }}
                icon={<UploadOutlined />}
              >
                {t('customers.import.button')}
              </ButtonLink>
            )}
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('customers.create.button')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <CustomerFilterBar
          filters={filters}
          onChange={setFilters}
          onClear={clearFilters}
          segments={segments.data ?? []}
        />
        <PagedTable list={list} columns={columns} rowKey="id" empty={empty} />
      </Card>
      <NewCustomerModal
        workspaceId={ws.id}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => open(c.id)}
      />
    </>
  );
}
