// A distribution's tracking: every count that applies to its kind, the response rate with its
// base, and the funnel from sent (or shown, or opened) to completed as bars.
import { Col, Divider, Flex, Row, Statistic, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Distribution, DistributionStats } from '../../api/distribution';
import { RateText } from './RateText';
import { funnelSteps, percentText } from './stats';

/** The counts beyond the funnel, shown when they apply. */
const OTHER_COUNTS = [
  'bounced',
  'unsubscribed',
  'failed',
  'skipped',
  'scheduled',
] as const satisfies readonly (keyof DistributionStats)[];

export function TrackingPanel({ distribution: d }: { distribution: Distribution }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const number = new Intl.NumberFormat(i18n.language);
  const steps = funnelSteps(d.kind, d.stats);
  const others = OTHER_COUNTS.filter((c) => d.stats[c] !== null);
  return (
    <section
      aria-label={t('distribution.tracking.title')}
      style={{ marginBottom: 16 }}
      data-testid="tracking"
    >
      <Divider titlePlacement="start">{t('distribution.tracking.title')}</Divider>
      <Flex gap={8} align="baseline" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('distribution.columns.rate')}:</Typography.Text>
        <Typography.Text strong>
          <RateText stats={d.stats} />
        </Typography.Text>
      </Flex>
      <ol aria-label={t('distribution.tracking.funnel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {steps.map((s) => (
          <li key={s.key} style={{ marginBottom: 8 }} data-testid={`funnel-${s.key}`}>
            <Flex justify="space-between">
              <span>{t(`distribution.funnel.${s.key}`)}</span>
              <span>
                <strong>{number.format(s.value)}</strong>
                {s.share !== null && (
                  <Typography.Text type="secondary"> · {percentText(s.share, i18n.language)}</Typography.Text>
                )}
              </span>
            </Flex>
            <div style={{ height: 8, background: token.colorFillSecondary, borderRadius: 4 }}>
              <div
                style={{
                  height: 8,
                  width: `${Math.round((s.share ?? 0) * 100)}%`,
                  background: token.colorPrimary,
                  borderRadius: 4,
                }}
              />
            </div>
          </li>
        ))}
      </ol>
      {others.length > 0 && (
        <Row gutter={[16, 8]} style={{ marginTop: 12 }}>
          {others.map((c) => (
            <Col key={c} xs={12} sm={8} md={4}>
              <Statistic title={t(`distribution.counts.${c}`)} value={number.format(d.stats[c] ?? 0)} />
            </Col>
          ))}
        </Row>
      )}
    </section>
  );
}
