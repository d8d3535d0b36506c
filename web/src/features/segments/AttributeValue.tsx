// The value input of an attribute condition, typed by the attribute's custom field: a number, a
// date, yes/no, one of the field's choices, or text.
import { Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerField } from '../../api/customers';
import type { Condition } from '../../api/segments';

const W = { small: { width: 120 }, medium: { width: 180 }, wide: { minWidth: 160, flex: '1 1 160px' } };

/** The value of an attribute condition, typed by the attribute's field. */
export function AttributeValue({
  field,
  condition: c,
  label,
  onChange,
}: {
  field: CustomerField | undefined;
  condition: Extract<Condition, { field: 'attribute' }>;
  label: (what: string) => string;
  onChange: (c: Condition) => void;
}) {
  const { t } = useTranslation();
  const aria = label(t('segments.value'));
  switch (field?.type) {
    case 'number':
      return (
        <InputNumber
          aria-label={aria}
          value={typeof c.value === 'number' ? c.value : null}
          onChange={(v) => onChange({ ...c, value: v ?? undefined })}
          style={W.small}
        />
      );
    case 'date':
      return (
        <Input
          type="date"
          aria-label={aria}
          value={typeof c.value === 'string' ? c.value : ''}
          onChange={(e) => onChange({ ...c, value: e.target.value || undefined })}
          style={{ width: 160 }}
        />
      );
    case 'boolean':
      return (
        <Select
          aria-label={aria}
          value={typeof c.value === 'boolean' ? String(c.value) : undefined}
          placeholder={t('segments.pickOne')}
          onChange={(v: string) => onChange({ ...c, value: v === 'true' })}
          options={[
            { value: 'true', label: t('customers.attributes.yes') },
            { value: 'false', label: t('customers.attributes.no') },
          ]}
          style={W.small}
        />
      );
    case 'choice':
      return (
        <Select
          aria-label={aria}
          value={typeof c.value === 'string' ? c.value : undefined}
          placeholder={t('segments.pickOne')}
          onChange={(v: string) => onChange({ ...c, value: v })}
          options={field.options.map((o) => ({ value: o, label: o }))}
          style={W.medium}
        />
      );
    default:
      return (
        <Input
          aria-label={aria}
          value={typeof c.value === 'string' ? c.value : ''}
          onChange={(e) => onChange({ ...c, value: e.target.value })}
          style={W.wide}
        />
      );
  }
}
