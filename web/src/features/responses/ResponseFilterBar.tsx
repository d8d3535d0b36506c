// The filters above the responses list. Each change rewrites the URL; the list follows the URL.
import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, TreeSelect, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RESPONSE_STATUSES } from '../../api/responses';
import type { Wave } from '../../api/surveys';
import type { Location } from '../../api/types';
import { buildTree, locationTreeOptions } from '../locations/tree';
import { activeFilterCount, type ResponseFilters } from './filters';
import { Readable } from '../../components/Readable';

interface Props {
  filters: ResponseFilters;
  onChange: (patch: Partial<ResponseFilters>) => void;
  onClear: () => void;
  latestVersion: number | null;
  waves: Wave[];
  locations: Location[];
  languages: string[];
  languageName: (tag: string) => string;
}

const FIELD = { minWidth: 150, flex: '1 1 150px', maxWidth: 260 };

export function ResponseFilterBar(props: Props) {
  const { filters: f, onChange, onClear, latestVersion, waves, locations, languages, languageName } = props;
  const { t } = useTranslation();
  const versions = latestVersion ? Array.from({ length: latestVersion }, (_, i) => latestVersion - i) : [];

  return (
    <Readable>
      <Flex
        wrap
        gap={8}
        align="center"
        style={{ marginBottom: 16 }}
        role="search"
        aria-label={t('responses.filters')}
      >
        <Select
          aria-label={t('responses.status')}
          placeholder={t('responses.anyStatus')}
          allowClear
          value={f.status}
          onChange={(status) => onChange({ status })}
          options={RESPONSE_STATUSES.map((s) => ({ value: s, label: t(`responses.statuses.${s}`) }))}
          style={FIELD}
        />
        <Select
          aria-label={t('responses.version')}
          placeholder={t('responses.anyVersion')}
          allowClear
          value={f.version}
          onChange={(version) => onChange({ version })}
          options={versions.map((v) => ({ value: v, label: t('responses.versionN', { n: v }) }))}
          style={FIELD}
        />
        {waves.length > 0 && (
          <Select
            aria-label={t('responses.wave')}
            placeholder={t('responses.anyWave')}
            allowClear
            value={f.waveId}
            onChange={(waveId) => onChange({ waveId })}
            options={waves.map((w) => ({
              value: w.id,
              label: w.name || t('responses.waveN', { n: w.number }),
            }))}
            style={FIELD}
          />
        )}
        <TreeSelect
          aria-label={t('responses.location')}
          placeholder={t('responses.anyLocation')}
          allowClear
          showSearch={{ treeNodeFilterProp: 'title' }}
          treeDefaultExpandAll
          value={f.locationId}
          onChange={(locationId: string | undefined) => onChange({ locationId })}
          treeData={locationTreeOptions(buildTree(locations))}
          popupMatchSelectWidth={false}
          style={FIELD}
        />
        <Input.Search
          key={f.channel ?? ''}
          aria-label={t('responses.channel')}
          placeholder={t('responses.channelPlaceholder')}
          allowClear
          defaultValue={f.channel}
          onSearch={(v) => onChange({ channel: v.trim() || undefined })}
          style={FIELD}
        />
        <Select
          aria-label={t('responses.language')}
          placeholder={t('responses.anyLanguage')}
          allowClear
          value={f.language}
          onChange={(language) => onChange({ language })}
          options={languages.map((l) => ({ value: l, label: languageName(l) }))}
          style={FIELD}
        />
        <Flex gap={4} align="center" wrap>
          <Typography.Text type="secondary">{t('responses.startedBetween')}</Typography.Text>
          <Input
            type="date"
            aria-label={t('responses.from')}
            value={f.from ?? ''}
            max={f.to}
            onChange={(e) => onChange({ from: e.target.value || undefined })}
            style={{ width: 150 }}
          />
          <Typography.Text type="secondary">–</Typography.Text>
          <Input
            type="date"
            aria-label={t('responses.to')}
            value={f.to ?? ''}
            min={f.from}
            onChange={(e) => onChange({ to: e.target.value || undefined })}
            style={{ width: 150 }}
          />
        </Flex>
        {activeFilterCount(f) > 0 && (
          <Button icon={<ClearOutlined />} onClick={onClear}>
            {t('responses.clearFilters')}
          </Button>
        )}
      </Flex>
    </Readable>
  );
}
