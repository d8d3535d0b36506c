// The provider adapter interface: what an SMS gateway or a WeChat Official Account is to the
// senders and to the console's test button. Each adapter (http-sms.ts, wechat.ts) turns the
// provider's own answers into these three results, so that the callers never read provider codes.
import type { SendOutcome } from './sender';

export interface ProviderContent {
  /** The whole message as plain text: what an SMS carries. */
  text: string;
  /** A WeChat template message: the template's id, its fields and the link it opens. */
  template?: {
    id: string;
    url: string;
    /** Field name → value, e.g. { first, keyword1, keyword2, remark }. */
    fields: Record<string, string>;
  };
}

export type ProviderResult =
  /** The provider accepted the message; its id when it gave one. */
  | { status: 'delivered'; providerMessageId: string | null }
  /** The provider refused this recipient (an invalid number, a user who does not follow the account). */
  | { status: 'rejected'; error: string }
  /** Anything else; `retry` when trying again later may help (a timeout, a 5xx, "system busy"). */
  | { status: 'failed'; error: string; retry: boolean };

export interface MessageProvider {
  /** Never throws: every failure is a result. `to` is an E.164 number or a WeChat openid. */
  send(to: string, content: ProviderContent): Promise<ProviderResult>;
}

/** A refused recipient is a bounce to the send job; the rest passes through. */
export function outcomeOf(result: ProviderResult): SendOutcome {
  return result.status === 'rejected' ? { status: 'bounced', error: result.error } : result;
}

/** How much of a provider's answer an error message keeps. */
const EXCERPT = 200;

export function excerpt(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, EXCERPT);
}

/**
 * A provider's JSON answer, with integers too long for a JS number (WeChat's 64-bit msgid) kept
 * as their digits. Anything that is not a JSON object reads as {}.
 */
export function parseAnswer(body: string): Record<string, unknown> {
  const quoted = body.replace(/([:[,]\s*)(-?\d{16,})(?=\s*[,}\]])/g, '$1"$2"');
  for (const text of [quoted, body]) {
    try {
      const value: unknown = JSON.parse(text);
      return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    } catch {
      // try the next form
    }
  }
  return {};
}
