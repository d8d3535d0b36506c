// The eight kinds of distribution as the console shows them: icons and names, which of them come
// with a store, and the colour of each status. The lists themselves are common/distribution's (this
// folder loads on demand, so zod, which they come with, stays out of the main bundle).
import {
  CodeOutlined,
  LayoutOutlined,
  LinkOutlined,
  MailOutlined,
  MessageOutlined,
  QrcodeOutlined,
  TabletOutlined,
  WechatOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DISTRIBUTION_KINDS, isMessageKind } from '../../../../common/distribution/distributions';
import { INVITATION_STATUSES } from '../../../../common/distribution/outreach';
import type { DistributionKind, DistributionStatus, InvitationStatus } from '../../api/distribution';
import type { Role } from '../../api/types';
import { ColorTag, type TagColor } from '../../components/ColorTag';

/** In the picker's order: public ways first, then personal invitations, then the site and the store. */
export const KINDS = DISTRIBUTION_KINDS;
export { INVITATION_STATUSES, isMessageKind };

/** The kinds whose people come with a store: a QR code on a store's tables, a kiosk in the store. */
export const hasStore = (kind: DistributionKind): boolean => kind === 'qr' || kind === 'kiosk';

export const KIND_ICONS: Record<DistributionKind, ReactNode> = {
  link: <LinkOutlined />,
  qr: <QrcodeOutlined />,
  embed: <CodeOutlined />,
  email: <MailOutlined />,
  sms: <MessageOutlined />,
  wechat: <WechatOutlined />,
  widget: <LayoutOutlined />,
  kiosk: <TabletOutlined />,
};

export function KindLabel({ kind }: { kind: DistributionKind }) {
  const { t } = useTranslation();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <span aria-hidden>{KIND_ICONS[kind]}</span> {t(`distribution.kinds.${kind}`)}
    </span>
  );
}

const STATUS_COLORS: Record<DistributionStatus, TagColor> = {
  active: 'green',
  paused: 'gold',
  archived: 'grey',
};

export function DistributionStatusTag({ status }: { status: DistributionStatus }) {
  const { t } = useTranslation();
  return <ColorTag color={STATUS_COLORS[status]}>{t(`distribution.statuses.${status}`)}</ColorTag>;
}

const INVITATION_COLORS: Record<InvitationStatus, TagColor> = {
  scheduled: 'blue',
  sent: 'green',
  failed: 'red',
  bounced: 'orange',
  skipped: 'grey',
  cancelled: 'grey',
};

export function InvitationStatusTag({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation();
  return (
    <ColorTag color={INVITATION_COLORS[status]}>{t(`distribution.invitations.statuses.${status}`)}</ColorTag>
  );
}

/** Courtesies only: the server decides (policies.ts distributions.*) and answers 403 otherwise. */
export const canWriteDistributions = (role: Role | undefined): boolean =>
  role === 'owner' || role === 'admin' || role === 'analyst';
export const canSeeRecipients = (role: Role | undefined): boolean => role !== undefined && role !== 'viewer';
