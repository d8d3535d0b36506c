// A survey's distributions as a table: name and kind, status, the tracking counts ("—" where a count
// does not apply to the kind) and the response rate with its base; the name opens the details.
import { Button, Flex, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CursorList } from '../../api/list';
import type { Distribution } from '../../api/distribution';
import { PagedTable } from '../../components/PagedTable';
import { DistributionStatusTag, KindLabel } from './kinds';
import { RateText } from './RateText';
import { countText, TABLE_COUNTS } from './stats';
import { StatusActions } from './StatusActions';

interface Props {
  workspaceId: string;
  list: CursorList<Distribution>;
  canEdit: boolean;
  empty: ReactNode;
  onOpen: (id: string) => void;
}

export function DistributionTable({ workspaceId, list, canEdit, empty, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const columns: TableColumnsType<Distribution> = [
    {
      key: 'name',
      title: t('distribution.columns.name'),
      render: (_, d) => (
        <Flex vertical align="flex-start">
          <Button
            type="link"
            style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
            onClick={() => onOpen(d.id)}
          >
            {d.name}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <KindLabel kind={d.kind} />
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('distribution.columns.status'),
      render: (_, d) => <DistributionStatusTag status={d.status} />,
    },
    ...TABLE_COUNTS.map((c) => ({
      key: c,
      title: t(`distribution.counts.${c}`),
      align: 'end' as const,
      render: (_: unknown, d: Distribution) => (
        <span data-testid={`count-${c}`}>{countText(d.stats[c], (n) => number.format(n))}</span>
      ),
    })),
    {
      key: 'rate',
      title: t('distribution.columns.rate'),
      align: 'end',
      render: (_, d) => <RateText stats={d.stats} />,
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, d: Distribution) => (
              <StatusActions workspaceId={workspaceId} distribution={d} />
            ),
          },
        ]
      : []),
  ];
  return <PagedTable list={list} columns={columns} rowKey="id" empty={empty} />;
}
