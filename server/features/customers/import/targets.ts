// Where a column of an import goes: a mapping is {[column name]: target}, a target one of
// ignore, name, an identity kind, tags, language, time_zone, preferred_channel, consent.<channel> or
// attribute.<custom field key>.
import {
  CONSENT_CHANNELS,
  IDENTITY_KINDS,
  type ConsentChannel,
  type IdentityKind,
} from '../../../../common/customers/identities';

export type Target =
  | { type: 'ignore' }
  | { type: 'name' }
  | { type: 'identity'; kind: IdentityKind }
  | { type: 'tags' }
  | { type: 'language' }
  | { type: 'time_zone' }
  | { type: 'preferred_channel' }
  | { type: 'consent'; channel: ConsentChannel }
  | { type: 'attribute'; key: string };

/** A target as written in a mapping, or null when it is not one. */
export function parseTarget(text: string): Target | null {
  if (text === 'ignore' || text === 'name' || text === 'tags' || text === 'language') return { type: text };
  if (text === 'preferred_channel' || text === 'time_zone') return { type: text };
  if ((IDENTITY_KINDS as readonly string[]).includes(text))
    return { type: 'identity', kind: text as IdentityKind };
  const [head, rest] = [text.slice(0, text.indexOf('.')), text.slice(text.indexOf('.') + 1)];
  if (head === 'consent' && (CONSENT_CHANNELS as readonly string[]).includes(rest)) {
    return { type: 'consent', channel: rest as ConsentChannel };
  }
  if (head === 'attribute' && /^[a-z][a-z0-9_]{0,39}$/.test(rest)) return { type: 'attribute', key: rest };
  return null;
}

export const TARGET_HELP =
  'ignore, name, email, phone, wechat_openid, wechat_unionid, member_id, external_id, tags, language, ' +
  'time_zone, preferred_channel, consent.email|sms|wechat|phone or attribute.<field key>';
