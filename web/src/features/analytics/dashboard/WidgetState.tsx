// The states every widget shares: a skeleton while loading, the error with a retry, "No responses
// in this period" when nothing was answered, and the low-base warning (fewer than 30 answers).
import { ReloadOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Skeleton, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_BASE } from '../../../../../common/analytics/metrics';
import { errorText } from '../../../components/errors';

interface Props {
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
  empty: boolean;
  children: ReactNode;
}

export function WidgetState({ isPending, error, refetch, empty, children }: Props) {
  const { t } = useTranslation();
  if (error)
    return (
      <Alert
        type="error"
        showIcon
        title={t('analytics.widget.failed')}
        description={errorText(t, error)}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  if (isPending)
    return (
      <div role="status" aria-label={t('common.loading')}>
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      </div>
    );
  if (empty)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.widget.noResponses')} />;
  return <>{children}</>;
}

/** Ant Design's warning gold is too light for text (1.9:1); this one keeps 4.5:1 on white. */
export const LOW_BASE_COLOR = '#8a5a00';

/** Shown beside a figure resting on fewer than MIN_BASE answers. */
export function LowBase({ n }: { n: number }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('analytics.lowBaseHelp', { min: MIN_BASE })}>
      <Typography.Text
        style={{ color: LOW_BASE_COLOR, fontSize: 12, whiteSpace: 'nowrap' }}
        data-testid="low-base"
      >
        <WarningOutlined aria-hidden /> {t('analytics.lowBase', { n })}
      </Typography.Text>
    </Tooltip>
  );
}
