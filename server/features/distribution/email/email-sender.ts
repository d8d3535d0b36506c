// The email channel: compose one invitation and hand it to the SMTP relay, with the one-click
// unsubscribe headers of RFC 8058. What the relay answers becomes the outcome the send job records:
// accepted → delivered; the recipient refused for good (5xx at RCPT TO) → bounced; anything else
// (connection, timeouts, 4xx "try later") → failed, worth retrying. Bounces that arrive later as
// delivery status notifications are not read (docs/DISTRIBUTION.md).
// The address and the personal link are never logged: the link is a credential.
import type { ChannelSender, InvitationMessage, SendOutcome, SenderDeps } from '../messaging/sender';
import { composeEmail } from './compose-email';

export function emailSender(deps: SenderDeps): ChannelSender {
  return {
    async send(message) {
      if (!deps.mailer.enabled) return { status: 'failed', error: 'SMTP is not configured', retry: false };
      const mail = composeEmail(message);
      try {
        const sent = await deps.mailer.send({
          to: message.address,
          fromName: message.workspaceName,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: {
            'List-Unsubscribe': `<${message.unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        });
        if (sent.rejected.some((r) => r.toLowerCase() === message.address.toLowerCase())) {
          return { status: 'bounced', error: 'The recipient was refused' };
        }
        return { status: 'delivered', providerMessageId: sent.messageId };
      } catch (err) {
        const outcome = outcomeOfError(err, message);
        deps.log.warn(
          { invitationId: message.invitationId, status: outcome.status, error: outcome.error },
          'invitation email not sent',
        );
        return outcome;
      }
    },
  };
}

/** What nodemailer's SMTP errors carry. */
interface SmtpError {
  code?: string;
  responseCode?: number;
  command?: string;
  response?: string;
  message?: string;
  rejected?: unknown[];
}

/** The outcome of a send the relay did not take. */
export function outcomeOfError(
  err: unknown,
  message: Pick<InvitationMessage, 'address'>,
): Exclude<SendOutcome, { status: 'delivered' }> {
  const e = (typeof err === 'object' && err !== null ? err : {}) as SmtpError;
  const error = redact(e.response || e.message || String(err), message.address);
  const refusedRecipient =
    e.command === 'RCPT TO' ||
    (Array.isArray(e.rejected) &&
      e.rejected.some((r) => typeof r === 'string' && r.toLowerCase() === message.address.toLowerCase()));
  const code = e.responseCode ?? 0;
  if (code >= 500 && refusedRecipient) return { status: 'bounced', error };
  // nodemailer refuses an address it cannot even put in an envelope before talking to the relay.
  if (e.code === 'EENVELOPE' && !code && /recipient/i.test(e.message ?? '')) {
    return { status: 'bounced', error };
  }
  // The relay refused the message itself for good (the sender, its content): trying again won't help.
  if (code >= 500) return { status: 'failed', error, retry: false };
  return { status: 'failed', error, retry: true };
}

/** Relays quote the address in their replies; the outcome is stored and logged without it. */
function redact(text: string, address: string): string {
  if (!address) return text.slice(0, 500);
  return text.split(address).join('<recipient>').replace(/\s+/g, ' ').trim().slice(0, 500);
}
