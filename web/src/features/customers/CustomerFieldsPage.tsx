// Settings → Customer fields: the workspace's typed custom attributes of a customer (a birthday, a
// membership tier…). Admins add, relabel, reorder and delete them; deleting removes the values.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerFieldMutations, useCustomerFields, type CustomerField } from '../../api/customers';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useNotify } from '../../components/useNotify';
import { useCurrentWorkspace } from '../workspace/current';
import { CustomerFieldModal } from './CustomerFieldModal';
import { canManageCustomerData } from './labels';

export function CustomerFieldsPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const fields = useCustomerFields(ws.id);
  const { remove } = useCustomerFieldMutations(ws.id);
  const notify = useNotify();
  const canEdit = canManageCustomerData(ws.role);
  const [editing, setEditing] = useState<CustomerField | null | undefined>(undefined);
  const list = [...(fields.data ?? [])].sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));
  const nextPosition = list.reduce((max, f) => Math.max(max, f.position + 1), 0);

  const columns: TableColumnsType<CustomerField> = [
    { key: 'label', title: t('customerFields.label'), dataIndex: 'label' },
    { key: 'key', title: t('customerFields.key'), render: (_, f) => <code>{f.key}</code> },
    { key: 'type', title: t('customerFields.type'), render: (_, f) => t(`customerFields.types.${f.type}`) },
    {
      key: 'options',
      title: t('customerFields.options'),
      render: (_, f) =>
        f.options.length === 0 ? (
          '—'
        ) : (
          <Flex gap={4} wrap style={{ maxWidth: 320 }}>
            {f.options.map((o) => (
              <Tag key={o} style={{ marginInlineEnd: 0 }}>
                {o}
              </Tag>
            ))}
          </Flex>
        ),
    },
    { key: 'position', title: t('customerFields.position'), dataIndex: 'position', align: 'end' },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, f: CustomerField) => (
              <Flex gap={4} wrap>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(f)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('customerFields.deleteConfirm', { label: f.label })}
                  description={<div style={{ maxWidth: 320 }}>{t('customerFields.deleteHelp')}</div>}
                  okText={t('common.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    remove
                      .mutateAsync(f.key)
                      .then(() => notify.success(t('customerFields.deleted')), notify.error)
                  }
                >
                  <Button size="small" danger icon={<DeleteOutlined />}>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('nav.customerFields')}
        description={t('customerFields.pageDescription')}
        actions={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('customerFields.add')}
            </Button>
          )
        }
      />
      <Card>
        <QueryState isPending={fields.isPending} error={fields.error} refetch={fields.refetch}>
          <Table<CustomerField>
            rowKey="key"
            columns={columns}
            dataSource={list}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={t('customerFields.empty')} /> }}
          />
        </QueryState>
      </Card>
      <CustomerFieldModal
        workspaceId={ws.id}
        field={editing}
        nextPosition={nextPosition}
        onClose={() => setEditing(undefined)}
      />
    </>
  );
}
