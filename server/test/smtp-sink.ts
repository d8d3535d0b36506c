// A real SMTP server on loopback that keeps what it receives, parsed, for tests.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** Resolves with the next message to arrive (or one already waiting). */
  next(): Promise<ParsedMail>;
  close(): Promise<void>;
}

export interface SmtpSinkOptions {
  /** Recipients refused at RCPT TO with 550 (the mailbox does not exist), compared case-insensitively. */
  rejectRecipients?: string[];
}

export async function startSmtpSink(opts: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const refused = new Set((opts.rejectRecipients ?? []).map((a) => a.toLowerCase()));
  const messages: ParsedMail[] = [];
  const waiting: ((m: ParsedMail) => void)[] = [];
  let taken = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (!refused.has(address.address.toLowerCase())) return callback();
      const err = Object.assign(new Error('5.1.1 Mailbox does not exist'), { responseCode: 550 });
      callback(err);
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          waiting.shift()?.(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    next: () =>
      new Promise((resolve) => {
        const ready = messages[taken];
        if (ready) {
          taken++;
          resolve(ready);
        } else {
          waiting.push((m) => {
            taken++;
            resolve(m);
          });
        }
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
