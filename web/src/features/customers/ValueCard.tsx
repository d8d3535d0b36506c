// What the customer is worth and what kind of customer they are: the RFM scores and named segment,
// the historical CLV in the workspace currency, the consumer type with the rule that placed them.
// Values are computed nightly and on demand, so they carry the time they were computed.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRecomputeValues, type CustomerValue } from '../../api/customers';
import { useNotify } from '../../components/useNotify';
import { formatDateTime } from '../../i18n/format';
import { ConsumerTypeTag, formatMoney, RfmTag } from './labels';

interface Props {
  workspaceId: string;
  value: CustomerValue | null;
  currency: string;
  canRecompute: boolean;
}

const score = (n: number | null) => (n === null ? '—' : String(n));

export function ValueCard({ workspaceId, value: v, currency, canRecompute }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('customers.value.title')}
      size="small"
      extra={canRecompute && <RecomputeButton workspaceId={workspaceId} />}
    >
      {!v ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.value.notComputed')} />
      ) : (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'segment',
              label: t('customers.value.rfmSegment'),
              children: <RfmTag segment={v.rfmSegment} />,
            },
            {
              key: 'scores',
              label: t('customers.value.scores'),
              children: (
                <span data-testid="rfm-scores">
                  {t('customers.value.rfm', { r: score(v.r), f: score(v.f), m: score(v.m) })}
                </span>
              ),
            },
            {
              key: 'recency',
              label: t('customers.value.recency'),
              children: v.recencyDays === null ? '—' : v.recencyDays,
            },
            {
              key: 'frequency',
              label: t('customers.value.frequency'),
              children: v.frequency,
            },
            {
              key: 'monetary',
              label: t('customers.value.monetary'),
              children: formatMoney(v.monetary, currency),
            },
            {
              key: 'clv',
              label: t('customers.value.clv'),
              children: <Typography.Text strong>{formatMoney(v.clv, currency)}</Typography.Text>,
            },
            {
              key: 'type',
              label: t('customers.value.consumerType'),
              span: { xs: 1, sm: 2 },
              children: (
                <Flex vertical gap={4}>
                  <ConsumerTypeTag type={v.consumerType} />
                  {v.consumerRule && (
                    <Typography.Text type="secondary">
                      {t('customers.value.because', { rule: v.consumerRule })}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              key: 'computed',
              label: t('customers.value.computedAt'),
              span: { xs: 1, sm: 2 },
              children: formatDateTime(v.computedAt),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** Recomputes every customer's value and waits for the background job to finish. */
function RecomputeButton({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const recompute = useRecomputeValues(workspaceId);
  return (
    <Button
      size="small"
      icon={<ReloadOutlined />}
      loading={recompute.isPending}
      onClick={() =>
        recompute.mutate(undefined, {
          onSuccess: (done) =>
            notify.success(t(done ? 'customers.value.recomputed' : 'customers.value.recomputing')),
          onError: notify.error,
        })
      }
    >
      {t('customers.value.recompute')}
    </Button>
  );
}
