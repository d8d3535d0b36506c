// What the send job hands a channel: one invitation, ready to compose and send. Each channel
// (email/email-sender.ts, messaging/sms-sender.ts, messaging/wechat-sender.ts) composes its own
// message from it and reports what happened; the job records the outcome.
import type { Logger } from 'pino';
import type { MessageChannel, MessageSettings } from '../../../../common/distribution/distributions';
import type { SurveyDefinition } from '../../../../common/survey/definition';
import type { Db } from '../../../db/database';
import type { Env } from '../../../env';
import type { Mailer } from '../../../platform/mail/mailer';

export interface InvitationMessage {
  workspaceId: string;
  workspaceName: string;
  invitationId: string;
  channel: MessageChannel;
  /** Normalised: a lower-case email, an E.164 phone, a WeChat openid. */
  address: string;
  name: string;
  /** One of the survey's languages. */
  language: string;
  surveyName: string;
  surveyKey: string;
  /** The published version's definition (for the first question inside an email). */
  definition: SurveyDefinition;
  settings: MessageSettings;
  /** The personal survey link (with the one-time token). */
  link: string;
  unsubscribeUrl: string;
  openPixelUrl: string;
  /** A reminder to someone who has not answered yet, not the first send. */
  reminder: boolean;
}

export type SendOutcome =
  /** Accepted by the relay or provider. */
  | { status: 'delivered'; providerMessageId: string | null }
  /** The address does not exist or refuses mail (SMTP 5xx on the recipient; a provider's "invalid number"). */
  | { status: 'bounced'; error: string }
  /** Anything else: the relay or provider failed; `retry` when trying again later may help. */
  | { status: 'failed'; error: string; retry: boolean };

export interface ChannelSender {
  send(message: InvitationMessage): Promise<SendOutcome>;
}

export interface SenderDeps {
  db: Db;
  env: Env;
  log: Logger;
  mailer: Mailer;
}
