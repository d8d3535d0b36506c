// Defining a custom customer field (key, label, type, choices) or changing one: a field's key and
// type are fixed once made (values are stored under the key, typed by the type); the label, the
// choices and the position can change.
import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FIELD_TYPES,
  useCustomerFieldMutations,
  type CustomerField,
  type FieldType,
} from '../../api/customers';
import { FormModal } from '../../components/FormModal';
import { useNotify } from '../../components/useNotify';

interface Fields {
  key: string;
  label: string;
  type: FieldType;
  options?: string[];
  position?: number;
}

interface Props {
  workspaceId: string;
  /** undefined: closed; null: a new field. */
  field: CustomerField | null | undefined;
  nextPosition: number;
  onClose: () => void;
}

const FIELD_NAMES = ['key', 'label', 'type', 'options', 'position'] as const;

function OptionsField() {
  const { t } = useTranslation();
  const type = Form.useWatch<FieldType | undefined>('type', Form.useFormInstance());
  if (type !== 'choice') return null;
  return (
    <Form.Item
      name="options"
      label={t('customerFields.options')}
      extra={t('customerFields.optionsHelp')}
      rules={[{ required: true, type: 'array', min: 1, message: t('customerFields.optionsRequired') }]}
    >
      <Select mode="tags" aria-label={t('customerFields.options')} tokenSeparators={[',']} open={false} />
    </Form.Item>
  );
}

export function CustomerFieldModal({ workspaceId, field, nextPosition, onClose }: Props) {
  const { t } = useTranslation();
  const { create, update } = useCustomerFieldMutations(workspaceId);
  const notify = useNotify();
  const editing = Boolean(field);
  return (
    <FormModal<Fields>
      open={field !== undefined}
      name="customerField"
      title={editing ? t('customerFields.edit') : t('customerFields.add')}
      okText={editing ? t('common.save') : t('customerFields.addOk')}
      pending={create.isPending || update.isPending}
      onCancel={onClose}
      initialValues={
        field ? { ...field } : { key: '', label: '', type: 'text', options: [], position: nextPosition }
      }
      onFinish={(values, form) => {
        const onError = notify.formError(form, FIELD_NAMES);
        const onSuccess = () => {
          notify.success(t('common.saved'));
          onClose();
        };
        const options = values.type === 'choice' ? (values.options ?? []) : [];
        if (field) {
          update.mutate(
            {
              key: field.key,
              label: values.label.trim(),
              options,
              position: values.position ?? field.position,
            },
            { onSuccess, onError },
          );
        } else {
          create.mutate(
            {
              key: values.key.trim(),
              label: values.label.trim(),
              type: values.type,
              options,
              position: values.position ?? nextPosition,
            },
            { onSuccess, onError },
          );
        }
      }}
    >
      <Form.Item
        name="label"
        label={t('customerFields.label')}
        rules={[
          { required: true, whitespace: true, message: t('customerFields.labelRequired') },
          { max: 100 },
        ]}
      >
        <Input autoFocus />
      </Form.Item>
      <Form.Item
        name="key"
        label={t('customerFields.key')}
        extra={t('customerFields.keyHelp')}
        rules={[
          { required: true, message: t('customerFields.keyInvalid') },
          { pattern: /^[a-z][a-z0-9_]{0,39}$/, message: t('customerFields.keyInvalid') },
        ]}
      >
        <Input disabled={editing} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="type" label={t('customerFields.type')}>
        <Select
          disabled={editing}
          aria-label={t('customerFields.type')}
          options={FIELD_TYPES.map((ft) => ({ value: ft, label: t(`customerFields.types.${ft}`) }))}
        />
      </Form.Item>
      <OptionsField />
      <Form.Item name="position" label={t('customerFields.position')}>
        <InputNumber min={0} precision={0} style={{ width: 120 }} />
      </Form.Item>
    </FormModal>
  );
}
