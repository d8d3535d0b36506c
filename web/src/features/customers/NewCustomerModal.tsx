// Adding one customer by hand: a name, an email and a phone (each becomes an identity), tags.
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCustomerMutations, type Customer, type IdentityInput } from '../../api/customers';
import { isApiError } from '../../api/client';
import { errorText } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { useNotify } from '../../components/useNotify';

interface Fields {
  name: string;
  email?: string;
  phone?: string;
  tags?: string[];
}

interface Props {
  workspaceId: string;
  open: boolean;
  onClose: () => void;
  onCreated: (c: Customer) => void;
}

const FIELDS = ['name', 'tags'] as const;

export function NewCustomerModal({ workspaceId, open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { create } = useCustomerMutations(workspaceId);
  const notify = useNotify();
  return (
    <FormModal<Fields>
      open={open}
      name="newCustomer"
      title={t('customers.create.title')}
      okText={t('customers.create.ok')}
      pending={create.isPending}
      onCancel={onClose}
      initialValues={{ name: '', tags: [] }}
      onFinish={(values, form) => {
        const identities: IdentityInput[] = [];
        if (values.email?.trim()) identities.push({ kind: 'email', value: values.email.trim() });
        if (values.phone?.trim()) identities.push({ kind: 'phone', value: values.phone.trim() });
        create.mutate(
          { name: values.name.trim(), identities, tags: values.tags ?? [] },
          {
            onSuccess: (c) => {
              notify.success(t('customers.create.done', { name: c.name || t('customers.unnamed') }));
              onClose();
              onCreated(c);
            },
            onError: (e) => {
              // A 400 names "identities.<i>.value"; a 409 identity_taken names the kind in its text.
              const m = isApiError(e) ? /^identities\.(\d+)/.exec(e.field ?? '') : null;
              const kind = m
                ? identities[Number(m[1])]?.kind
                : isApiError(e) && e.code === 'identity_taken'
                  ? identities.find((i) => e.message.includes(i.kind))?.kind
                  : undefined;
              if (kind === 'email' || kind === 'phone')
                form.setFields([{ name: kind, errors: [errorText(t, e)] }]);
              else notify.formError(form, FIELDS)(e);
            },
          },
        );
      }}
    >
      <Form.Item
        name="name"
        label={t('customers.fields.name')}
        rules={[
          { required: true, whitespace: true, message: t('customers.create.nameRequired') },
          { max: 200 },
        ]}
      >
        <Input autoFocus />
      </Form.Item>
      <Form.Item name="email" label={t('customers.identityKinds.email')} rules={[{ type: 'email' }]}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('customers.identityKinds.phone')}
        extra={t('customers.create.phoneHelp')}
      >
        <Input type="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item name="tags" label={t('customers.fields.tags')}>
        <Select mode="tags" aria-label={t('customers.fields.tags')} tokenSeparators={[',']} open={false} />
      </Form.Item>
    </FormModal>
  );
}
