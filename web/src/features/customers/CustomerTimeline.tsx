// Everything about a customer across channels, newest first: orders, visits and other events,
// survey responses with their score, merges. Filter by kind; "Load more" pages back in time.
import {
  CommentOutlined,
  EnvironmentOutlined,
  MergeCellsOutlined,
  ShoppingOutlined,
} from '@ant-design/icons';
import { Card, Checkbox, Empty, Flex, Timeline, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMELINE_KINDS, useTimeline, type TimelineItem, type TimelineKind } from '../../api/customers';
import { useLocations } from '../../api/locations';
import { LoadMore } from '../../components/LoadMore';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';
import { formatMoney } from './labels';

const ICONS: Record<TimelineKind, ReactNode> = {
  order: <ShoppingOutlined />,
  event: <EnvironmentOutlined />,
  response: <CommentOutlined />,
  merge: <MergeCellsOutlined />,
};

interface Props {
  workspaceId: string;
  customerId: string;
}

export function CustomerTimeline({ workspaceId, customerId }: Props) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<TimelineKind[]>([...TIMELINE_KINDS]);
  const list = useTimeline(workspaceId, customerId, kinds);
  const locations = useLocations(workspaceId);
  const place = (id: string | null) => (id ? locations.data?.find((l) => l.id === id)?.name : undefined);

  return (
    <Card title={t('customers.timeline.title')} size="small">
      <Checkbox.Group<TimelineKind>
        aria-label={t('customers.timeline.show')}
        value={kinds}
        // At least one kind stays ticked: an empty filter would mean "all" to the API.
        onChange={(next) => next.length > 0 && setKinds(next)}
        options={TIMELINE_KINDS.map((k) => ({ value: k, label: t(`customers.timeline.kinds.${k}`) }))}
        style={{ marginBottom: 12 }}
      />
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
        {list.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.timeline.empty')} />
        ) : (
          <Timeline
            style={{ marginTop: 8 }}
            items={list.items.map((item) => ({
              key: `${item.kind}-${item.id}`,
              icon: ICONS[item.kind],
              content: <Entry item={item} place={place} />,
            }))}
          />
        )}
        <LoadMore {...list} />
      </QueryState>
    </Card>
  );
}

/** An order line as the API stored it ({name, quantity, …}); anything else is skipped. */
function itemText(item: unknown): string {
  if (typeof item !== 'object' || item === null) return '';
  const { name, quantity } = item as { name?: unknown; quantity?: unknown };
  if (typeof name !== 'string') return '';
  return typeof quantity === 'number' && quantity > 1 ? `${name} × ${quantity}` : name;
}

function Entry({ item, place }: { item: TimelineItem; place: (id: string | null) => string | undefined }) {
  const { t } = useTranslation();
  const where = (locationId: string | null, channel: string | null | undefined) =>
    [place(locationId), channel].filter(Boolean).join(' · ');
  let title: ReactNode = t(`customers.timeline.kinds.${item.kind}`);
  let detail: ReactNode = null;
  if (item.order) {
    const o = item.order;
    title = t('customers.timeline.order', { id: o.externalId, amount: formatMoney(o.amount, o.currency) });
    const names = o.items.map(itemText).filter(Boolean).join(', ');
    detail = [names, where(o.locationId, o.channel)].filter(Boolean).join(' — ');
  } else if (item.event) {
    title = t('customers.timeline.event', { kind: item.event.kind });
    detail = where(item.event.locationId, item.event.channel);
  } else if (item.response) {
    const r = item.response;
    title =
      r.score === null
        ? t('customers.timeline.response', { survey: r.surveyName })
        : t('customers.timeline.responseScore', {
            survey: r.surveyName,
            type: (r.scoreType ?? 'rating').toUpperCase(),
            score: r.score,
          });
    detail = [
      t(`customers.timeline.responseStatus.${r.status === 'complete' ? 'complete' : 'partial'}`),
      where(r.locationId, r.channel),
    ]
      .filter(Boolean)
      .join(' · ');
  } else if (item.merge) {
    title = t('customers.timeline.merge', { name: item.merge.sourceName || t('customers.unnamed') });
    detail = Object.entries(item.merge.moved)
      .filter(([, n]) => n > 0)
      .map(([what, n]) => `${what}: ${n}`)
      .join(', ');
  }
  return (
    <Flex vertical gap={2} data-testid="timeline-item" data-kind={item.kind}>
      <Typography.Text strong>{title}</Typography.Text>
      {detail && <Typography.Text type="secondary">{detail}</Typography.Text>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(item.at)}
      </Typography.Text>
    </Flex>
  );
}
