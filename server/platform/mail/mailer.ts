// Outgoing mail through SMTP (nodemailer). Without SMTP_URL, mail is not sent and callers show the
// link in the console instead; `enabled` tells them which.
import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';

/** A file sent with a mail (scheduled reports). */
export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface Mail {
  /** One address, or several separated by commas. */
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** Extra header fields, e.g. List-Unsubscribe (RFC 8058) on survey invitations. */
  headers?: Record<string, string>;
  /** The sender's display name (a brand's name) in front of MAIL_FROM's address. */
  fromName?: string;
}

/** What the relay said: its id for the message, and the recipients it refused while taking the rest. */
export interface SentMail {
  messageId: string | null;
  rejected: string[];
}

export interface Mailer {
  enabled: boolean;
  /**
   * Resolves once the relay accepted the message for at least one recipient. Rejects with
   * nodemailer's error (its `code`, `responseCode`, `command`, `rejected`) when it did not.
   */
  send(mail: Mail): Promise<SentMail>;
}

/**
 * `pool`: keep up to that many SMTP connections open and reuse them (bulk sends: invitations).
 * Without it each mail opens its own connection, which suits the occasional mail.
 */
export function createMailer(
  smtpUrl: string | undefined,
  from: string,
  opts: { pool?: number } = {},
): Mailer {
  if (!smtpUrl) {
    return {
      enabled: false,
      async send() {
        throw new Error('SMTP is not configured (set SMTP_URL).');
      },
    };
  }
  const transport = nodemailer.createTransport(opts.pool ? pooledUrl(smtpUrl, opts.pool) : smtpUrl);
  const fromAddress = addressparser(from, { flatten: true })[0]?.address;
  return {
    enabled: true,
    async send({ fromName, ...mail }) {
      const sender = fromName && fromAddress ? { name: fromName, address: fromAddress } : from;
      const info = await transport.sendMail({ from: sender, ...mail });
      return {
        messageId: typeof info.messageId === 'string' ? info.messageId : null,
        rejected: ((info.rejected ?? []) as (string | { address: string })[]).map((r) =>
          typeof r === 'string' ? r : r.address,
        ),
      };
    },
  };
}

/** nodemailer reads transport options from the URL's query: pool=true&maxConnections=N. */
function pooledUrl(smtpUrl: string, connections: number): string {
  const url = new URL(smtpUrl);
  url.searchParams.set('pool', 'true');
  url.searchParams.set('maxConnections', String(connections));
  return url.toString();
}
