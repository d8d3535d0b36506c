// Words and colours for the customer area: RFM segments, consumer types, identity kinds and
// channels in the console's language; money in the workspace currency; who may do what (a courtesy
// only: the server decides, server/platform/policies.ts, and answers 403 otherwise).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  CONSUMER_TYPES,
  RFM_SEGMENTS,
  type ConsumerType,
  type IdentityKind,
  type RfmSegment,
} from '../../api/customers';
import type { Role } from '../../api/types';
import { ColorTag, type TagColor } from '../../components/ColorTag';
import { currentLanguage } from '../../i18n';

const RFM_COLORS: Record<RfmSegment, TagColor> = {
  champions: 'green',
  loyal: 'green',
  potential_loyalists: 'cyan',
  new: 'blue',
  promising: 'blue',
  need_attention: 'gold',
  about_to_sleep: 'orange',
  at_risk: 'red',
  cant_lose: 'red',
  hibernating: 'grey',
};

const CONSUMER_COLORS: Record<ConsumerType, TagColor> = {
  loyal: 'green',
  purposeful: 'blue',
  occasional: 'gold',
  information_seeking: 'purple',
};

const isRfm = (s: string): s is RfmSegment => (RFM_SEGMENTS as readonly string[]).includes(s);
const isConsumerType = (s: string): s is ConsumerType => (CONSUMER_TYPES as readonly string[]).includes(s);

export const rfmName = (t: TFunction, segment: string): string =>
  isRfm(segment) ? t(`customers.rfm.${segment}`) : segment;

export const consumerTypeName = (t: TFunction, type: string): string =>
  isConsumerType(type) ? t(`customers.consumerTypes.${type}`) : type;

export const identityKindName = (t: TFunction, kind: IdentityKind): string =>
  t(`customers.identityKinds.${kind}`);

export const channelName = (t: TFunction, channel: string): string =>
  ['email', 'sms', 'wechat', 'phone'].includes(channel)
    ? t(`customers.channels.${channel as 'email' | 'sms' | 'wechat' | 'phone'}`)
    : channel;

export function RfmTag({ segment }: { segment: string | null }) {
  const { t } = useTranslation();
  if (!segment) return <>—</>;
  return <ColorTag color={isRfm(segment) ? RFM_COLORS[segment] : 'grey'}>{rfmName(t, segment)}</ColorTag>;
}

export function ConsumerTypeTag({ type }: { type: string | null }) {
  const { t } = useTranslation();
  if (!type) return <>—</>;
  return (
    <ColorTag color={isConsumerType(type) ? CONSUMER_COLORS[type] : 'grey'}>
      {consumerTypeName(t, type)}
    </ColorTag>
  );
}

export const rfmOptions = (t: TFunction) => RFM_SEGMENTS.map((s) => ({ value: s, label: rfmName(t, s) }));
export const consumerTypeOptions = (t: TFunction) =>
  CONSUMER_TYPES.map((c) => ({ value: c, label: consumerTypeName(t, c) }));

/** An amount in a currency, in the console's language ("¥1,234.50", "1234,50 €"). */
export function formatMoney(amount: number | string, currency: string): string {
  const n = typeof amount === 'string' ? Number(amount) : amount;
  if (!Number.isFinite(n)) return String(amount);
  try {
    return new Intl.NumberFormat(currentLanguage(), { style: 'currency', currency }).format(n);
  } catch {
    // An unknown currency code: the number and the code, rather than nothing.
    return `${new Intl.NumberFormat(currentLanguage()).format(n)} ${currency}`;
  }
}

/** server: customers.read, customers.write (viewers see neither). */
export const canSeeCustomers = (role: Role | undefined) => role !== undefined && role !== 'viewer';
export const canEditCustomers = canSeeCustomers;
/** server: customers.ingest (imports). */
export const canImportCustomers = (role: Role | undefined) =>
  role === 'owner' || role === 'admin' || role === 'analyst';
/** server: customers.privacy and customers.fields. */
export const canManageCustomerData = (role: Role | undefined) => role === 'owner' || role === 'admin';
/** server: segments.write. */
export const canEditSegments = canImportCustomers;
