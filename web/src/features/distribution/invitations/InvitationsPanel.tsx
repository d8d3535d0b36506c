// A personal distribution's invitations: send more (to a segment or a pasted list, now or at a
// time), the list with each one's status and times (filtered by status), and cancel the ones
// still waiting to go out.
import { SendOutlined, StopOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import {
  Button,
  Divider,
  Empty,
  Flex,
  Popconfirm,
  Select,
  Table,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SKIP_REASONS } from '../../../../../common/distribution/outreach';
import {
  useInvitationMutations,
  useInvitations,
  type Distribution,
  type Invitation,
  type InvitationStatus,
  type MessageChannel,
} from '../../../api/distribution';
import { LoadMore } from '../../../components/LoadMore';
import { QueryState } from '../../../components/QueryState';
import { Readable } from '../../../components/Readable';
import { useNotify } from '../../../components/useNotify';
import { formatDateTime } from '../../../i18n/format';
import { useCurrentWorkspace } from '../../workspace/current';
import { canSeeRecipients, canWriteDistributions, INVITATION_STATUSES, InvitationStatusTag } from '../kinds';
import { SendInvitationsModal } from './SendInvitationsModal';

interface Props {
  distribution: Distribution;
  channel: MessageChannel;
}

export function InvitationsPanel({ distribution: d, channel }: Props) {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const [status, setStatus] = useState<InvitationStatus | undefined>(undefined);
  const [sending, setSending] = useState(false);
  const canSend = canWriteDistributions(ws.role);
  const { cancelScheduled } = useInvitationMutations(ws.id, d.id);
  const notify = useNotify();

  return (
    <section aria-label={t('distribution.invitations.title')} style={{ marginBottom: 16 }}>
      <Divider titlePlacement="start">{t('distribution.invitations.title')}</Divider>
      {canSend && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Tooltip title={d.status !== 'active' ? t('distribution.invitations.notActive') : undefined}>
            <Button
              type="primary"
              icon={<SendOutlined />}
              disabled={d.status !== 'active'}
              onClick={() => setSending(true)}
            >
              {t('distribution.invitations.send')}
            </Button>
          </Tooltip>
          <Popconfirm
            title={t('distribution.invitations.cancelConfirm')}
            description={<div style={{ maxWidth: 320 }}>{t('distribution.invitations.cancelHelp')}</div>}
            okText={t('distribution.invitations.cancelOk')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              cancelScheduled.mutate(undefined, {
                onSuccess: (r) => notify.success(t('distribution.invitations.cancelled', { n: r.cancelled })),
                onError: notify.error,
              })
            }
          >
            <Button
              danger
              icon={<StopOutlined />}
              disabled={!d.stats.scheduled}
              loading={cancelScheduled.isPending}
            >
              {t('distribution.invitations.cancelScheduled')}
            </Button>
          </Popconfirm>
        </Flex>
      )}
      {canSeeRecipients(ws.role) ? (
        <InvitationTable distribution={d} status={status} onStatus={setStatus} />
      ) : (
        <Typography.Paragraph type="secondary">{t('distribution.invitations.noAccess')}</Typography.Paragraph>
      )}
      <SendInvitationsModal
        open={sending}
        distribution={d}
        channel={channel}
        onClose={() => setSending(false)}
      />
    </section>
  );
}

type SkipReason = (typeof SKIP_REASONS)[number];

/** Why an invitation was not sent, in words; a reason this console does not know yet as it is. */
function skipReasonText(t: TFunction, reason: string): string {
  return (SKIP_REASONS as readonly string[]).includes(reason)
    ? t(`distribution.invitations.skipReasons.${reason as SkipReason}`)
    : reason;
}

interface TableProps {
  distribution: Distribution;
  status: InvitationStatus | undefined;
  onStatus: (s: InvitationStatus | undefined) => void;
}

function InvitationTable({ distribution: d, status, onStatus }: TableProps) {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const list = useInvitations(ws.id, d.id, status);
  const time = (iso: string | null) => (iso ? formatDateTime(iso) : '—');
  const columns: TableColumnsType<Invitation> = [
    {
      key: 'to',
      title: t('distribution.invitations.to'),
      render: (_, i) => (
        <>
          <div>{i.address}</div>
          {i.name && <Typography.Text type="secondary">{i.name}</Typography.Text>}
        </>
      ),
    },
    {
      key: 'status',
      title: t('distribution.columns.status'),
      render: (_, i) => (
        <Flex vertical gap={2} align="flex-start">
          <InvitationStatusTag status={i.status} />
          {i.skipReason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {skipReasonText(t, i.skipReason)}
            </Typography.Text>
          )}
          {i.error && (
            <Typography.Text
              type="danger"
              style={{ fontSize: 12, maxWidth: 220 }}
              ellipsis={{ tooltip: i.error }}
            >
              {i.error}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'sent',
      title: t('distribution.invitations.sentAt'),
      render: (_, i) =>
        i.status === 'scheduled'
          ? t('distribution.invitations.sendsAt', { time: time(i.sendAfter) })
          : time(i.sentAt),
    },
    { key: 'opened', title: t('distribution.invitations.openedAt'), render: (_, i) => time(i.openedAt) },
    {
      key: 'completed',
      title: t('distribution.invitations.completedAt'),
      render: (_, i) => time(i.completedAt),
    },
    {
      key: 'reminders',
      title: t('distribution.invitations.reminders'),
      align: 'end',
      render: (_, i) => i.remindersSent,
    },
  ];
  return (
    <>
      <Readable>
        <Select<InvitationStatus | 'all'>
          aria-label={t('distribution.invitations.statusFilter')}
          value={status ?? 'all'}
          style={{ width: 200, marginBottom: 12 }}
          onChange={(v) => onStatus(v === 'all' ? undefined : v)}
          options={[
            { value: 'all', label: t('distribution.invitations.allStatuses') },
            ...INVITATION_STATUSES.map((s) => ({
              value: s,
              label: t(`distribution.invitations.statuses.${s}`),
            })),
          ]}
        />
      </Readable>
      {/* Not PagedTable: its own horizontal scroll would be a second scrolling box inside the drawer's,
          one the keyboard cannot reach (its rows hold nothing to focus). The drawer scrolls instead. */}
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
        <div data-testid="invitations">
          <Table<Invitation>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.items}
            pagination={false}
            locale={{ emptyText: <Empty description={t('distribution.invitations.empty')} /> }}
          />
        </div>
        <LoadMore {...list} />
      </QueryState>
    </>
  );
}
