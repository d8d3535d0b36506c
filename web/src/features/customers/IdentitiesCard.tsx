// How the customer is known: email, phone, WeChat ids, member and external ids. Add one (the server
// normalises it and refuses one that is someone else's), remove one after a confirmation.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, List, Popconfirm, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IDENTITY_KINDS, useCustomerMutations, type Customer, type IdentityKind } from '../../api/customers';
import { useNotify } from '../../components/useNotify';
import { formatDateTime } from '../../i18n/format';
import { identityKindName } from './labels';

interface Props {
  workspaceId: string;
  customer: Customer;
  canEdit: boolean;
}

interface Fields {
  kind: IdentityKind;
  value: string;
}

export function IdentitiesCard({ workspaceId, customer: c, canEdit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Fields>();
  const { addIdentity, removeIdentity } = useCustomerMutations(workspaceId);
  const notify = useNotify();

  const add = (values: Fields) =>
    addIdentity.mutate(
      { id: c.id, kind: values.kind, value: values.value.trim() },
      {
        onSuccess: () => {
          notify.success(t('customers.identities.added'));
          form.resetFields(['value']);
        },
        onError: notify.formError(form, ['kind', 'value'] as const),
      },
    );

  return (
    <Card title={t('customers.identities.title')} size="small">
      <List
        size="small"
        dataSource={c.identities}
        locale={{ emptyText: t('customers.identities.none') }}
        renderItem={(i) => (
          <List.Item
            data-testid="identity"
            actions={
              canEdit
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('customers.identities.removeConfirm', { value: i.value })}
                      okText={t('customers.identities.remove')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        removeIdentity
                          .mutateAsync({ id: c.id, kind: i.kind, value: i.value })
                          .then(() => notify.success(t('customers.identities.removed')), notify.error)
                      }
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('customers.identities.removeLabel', { value: i.value })}
                      />
                    </Popconfirm>,
                  ]
                : undefined
            }
          >
            <List.Item.Meta
              title={
                <Flex gap={8} wrap align="baseline">
                  <Typography.Text type="secondary">{identityKindName(t, i.kind)}</Typography.Text>
                  <Typography.Text copyable={{ text: i.value }} style={{ wordBreak: 'break-all' }}>
                    {i.value}
                  </Typography.Text>
                </Flex>
              }
              description={t('customers.identities.since', {
                source: i.source,
                time: formatDateTime(i.createdAt),
              })}
            />
          </List.Item>
        )}
      />
      {canEdit && (
        <Form<Fields>
          form={form}
          name="addIdentity"
          layout="inline"
          initialValues={{ kind: 'email', value: '' }}
          onFinish={add}
          style={{ marginTop: 12, rowGap: 8 }}
        >
          <Form.Item name="kind" style={{ minWidth: 150 }}>
            <Select
              aria-label={t('customers.identities.kind')}
              options={IDENTITY_KINDS.map((k) => ({ value: k, label: identityKindName(t, k) }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
          <Form.Item
            name="value"
            rules={[{ required: true, whitespace: true, message: t('customers.identities.valueRequired') }]}
            style={{ flex: '1 1 180px' }}
          >
            <Input
              aria-label={t('customers.identities.value')}
              placeholder={t('customers.identities.value')}
            />
          </Form.Item>
          <Form.Item style={{ marginInlineEnd: 0 }}>
            <Button htmlType="submit" icon={<PlusOutlined />} loading={addIdentity.isPending}>
              {t('customers.identities.add')}
            </Button>
          </Form.Item>
        </Form>
      )}
    </Card>
  );
}
