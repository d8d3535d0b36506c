// Turning an ApiError into words. Codes whose meaning is always the same get our translated text;
// for the others (validation, conflicts) the API's own message says what is wrong and is shown as is.
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError } from '../api/client';

const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/;

export function errorText(t: TFunction, e: unknown): string {
  if (!isApiError(e)) return t('errors.unexpected');
  switch (e.code) {
    case 'network':
      return t('errors.network');
    case 'invalid_credentials':
      return t('errors.invalidCredentials');
    case 'locked': {
      // The API says until when; show that time in the reader's own format.
      const until = ISO_TIME.exec(e.message)?.[0];
      return until ? t('errors.lockedUntil', { time: new Date(until).toLocaleString() }) : t('errors.locked');
    }
    case 'rate_limited':
      return t('errors.rateLimited');
    case 'csrf_failed':
      return t('errors.csrf');
    case 'unauthenticated':
      return t('errors.unauthenticated');
    case 'forbidden':
      return t('errors.forbidden');
    case 'internal':
      return t('errors.internal');
    default:
      return e.message;
  }
}

/**
 * Puts the error under the form field the API named, when the form has that field (the first part
 * of a dotted path: "eventTypes.0" → "eventTypes"). Returns false when it belongs nowhere in the form.
 */
export function applyFieldError(
  form: FormInstance,
  e: unknown,
  t: TFunction,
  fields: readonly string[],
): boolean {
  if (!isApiError(e) || !e.field) return false;
  const name = e.field.split('.')[0] ?? '';
  if (!fields.includes(name)) return false;
  form.setFields([{ name, errors: [errorText(t, e)] }]);
  return true;
}

export const isForbidden = (e: unknown): boolean => isApiError(e) && e.status === 403;
