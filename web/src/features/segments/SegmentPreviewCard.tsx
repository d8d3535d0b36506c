// The live count beside the builder: how many customers match the conditions as they are now, and
// a few of them. Asked once the conditions stop changing for a moment.
import { Link } from '@tanstack/react-router';
import { Card, Empty, List, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSegmentPreview, type SegmentDefinition } from '../../api/segments';
import { errorText } from '../../components/errors';
import { RfmTag } from '../customers/labels';
import { useDebounced } from './useDebounced';

interface Props {
  workspaceId: string;
  /** null while a condition is incomplete. */
  definition: SegmentDefinition | null;
}

export function SegmentPreviewCard({ workspaceId, definition }: Props) {
  const { t } = useTranslation();
  const settled = useDebounced(definition, 400);
  const preview = useSegmentPreview(workspaceId, settled);
  const waiting = definition === null || settled === null;
  return (
    <Card title={t('segments.preview')} size="small">
      {waiting ? (
        <Typography.Text type="secondary">{t('segments.previewWaiting')}</Typography.Text>
      ) : preview.error ? (
        <Typography.Text type="danger">{errorText(t, preview.error)}</Typography.Text>
      ) : (
        <>
          <div aria-live="polite">
            <Statistic
              title={t('segments.matching')}
              value={preview.data?.count ?? '—'}
              loading={preview.isPending}
              suffix={preview.isFetching && !preview.isPending ? <Spin size="small" /> : undefined}
              styles={{ content: { fontSize: 32 } }}
              data-testid="segment-count"
            />
          </div>
          {preview.data && preview.data.sample.length > 0 ? (
            <List
              size="small"
              header={<Typography.Text type="secondary">{t('segments.sample')}</Typography.Text>}
              dataSource={preview.data.sample}
              renderItem={(c) => (
                <List.Item extra={<RfmTag segment={c.rfmSegment} />}>
                  <Link to="/w/$workspaceId/customers/$customerId" params={{ workspaceId, customerId: c.id }}>
                    {c.name || t('customers.unnamed')}
                  </Link>
                  {(c.phone ?? c.email) && (
                    <Typography.Text type="secondary"> · {c.phone ?? c.email}</Typography.Text>
                  )}
                </List.Item>
              )}
            />
          ) : (
            preview.data && (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('segments.noneMatch')} />
            )
          )}
        </>
      )}
    </Card>
  );
}
