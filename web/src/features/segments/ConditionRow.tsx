// One condition of a segment: pick what it looks at, then only the operators and inputs valid for
// that (for a custom attribute: for its type).
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select, TreeSelect, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_CHANNELS, IDENTITY_KINDS, type CustomerField } from '../../api/customers';
import { COMPARE_OPS, NPS_GROUPS, type Condition, type ConditionField } from '../../api/segments';
import { LANGUAGES, type Location } from '../../api/types';
import { LANGUAGE_NAMES } from '../../i18n';
import { channelName, consumerTypeOptions, identityKindName, rfmOptions } from '../customers/labels';
import { buildTree, locationTreeOptions } from '../locations/tree';
import { AttributeValue } from './AttributeValue';
import { attributeOps, CONDITION_FIELDS, newCondition, VALUELESS_OPS } from './conditions';

interface Props {
  index: number;
  condition: Condition;
  fields: readonly CustomerField[];
  locations: readonly Location[];
  onChange: (c: Condition) => void;
  onRemove: () => void;
}

/** Every operator any kind of condition has. */
type ConditionOp = Extract<Condition, { op: string }>['op'];

const W = { small: { width: 120 }, medium: { width: 180 }, wide: { minWidth: 160, flex: '1 1 160px' } };

export function ConditionRow({ index, condition: c, fields, locations, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const label = (what: string) => t('segments.rowLabel', { n: index + 1, what });
  const days = (value: number, set: (days: number) => void) => (
    <Flex gap={4} align="center">
      <Typography.Text>{t('segments.inLast')}</Typography.Text>
      <InputNumber
        aria-label={label(t('segments.days'))}
        min={1}
        max={3650}
        precision={0}
        value={value}
        onChange={(v) => set(v ?? 0)}
        style={W.small}
      />
      <Typography.Text>{t('segments.daysUnit')}</Typography.Text>
    </Flex>
  );

  // Every kind of condition has one, offering only that kind's operators.
  const operator = <Op extends ConditionOp>(ops: readonly Op[], value: Op, set: (op: Op) => void) => (
    <Select
      aria-label={label(t('segments.operator'))}
      value={value}
      onChange={set}
      options={ops.map((op) => ({ value: op, label: t(`segments.ops.${op}`) }))}
      style={W.medium}
    />
  );

  let rest: ReactNode = null;
  switch (c.field) {
    case 'attribute': {
      const field = fields.find((f) => f.key === c.key);
      const ops = attributeOps(field);
      rest = (
        <>
          <Select
            aria-label={label(t('segments.attribute'))}
            placeholder={t('segments.pickAttribute')}
            value={c.key || undefined}
            onChange={(key: string) => {
              const next = fields.find((f) => f.key === key);
              const op = attributeOps(next).includes(c.op) ? c.op : 'eq';
              onChange({ ...c, key, op, value: undefined });
            }}
            options={fields.map((f) => ({ value: f.key, label: f.label }))}
            notFoundContent={t('segments.noAttributes')}
            style={W.medium}
          />
          {operator(ops, c.op, (op) => onChange({ ...c, op }))}
          {!VALUELESS_OPS.includes(c.op) && (
            <AttributeValue field={field} condition={c} label={label} onChange={onChange} />
          )}
        </>
      );
      break;
    }
    case 'tag':
      rest = (
        <>
          {operator(['has', 'not_has'] as const, c.op, (op) => onChange({ ...c, op }))}
          <Input
            aria-label={label(t('segments.fields.tag'))}
            placeholder={t('segments.tagPlaceholder')}
            value={c.value}
            onChange={(e) => onChange({ ...c, value: e.target.value })}
            style={W.wide}
          />
        </>
      );
      break;
    case 'identity':
      rest = (
        <>
          {operator(['has', 'not_has'] as const, c.op, (op) => onChange({ ...c, op }))}
          <Select
            aria-label={label(t('segments.fields.identity'))}
            value={c.kind}
            onChange={(kind: typeof c.kind) => onChange({ ...c, kind })}
            options={IDENTITY_KINDS.map((k) => ({ value: k, label: identityKindName(t, k) }))}
            style={W.medium}
          />
        </>
      );
      break;
    case 'rfm_segment':
    case 'consumer_type':
      rest = (
        <>
          {operator(['in', 'not_in'] as const, c.op, (op) => onChange({ ...c, op }))}
          <Select
            mode="multiple"
            aria-label={label(t(`segments.fields.${c.field}`))}
            placeholder={t('segments.pickSome')}
            value={c.values as string[]}
            // The options are the field's own values (RFM segments or consumer types).
            onChange={(values: string[]) => onChange({ ...c, values } as Condition)}
            options={
              (c.field === 'rfm_segment' ? rfmOptions(t) : consumerTypeOptions(t)) as {
                value: string;
                label: string;
              }[]
            }
            style={W.wide}
          />
        </>
      );
      break;
    case 'orders':
      rest = (
        <>
          <Select
            aria-label={label(t('segments.measure'))}
            value={c.measure}
            onChange={(measure: typeof c.measure) => onChange({ ...c, measure })}
            options={(['spend', 'count'] as const).map((m) => ({
              value: m,
              label: t(`segments.measures.${m}`),
            }))}
            style={W.medium}
          />
          {operator(COMPARE_OPS, c.op, (op) => onChange({ ...c, op }))}
          <InputNumber
            aria-label={label(t('segments.amount'))}
            min={0}
            precision={c.measure === 'count' ? 0 : 2}
            value={c.value}
            onChange={(v) => onChange({ ...c, value: v ?? 0 })}
            style={W.small}
          />
          {days(c.days, (d) => onChange({ ...c, days: d }))}
        </>
      );
      break;
    case 'nps':
      rest = (
        <>
          <Select
            aria-label={label(t('segments.npsGroup'))}
            value={c.group}
            onChange={(group: typeof c.group) => onChange({ ...c, group })}
            options={NPS_GROUPS.map((g) => ({ value: g, label: t(`segments.npsGroups.${g}`) }))}
            style={W.medium}
          />
          {days(c.days, (d) => onChange({ ...c, days: d }))}
        </>
      );
      break;
    case 'location':
      rest = (
        <TreeSelect
          aria-label={label(t('segments.fields.location'))}
          placeholder={t('segments.pickLocation')}
          showSearch={{ treeNodeFilterProp: 'title' }}
          treeDefaultExpandAll
          value={c.locationId || undefined}
          onChange={(locationId: string) => onChange({ ...c, locationId })}
          treeData={locationTreeOptions(buildTree(locations))}
          popupMatchSelectWidth={false}
          style={W.wide}
        />
      );
      break;
    case 'consent':
      rest = (
        <Select
          aria-label={label(t('segments.fields.consent'))}
          value={c.channel}
          onChange={(channel: typeof c.channel) => onChange({ ...c, channel })}
          options={CONSENT_CHANNELS.map((ch) => ({ value: ch, label: channelName(t, ch) }))}
          style={W.medium}
        />
      );
      break;
    case 'language':
      rest = (
        <Select
          mode="multiple"
          aria-label={label(t('segments.fields.language'))}
          placeholder={t('segments.pickSome')}
          value={c.values}
          onChange={(values: typeof c.values) => onChange({ ...c, values })}
          options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          style={W.wide}
        />
      );
      break;
  }

  return (
    <Flex
      gap={8}
      wrap
      align="center"
      data-testid="segment-condition"
      role="group"
      aria-label={t('segments.conditionN', { n: index + 1 })}
    >
      <Select<ConditionField>
        aria-label={label(t('segments.field'))}
        value={c.field}
        onChange={(field) => onChange(newCondition(field, fields))}
        options={CONDITION_FIELDS.map((f) => ({ value: f, label: t(`segments.fields.${f}`) }))}
        style={W.medium}
      />
      {rest}
      <Button
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={t('segments.removeCondition', { n: index + 1 })}
        onClick={onRemove}
      />
    </Flex>
  );
}
