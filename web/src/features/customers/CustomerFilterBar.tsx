// The search box and filters above the customer list. Each change rewrites the URL; the list
// follows the URL.
import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerQuery } from '../../api/customers';
import type { Segment } from '../../api/segments';
import { activeCustomerFilters } from './filters';
import { consumerTypeOptions, rfmOptions } from './labels';
import { Readable } from '../../components/Readable';

interface Props {
  filters: CustomerQuery;
  onChange: (patch: Partial<CustomerQuery>) => void;
  onClear: () => void;
  segments: Segment[];
}

const FIELD = { minWidth: 160, flex: '1 1 160px', maxWidth: 260 };

export function CustomerFilterBar({ filters: f, onChange, onClear, segments }: Props) {
  const { t } = useTranslation();
  return (
    <Readable>
      <Flex
        wrap
        gap={8}
        align="center"
        style={{ marginBottom: 16 }}
        role="search"
        aria-label={t('customers.list.filters')}
      >
        <Input.Search
          key={`q-${f.q ?? ''}`}
          allowClear
          aria-label={t('customers.list.search')}
          placeholder={t('customers.list.search')}
          defaultValue={f.q}
          onSearch={(v) => onChange({ q: v.trim() || undefined })}
          style={{ flex: '2 1 240px', maxWidth: 380 }}
        />
        <Input.Search
          key={`tag-${f.tag ?? ''}`}
          allowClear
          aria-label={t('customers.list.tag')}
          placeholder={t('customers.list.tagPlaceholder')}
          defaultValue={f.tag}
          onSearch={(v) => onChange({ tag: v.trim() || undefined })}
          style={FIELD}
        />
        <Select
          aria-label={t('customers.list.rfmSegment')}
          placeholder={t('customers.list.anyRfmSegment')}
          allowClear
          value={f.rfmSegment}
          onChange={(rfmSegment?: string) => onChange({ rfmSegment })}
          options={rfmOptions(t)}
          style={FIELD}
        />
        <Select
          aria-label={t('customers.list.consumerType')}
          placeholder={t('customers.list.anyConsumerType')}
          allowClear
          value={f.consumerType}
          onChange={(consumerType?: string) => onChange({ consumerType })}
          options={consumerTypeOptions(t)}
          style={FIELD}
        />
        <Select
          aria-label={t('customers.list.segment')}
          placeholder={t('customers.list.anySegment')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={f.segmentId}
          onChange={(segmentId?: string) => onChange({ segmentId })}
          options={segments.map((s) => ({ value: s.id, label: s.name }))}
          style={FIELD}
        />
        {activeCustomerFilters(f) > 0 && (
          <Button icon={<ClearOutlined />} onClick={onClear}>
            {t('customers.list.clearFilters')}
          </Button>
        )}
      </Flex>
    </Readable>
  );
}
