// Importing customers from a CSV or XLSX file, in three steps: upload; check how the file was read
// and map its columns; run (a dry run first by default) and read the result. The import being
// worked on is in the URL (?import=<id>), so a reload or a shared link comes back to it; past
// imports are listed below.
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Card, Empty, Flex, Steps, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useImport, useImports, type CustomerImport } from '../../../api/customer-imports';
import { PagedTable } from '../../../components/PagedTable';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { formatDateTime } from '../../../i18n/format';
import { useCurrentWorkspace } from '../../workspace/current';
import { Readable } from '../../../components/Readable';
import { ImportStatusTag } from './ImportStatusTag';
import { MappingStep } from './MappingStep';
import { ProgressStep } from './ProgressStep';
import { UploadStep } from './UploadStep';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function ImportPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const importId = typeof search.import === 'string' && UUID.test(search.import) ? search.import : null;
  const current = useImport(ws.id, importId);
  const past = useImports(ws.id);

  const openImport = (id: string | null) =>
    void navigate({ to: '.', search: (id ? { import: id } : {}) as never, replace: id === null });

  const step = !importId ? 0 : current.data?.status === 'uploaded' ? 1 : 2;

  const columns: TableColumnsType<CustomerImport> = [
    {
      key: 'file',
      title: t('customers.import.file'),
      render: (_, i) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => openImport(i.id)}>
          {i.fileName}
        </Button>
      ),
    },
    {
      key: 'status',
      title: t('customers.import.status'),
      render: (_, i) => <ImportStatusTag status={i.status} dryRun={i.dryRun} />,
    },
    { key: 'rows', title: t('customers.import.rows'), align: 'end', render: (_, i) => i.totalRows ?? '—' },
    { key: 'inserted', title: t('customers.import.inserted'), align: 'end', dataIndex: 'inserted' },
    { key: 'updated', title: t('customers.import.updated'), align: 'end', dataIndex: 'updated' },
    { key: 'rejected', title: t('customers.import.rejected'), align: 'end', dataIndex: 'rejected' },
    { key: 'created', title: t('common.created'), render: (_, i) => formatDateTime(i.createdAt) },
  ];

  return (
    <Readable>
      <div style={{ marginBottom: 8 }}>
        <Link to="/w/$workspaceId/customers" params={{ workspaceId: ws.id }}>
          <ArrowLeftOutlined /> {t('areas.customers.title')}
        </Link>
      </div>
      <PageHeader
        title={t('customers.import.title')}
        description={t('customers.import.pageDescription')}
        actions={
          importId && (
            <Button icon={<PlusOutlined />} onClick={() => openImport(null)}>
              {t('customers.import.another')}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Steps
            current={step}
            style={{ marginBottom: 24 }}
            items={[
              { title: t('customers.import.steps.upload') },
              { title: t('customers.import.steps.map') },
              { title: t('customers.import.steps.run') },
            ]}
          />
          {!importId ? (
            <UploadStep workspaceId={ws.id} onUploaded={(i) => openImport(i.id)} />
          ) : (
            <QueryState isPending={current.isPending} error={current.error} refetch={current.refetch}>
              {current.data &&
                (current.data.status === 'uploaded' ? (
                  <MappingStep key={current.data.id} workspaceId={ws.id} file={current.data} />
                ) : (
                  <ProgressStep workspaceId={ws.id} run={current.data} />
                ))}
            </QueryState>
          )}
        </Card>
        <Card title={t('customers.import.past')} size="small">
          {/* No empty table: on a phone its header alone would scroll, with nothing to focus in it. */}
          {past.isSuccess && past.items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.import.noPast')} />
          ) : (
            <PagedTable list={past} columns={columns} rowKey="id" empty={t('customers.import.noPast')} />
          )}
        </Card>
      </Flex>
    </Readable>
  );
}
