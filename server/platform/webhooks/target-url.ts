// Where a webhook may point, checked twice: when it is registered (a clear 400 naming "url") and on
// every delivery, inside the HTTP request's own DNS lookup, so that a name which resolved to a
// public address at registration cannot later be made to resolve to a private one (DNS rebinding).
// WEBHOOKS_ALLOW_PRIVATE turns the address rule off (tests, closed intranets); the scheme rule stays.
import dns from 'node:dns';
import net, { type LookupFunction } from 'node:net';
import { badRequest } from '../errors';
import { isPublicAddress } from './address-rule';

/** Why this URL may not receive webhooks before any DNS is involved, or null when it may. */
export function refusalBeforeLookup(url: URL, allowPrivate: boolean): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Only http:// and https:// addresses.';
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) && !isPublicAddress(host)) return privateMessage(host);
  return null;
}

/** At registration: throws a 400 on field "url" when the address is not allowed. */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<void> {
  const url = new URL(raw);
  const refusal = refusalBeforeLookup(url, allowPrivate);
  if (refusal) throw badRequest(refusal, 'url');
  if (allowPrivate || net.isIP(url.hostname.replace(/^\[|\]$/g, ''))) return;
  const addresses = await dns.promises.lookup(url.hostname, { all: true }).catch(() => null);
  if (!addresses?.length) throw badRequest(`The host name ${url.hostname} does not resolve.`, 'url');
  const refused = addresses.find((a) => !isPublicAddress(a.address));
  if (refused) throw badRequest(privateMessage(refused.address), 'url');
}

/**
 * A DNS lookup for http.request that fails when the name resolves to any address that is not
 * public. Node calls it only for names; IP literals are checked by refusalBeforeLookup.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused) {
      const e: NodeJS.ErrnoException = new Error(`${hostname}: ${privateMessage(refused.address)}`);
      e.code = 'EPRIVATEADDRESS';
      return callback(e, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    return callback(null, first.address, first.family);
  });
};

function privateMessage(address: string): string {
  // Also what an SMS or WeChat provider's address is told (messaging/provider-request.ts).
  return `${address} is a loopback, private or otherwise reserved address; Rapport calls public addresses only.`;
}
