// The response rate with the base it was taken on: "42% of delivered", "100% of page views".
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DistributionStats } from '../../api/distribution';
import { percentText } from './stats';

export function RateText({ stats }: { stats: DistributionStats }) {
  const { t, i18n } = useTranslation();
  if (stats.responseRate === null) {
    return (
      <Typography.Text type="secondary" title={t('distribution.rate.none')}>
        —
      </Typography.Text>
    );
  }
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid="response-rate">
      {t('distribution.rate.of', {
        rate: percentText(stats.responseRate, i18n.language),
        base: t(`distribution.rateBase.${stats.rateBase}`),
      })}
    </span>
  );
}
