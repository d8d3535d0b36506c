// The Rapport-Signature header: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>.
// Signing the timestamp with the body lets receivers refuse old, replayed deliveries.
// docs/WEBHOOKS.md shows how a receiver verifies it.
import { createHmac } from 'node:crypto';
import { randomToken } from '../ids';

export const SECRET_PREFIX = 'whsec_';

/** A new signing secret. It is stored as is (HMAC needs the key itself) and shown once. */
export const newWebhookSecret = (): string => `${SECRET_PREFIX}${randomToken(24)}`;

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${v1}`;
}
