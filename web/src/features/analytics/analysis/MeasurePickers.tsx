// The outcome and attribute pickers of key drivers and derived importance: any numeric answer of
// the survey (a rating, the NPS, a matrix row), the outcome never among the attributes.
import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeasureRef } from '../../../api/analytics-analysis';
import { measureKey, parseMeasureKey, type MeasureChoice } from './choices';

interface Props {
  measures: readonly MeasureChoice[];
  outcome: MeasureRef | undefined;
  attributes: readonly MeasureRef[];
  onChange: (next: { outcome: MeasureRef | undefined; attributes: MeasureRef[] }) => void;
}

const MAX_ATTRIBUTES = 30;

export function MeasurePickers({ measures, outcome, attributes, onChange }: Props) {
  const { t } = useTranslation();
  const outcomeKey = outcome ? measureKey(outcome) : undefined;
  const options = measures.map((m) => ({ value: m.key, label: m.label }));
  return (
    <Flex wrap gap={8} align="center">
      <Select
        aria-label={t('analysis.outcome')}
        prefix={t('analysis.outcome')}
        value={outcomeKey}
        onChange={(key: string) =>
          onChange({
            outcome: parseMeasureKey(key),
            attributes: attributes.filter((a) => measureKey(a) !== key),
          })
        }
        options={options}
        showSearch
        optionFilterProp="label"
        style={{ minWidth: 260, maxWidth: 420 }}
      />
      <Select
        mode="multiple"
        aria-label={t('analysis.attributes')}
        placeholder={t('analysis.attributes')}
        value={attributes.map(measureKey)}
        onChange={(keys: string[]) =>
          onChange({ outcome, attributes: keys.slice(0, MAX_ATTRIBUTES).map(parseMeasureKey) })
        }
        options={options.filter((o) => o.value !== outcomeKey)}
        maxTagCount="responsive"
        optionFilterProp="label"
        style={{ minWidth: 320, flex: '1 1 320px' }}
      />
    </Flex>
  );
}
