// Which customer identity is a channel's address, how a pasted address is normalised (the same
// way identities are, so an invitation finds its customer and the unsubscribe list matches), and
// which language an invitation is written in.
import type { IdentityKind } from '../../../../common/customers/identities';
import type { MessageChannel } from '../../../../common/distribution/distributions';
import { normaliseIdentity, type Normalised } from '../../customers/identity';

export const IDENTITY_OF_CHANNEL: Record<MessageChannel, IdentityKind> = {
  email: 'email',
  sms: 'phone',
  wechat: 'wechat_openid',
};

export const normaliseAddress = (
  channel: MessageChannel,
  raw: string,
  phoneCountry: string | null,
): Normalised => normaliseIdentity(IDENTITY_OF_CHANNEL[channel], raw, phoneCountry);

/** The first wanted language the survey offers, else the survey's default. */
export function pickLanguage(
  wanted: (string | null | undefined)[],
  survey: { languages: string[]; defaultLanguage: string },
): string {
  for (const language of wanted) if (language && survey.languages.includes(language)) return language;
  return survey.defaultLanguage;
}
