// The workspace's custom fields for this customer, each edited as its type asks: text, a number, a
// date, yes/no, or one of the field's choices. An emptied field is removed from the profile.
import { Link } from '@tanstack/react-router';
import { Button, Card, Empty, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  useCustomerFields,
  useCustomerMutations,
  type AttributeValue,
  type Customer,
  type CustomerField,
} from '../../api/customers';
import { QueryState } from '../../components/QueryState';
import { useNotify } from '../../components/useNotify';

interface Props {
  workspaceId: string;
  customer: Customer;
  canEdit: boolean;
  canDefineFields: boolean;
}

type Values = Record<string, AttributeValue | null | undefined>;

interface InputProps {
  field: CustomerField;
  t: TFunction;
  label: string;
  /** Given by the Form.Item around it. */
  value?: AttributeValue | null;
  onChange?: (v: AttributeValue | null) => void;
}

/** The input for one field type; booleans are a three-way choice so that "not set" stays possible. */
export function AttributeInput({ field, t, label, value, onChange }: InputProps) {
  const set = (v: AttributeValue | null | undefined) => onChange?.(v ?? null);
  switch (field.type) {
    case 'number':
      return (
        <InputNumber
          aria-label={label}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => set(v)}
          style={{ width: '100%' }}
        />
      );
    case 'date':
      return (
        <Input
          type="date"
          aria-label={label}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(e.target.value || null)}
        />
      );
    case 'boolean':
      return (
        <Select<'true' | 'false'>
          aria-label={label}
          allowClear
          placeholder={t('customers.profile.notSet')}
          value={typeof value === 'boolean' ? (String(value) as 'true' | 'false') : undefined}
          onChange={(v) => set(v === undefined ? null : v === 'true')}
          options={[
            { value: 'true', label: t('customers.attributes.yes') },
            { value: 'false', label: t('customers.attributes.no') },
          ]}
        />
      );
    case 'choice':
      return (
        <Select<string>
          aria-label={label}
          allowClear
          placeholder={t('customers.profile.notSet')}
          value={typeof value === 'string' ? value : undefined}
          onChange={(v) => set(v)}
          options={field.options.map((o) => ({ value: o, label: o }))}
        />
      );
    default:
      return (
        <Input
          aria-label={label}
          value={value === null || value === undefined ? '' : String(value)}
          onChange={(e) => set(e.target.value)}
        />
      );
  }
}

/** The PATCH body: only what changed; an emptied field becomes null (removed). */
export function attributeChanges(fields: CustomerField[], before: Customer['attributes'], values: Values) {
  const out: Record<string, AttributeValue | null> = {};
  for (const f of fields) {
    const raw = values[f.key];
    const next = raw === undefined || raw === '' ? null : raw;
    const prev = before[f.key] ?? null;
    if (next !== prev) out[f.key] = next;
  }
  return out;
}

export function AttributesCard({ workspaceId, customer: c, canEdit, canDefineFields }: Props) {
  const { t } = useTranslation();
  const fields = useCustomerFields(workspaceId);
  const { update } = useCustomerMutations(workspaceId);
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const list = [...(fields.data ?? [])].sort((a, b) => a.position - b.position);
  // Values whose field was never defined here (an API client sent them): shown, not editable.
  const loose = Object.entries(c.attributes).filter(([k]) => !list.some((f) => f.key === k));

  return (
    <Card
      title={t('customers.attributes.title')}
      size="small"
      extra={
        canDefineFields && (
          <Link to="/w/$workspaceId/settings/customer-fields" params={{ workspaceId }}>
            {t('customers.attributes.manage')}
          </Link>
        )
      }
    >
      <QueryState isPending={fields.isPending} error={fields.error} refetch={fields.refetch}>
        {list.length === 0 && loose.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.attributes.none')} />
        ) : (
          <Form<Values>
            form={form}
            name="customerAttributes"
            key={c.updatedAt}
            layout="vertical"
            disabled={!canEdit}
            initialValues={Object.fromEntries(list.map((f) => [f.key, c.attributes[f.key]]))}
            onFinish={(values) => {
              const attributes = attributeChanges(list, c.attributes, values);
              if (Object.keys(attributes).length === 0) return;
              update.mutate(
                { id: c.id, attributes },
                {
                  onSuccess: () => notify.success(t('common.saved')),
                  onError: (e) => {
                    // The API names "attributes.<key>": put it under that field.
                    const key = (e as { field?: string }).field?.split('.')[1];
                    if (key && list.some((f) => f.key === key)) {
                      form.setFields([{ name: key, errors: [(e as Error).message] }]);
                    } else notify.error(e);
                  },
                },
              );
            }}
          >
            {list.map((f) => (
              <Form.Item key={f.key} name={f.key} label={f.label}>
                <AttributeInput field={f} t={t} label={f.label} />
              </Form.Item>
            ))}
            {loose.map(([k, v]) => (
              <Form.Item key={k} label={k}>
                <Typography.Text>{String(v)}</Typography.Text>
              </Form.Item>
            ))}
            {canEdit && list.length > 0 && (
              <Button type="primary" htmlType="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
            )}
          </Form>
        )}
      </QueryState>
    </Card>
  );
}
