// ▲ or ▼ beside a change that is significant at 95% (and rests on enough answers); nothing for a
// change that could be chance. Green when the change is for the better (lower is better only for
// the bottom box).
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MetricSpec, TestResult } from '../../../../api/analytics';

interface Props {
  difference: number | null;
  test: TestResult | null;
  kind: MetricSpec['kind'];
}

export function ChangeMark({ difference, test, kind }: Props) {
  const { t } = useTranslation();
  if (!test?.significant || difference === null || difference === 0) return null;
  const up = difference > 0;
  const better = kind === 'bottom_box' ? !up : up;
  return (
    <Typography.Text
      // Darker than Ant Design's success and error colours: the arrows are text (4.5:1 on white).
      style={{ color: better ? '#2e7d32' : '#c62828' }}
      aria-label={t(up ? 'analytics.significantUp' : 'analytics.significantDown')}
      data-testid="significant-change"
    >
      {up ? '▲' : '▼'}
    </Typography.Text>
  );
}
