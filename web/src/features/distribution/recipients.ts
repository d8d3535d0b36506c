// A pasted list of people to invite: one per line, `address`, or `address, name, language`
// (commas, semicolons or tabs — a copy from a spreadsheet has tabs). Blank lines are skipped, the
// same address twice is one, and the lines that cannot be read are named.
import type { MessageChannel } from '../../api/distribution';
import { isEmail } from '../analytics/reports/recipients';

export interface PastedRecipient {
  address: string;
  name?: string;
  language?: string;
}

export interface PastedList {
  recipients: PastedRecipient[];
  /** 1-based line numbers of lines that are not a recipient. */
  badLines: number[];
  /** Lines left out because their address came earlier. */
  duplicates: number;
}

/** The API's limit per request. */
export const MAX_PASTED = 10_000;

const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Whether an address can be one for the channel; the server has the last word (phones, openids). */
export function plausibleAddress(channel: MessageChannel, address: string): boolean {
  if (channel === 'email') return isEmail(address);
  if (channel === 'sms') return /^\+?[\d\s().-]{5,30}$/.test(address);
  return /^[\w-]{3,200}$/.test(address);
}

/** Emails compare without case; phone numbers without spaces, dashes and brackets. */
function sameness(channel: MessageChannel, address: string): string {
  if (channel === 'email') return address.toLowerCase();
  if (channel === 'sms') return address.replace(/[\s().-]/g, '');
  return address;
}

export function parsePastedList(text: string, channel: MessageChannel): PastedList {
  const recipients: PastedRecipient[] = [];
  const badLines: number[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const [address = '', name = '', language = ''] = line.split(/[,;\t]/).map((p) => p.trim());
    if (!plausibleAddress(channel, address) || (language !== '' && !LANGUAGE.test(language))) {
      badLines.push(i + 1);
      return;
    }
    const key = sameness(channel, address);
    if (seen.has(key)) {
      duplicates++;
      return;
    }
    seen.add(key);
    recipients.push({
      address,
      ...(name ? { name } : {}),
      ...(language ? { language } : {}),
    });
  });
  return { recipients, badLines, duplicates };
}
