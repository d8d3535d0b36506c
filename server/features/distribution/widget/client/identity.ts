/// <reference lib="dom" />
// Who the visitor is, as far as the site said: rapport('identify', {...}) keeps it for this site.
// The server only ever sees a stable id: SHA-256 of the strongest identity given, or a random id
// this browser keeps — the recontact cooldown is counted per that id.
import { load, save } from './storage';

export interface Identity {
  email?: string;
  phone?: string;
  memberId?: string;
  externalId?: string;
  name?: string;
}

const IDENTITY_KEY = 'rapport:identity';
const VISITOR_KEY = 'rapport:visitor';
/** Strongest first: the one the person id is made from. */
const FIELDS: (keyof Identity)[] = ['email', 'phone', 'memberId', 'externalId', 'name'];

export function identify(given: unknown): void {
  const kept: Identity = {};
  if (given && typeof given === 'object')
    for (const f of FIELDS) {
      const v = (given as Record<string, unknown>)[f];
      if (typeof v === 'string' && v.trim()) kept[f] = v.trim().slice(0, 200);
    }
  save(IDENTITY_KEY, JSON.stringify(kept));
}

export function identity(): Identity {
  try {
    const v = JSON.parse(load(IDENTITY_KEY) || '{}') as unknown;
    return v && typeof v === 'object' ? (v as Identity) : {};
  } catch {
    return {};
  }
}

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  Array.prototype.map
    .call(new Uint8Array(bytes), (b: number) => (b < 16 ? '0' : '') + b.toString(16))
    .join('');

function visitorId(): string {
  let id = load(VISITOR_KEY);
  if (!id || !/^[0-9a-f]{32}$/.test(id)) {
    id = hex(crypto.getRandomValues(new Uint8Array(16)));
    save(VISITOR_KEY, id);
  }
  return id;
}

/** The id the server keeps the cooldown by. Without crypto.subtle (pages on plain http) the random one. */
export async function personId(): Promise<string> {
  const who = identity();
  const kind = FIELDS.slice(0, 4).filter((f) => who[f])[0];
  if (!kind || !crypto.subtle) return visitorId();
  let value = who[kind] as string;
  // The same person however the site writes them: emails in any case, phones with any spacing.
  if (kind === 'email') value = value.toLowerCase();
  if (kind === 'phone') value = value.replace(/[^\d+]/g, '');
  try {
    return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(kind + ':' + value)));
  } catch {
    return visitorId();
  }
}
