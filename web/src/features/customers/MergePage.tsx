// Merging customer A (this page's) into B (?into=): A, B and what B becomes side by side, what moves
// over, and — when both hold different external ids — a warning that needs its own tick. Merging
// takes A's identities, timeline and responses to B; B's values win and A fills B's blanks.
import { ArrowLeftOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Checkbox, Empty, Flex, Statistic, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCustomerFields,
  useCustomerMutations,
  useMergePreview,
  type Customer,
  type MergeMoves,
} from '../../api/customers';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useNotify } from '../../components/useNotify';
import { useCurrentWorkspace } from '../workspace/current';
import { channelName, identityKindName } from './labels';

type Side = 'source' | 'target' | 'result';
const SIDES: Side[] = ['source', 'target', 'result'];
const MOVES: (keyof MergeMoves)[] = ['identities', 'orders', 'events', 'responses', 'invitations', 'merges'];

export function MergePage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const { customerId } = useParams({ from: '/authed/w/$workspaceId/customers/$customerId/merge' });
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const into = typeof search.into === 'string' && search.into !== customerId ? search.into : null;
  const preview = useMergePreview(ws.id, customerId, into);

  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <Link to="/w/$workspaceId/customers/$customerId" params={{ workspaceId: ws.id, customerId }}>
          <ArrowLeftOutlined /> {t('customers.merge.back')}
        </Link>
      </div>
      <PageHeader title={t('customers.merge.title')} description={t('customers.merge.pageDescription')} />
      {into === null ? (
        <Card>
          <Empty description={t('customers.merge.noTarget')} />
        </Card>
      ) : (
        <QueryState isPending={preview.isPending} error={preview.error} refetch={preview.refetch}>
          {preview.data && <MergeReview sourceId={customerId} intoId={into} {...preview.data} />}
        </QueryState>
      )}
    </>
  );
}

interface ReviewProps {
  sourceId: string;
  intoId: string;
  source: Customer;
  target: Customer;
  result: Customer;
  moves: MergeMoves;
  differentExternalIds: boolean;
}

function MergeReview({ sourceId, intoId, moves, differentExternalIds, ...sides }: ReviewProps) {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const navigate = useNavigate();
  const notify = useNotify();
  const { merge } = useCustomerMutations(ws.id);
  const [confirmed, setConfirmed] = useState(false);
  const fields = useCustomerFields(ws.id).data ?? [];
  const fieldLabel = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  const blocked = differentExternalIds && !confirmed;

  const rows: { key: string; label: string; cell: (c: Customer) => ReactNode }[] = [
    { key: 'name', label: t('customers.fields.name'), cell: (c) => c.name || '—' },
    {
      key: 'identities',
      label: t('customers.identities.title'),
      cell: (c) => (
        <Flex vertical gap={2}>
          {c.identities.length === 0
            ? '—'
            : c.identities.map((i) => (
                <span
                  key={`${i.kind}:${i.value}`}
                  data-testid="merge-identity"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {identityKindName(t, i.kind)}: {i.value}
                </span>
              ))}
        </Flex>
      ),
    },
    {
      key: 'tags',
      label: t('customers.fields.tags'),
      cell: (c) =>
        c.tags.length === 0 ? (
          '—'
        ) : (
          <Flex gap={4} wrap>
            {c.tags.map((tag) => (
              <Tag key={tag} style={{ marginInlineEnd: 0 }}>
                {tag}
              </Tag>
            ))}
          </Flex>
        ),
    },
    { key: 'language', label: t('customers.fields.language'), cell: (c) => c.language ?? '—' },
    {
      key: 'channel',
      label: t('customers.fields.preferredChannel'),
      cell: (c) => (c.preferredChannel ? channelName(t, c.preferredChannel) : '—'),
    },
    {
      key: 'attributes',
      label: t('customers.attributes.title'),
      cell: (c) =>
        Object.keys(c.attributes).length === 0 ? (
          '—'
        ) : (
          <Flex vertical gap={2}>
            {Object.entries(c.attributes).map(([k, v]) => (
              <span key={k}>
                {fieldLabel(k)}: {String(v)}
              </span>
            ))}
          </Flex>
        ),
    },
    {
      key: 'consent',
      label: t('customers.consent.title'),
      cell: (c) =>
        Object.entries(c.consent)
          .map(([ch, v]) => `${channelName(t, ch)}: ${v ? t(`customers.consent.${v.status}`) : '—'}`)
          .join(', ') || '—',
    },
  ];

  const doMerge = () =>
    merge.mutate(
      { id: sourceId, into: intoId, ...(differentExternalIds ? { confirmDifferentExternalIds: true } : {}) },
      {
        onSuccess: (target) => {
          notify.success(t('customers.merge.done', { name: target.name || t('customers.unnamed') }));
          void navigate({
            to: '/w/$workspaceId/customers/$customerId',
            params: { workspaceId: ws.id, customerId: target.id },
          });
        },
        onError: notify.error,
      },
    );

  return (
    <Flex vertical gap={16}>
      <Card>
        <Table
          rowKey="key"
          dataSource={rows}
          pagination={false}
          // Three equal columns side by side; a phone scrolls them sideways.
          tableLayout="fixed"
          scroll={{ x: 760 }}
          columns={[
            {
              key: 'field',
              title: t('customers.merge.field'),
              render: (_, r) => <strong>{r.label}</strong>,
              width: 140,
            },
            ...SIDES.map((side) => ({
              key: side,
              title: t(`customers.merge.${side}`),
              render: (_: unknown, r: (typeof rows)[number]) => r.cell(sides[side]),
            })),
          ]}
        />
      </Card>
      <Card title={t('customers.merge.moves')} size="small">
        <Flex gap={32} wrap>
          {MOVES.map((m) => (
            <Statistic key={m} title={t(`customers.merge.moved.${m}`)} value={moves[m]} />
          ))}
        </Flex>
      </Card>
      {differentExternalIds && (
        <Alert
          type="warning"
          showIcon
          title={t('customers.merge.externalIdsTitle')}
          description={
            <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
              {t('customers.merge.externalIdsConfirm')}
            </Checkbox>
          }
        />
      )}
      <Flex gap={8} wrap>
        <Button
          type="primary"
          danger
          icon={<MergeCellsOutlined />}
          disabled={blocked}
          loading={merge.isPending}
          onClick={doMerge}
        >
          {t('customers.merge.ok')}
        </Button>
        <Link
          to="/w/$workspaceId/customers/$customerId"
          params={{ workspaceId: ws.id, customerId: sourceId }}
        >
          {t('common.cancel')}
        </Link>
      </Flex>
    </Flex>
  );
}
