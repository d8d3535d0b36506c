// Identities are stored normalised, so that "Ann@Example.com " and "ann@example.com" (or
// "138 0013 8000" and "+8613800138000") are one identity: emails lower-cased, phones in E.164
// (libphonenumber, with the workspace's phone country for numbers without a +country code).
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { z } from 'zod';
import type { IdentityKind } from '../../../common/customers/identities';

export type Normalised = { ok: true; value: string } | { ok: false; message: string };

const email = z.email();
const wechatId = /^[A-Za-z0-9_-]{6,64}$/;

export function normaliseIdentity(kind: IdentityKind, raw: string, phoneCountry: string | null): Normalised {
  const value = raw.trim();
  if (!value) return { ok: false, message: 'Empty.' };
  switch (kind) {
    case 'email': {
      const lower = value.toLowerCase();
      return email.safeParse(lower).success
        ? { ok: true, value: lower }
        : { ok: false, message: 'Not an email address.' };
    }
    case 'phone': {
      const phone = parsePhoneNumberFromString(value, (phoneCountry ?? undefined) as CountryCode | undefined);
      if (phone?.isValid()) return { ok: true, value: phone.number };
      return {
        ok: false,
        message:
          phoneCountry || value.startsWith('+')
            ? 'Not a valid phone number.'
            : "Not a valid phone number: add the +country code, or set the workspace's phone country.",
      };
    }
    case 'wechat_openid':
    case 'wechat_unionid':
      return wechatId.test(value) ? { ok: true, value } : { ok: false, message: 'Not a WeChat id.' };
    case 'member_id':
    case 'external_id':
      return value.length <= 100
        ? { ok: true, value }
        : { ok: false, message: 'Longer than 100 characters.' };
  }
}

/** One string per identity, for sets and maps of identities (NUL cannot occur in a value). */
export const identityKey = (kind: string, value: string) => `${kind}\u0000${value}`;
