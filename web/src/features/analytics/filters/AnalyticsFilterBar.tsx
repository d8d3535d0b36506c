// The filters above every analytics view: a period (presets or custom days), locations (a store,
// or a region with its stores), channels, waves and languages. Each change rewrites the URL; the
// views follow the URL.
import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Wave } from '../../../api/surveys';
import type { Location } from '../../../api/types';
import { buildTree, locationTreeOptions } from '../../locations/tree';
import { PERIOD_PRESETS, type FilterState, type PeriodPreset } from './url-filters';
import { Readable } from '../../../components/Readable';

/** The channels the survey links and intake use; others can be typed in. */
const KNOWN_CHANNELS = ['link', 'qr', 'email', 'sms', 'wechat', 'kiosk', 'web'];

interface Props {
  state: FilterState;
  onChange: (next: FilterState) => void;
  locations: Location[];
  /** Survey-only filters; the overview leaves them out. */
  waves?: Wave[];
  languages?: string[];
  languageName?: (tag: string) => string;
  showChannels?: boolean;
}

const FIELD = { minWidth: 160, flex: '1 1 160px', maxWidth: 280 };

export function AnalyticsFilterBar(props: Props) {
  const { state, onChange, locations, waves, languages, languageName, showChannels } = props;
  const { t } = useTranslation();
  const set = (patch: Partial<FilterState>) => onChange({ ...state, ...patch });
  const narrowed =
    state.locationIds.length + state.channels.length + state.waveIds.length + state.languages.length > 0;

  return (
    <Readable>
      <Flex
        wrap
        gap={8}
        align="center"
        role="search"
        aria-label={t('analytics.filters.label')}
        style={{ marginBottom: 16 }}
      >
        <Select<PeriodPreset>
          aria-label={t('analytics.filters.period')}
          value={state.period}
          onChange={(period) =>
            set({ period, ...(period === 'custom' ? {} : { from: undefined, to: undefined }) })
          }
          options={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`analytics.filters.presets.${p}`) }))}
          style={{ width: 170 }}
        />
        {state.period === 'custom' && (
          <Flex gap={4} align="center">
            <Input
              type="date"
              aria-label={t('analytics.filters.from')}
              value={state.from ?? ''}
              max={state.to}
              onChange={(e) => set({ from: e.target.value || undefined })}
              style={{ width: 150 }}
            />
            <span aria-hidden>–</span>
            <Input
              type="date"
              aria-label={t('analytics.filters.to')}
              value={state.to ?? ''}
              min={state.from}
              onChange={(e) => set({ to: e.target.value || undefined })}
              style={{ width: 150 }}
            />
          </Flex>
        )}
        <TreeSelect
          aria-label={t('analytics.filters.locations')}
          placeholder={t('analytics.filters.anyLocation')}
          multiple
          allowClear
          treeCheckable={false}
          showSearch={{ treeNodeFilterProp: 'title' }}
          treeDefaultExpandAll
          value={state.locationIds}
          onChange={(locationIds: string[]) => set({ locationIds })}
          treeData={locationTreeOptions(buildTree(locations))}
          popupMatchSelectWidth={false}
          maxTagCount="responsive"
          style={FIELD}
        />
        {showChannels && (
          <Select
            aria-label={t('analytics.filters.channels')}
            placeholder={t('analytics.filters.anyChannel')}
            mode="tags"
            allowClear
            value={state.channels}
            onChange={(channels: string[]) =>
              set({ channels: channels.map((c) => c.trim()).filter(Boolean) })
            }
            options={KNOWN_CHANNELS.map((c) => ({ value: c, label: c }))}
            maxTagCount="responsive"
            style={FIELD}
          />
        )}
        {waves && waves.length > 0 && (
          <Select
            aria-label={t('analytics.filters.waves')}
            placeholder={t('analytics.filters.anyWave')}
            mode="multiple"
            allowClear
            value={state.waveIds}
            onChange={(waveIds: string[]) => set({ waveIds })}
            options={waves.map((w) => ({
              value: w.id,
              label: w.name || t('analytics.waveN', { n: w.number }),
            }))}
            maxTagCount="responsive"
            optionFilterProp="label"
            style={FIELD}
          />
        )}
        {languages && languages.length > 1 && (
          <Select
            aria-label={t('analytics.filters.languages')}
            placeholder={t('analytics.filters.anyLanguage')}
            mode="multiple"
            allowClear
            value={state.languages}
            onChange={(langs: string[]) => set({ languages: langs })}
            options={languages.map((l) => ({ value: l, label: languageName ? languageName(l) : l }))}
            maxTagCount="responsive"
            style={FIELD}
          />
        )}
        {narrowed && (
          <Button
            icon={<ClearOutlined />}
            onClick={() => set({ locationIds: [], channels: [], waveIds: [], languages: [] })}
          >
            {t('analytics.filters.clear')}
          </Button>
        )}
      </Flex>
    </Readable>
  );
}
