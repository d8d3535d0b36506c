// The ids of the survey page's own strings (its "chrome"), and which one explains an answer error.
// No tables here: the browser script imports this file and gets its strings from the page.
import type { Question } from '../../../common/survey/definition';

export const PAGE_TEXT_IDS = [
  'next',
  'back',
  'submit',
  'required',
  'progress',
  'progressLabel',
  'errorSummary',
  'errRequired',
  'errInvalidType',
  'errOutOfRange',
  'errUnknownOption',
  'errTooLong',
  'errTooFew',
  'errTooMany',
  'errInvalidEmail',
  'errInvalidPhone',
  'errInvalidDate',
  'errRank',
  'errRows',
  'errBoth',
  'errConsent',
  'notFoundTitle',
  'notFoundMessage',
  'closedTitle',
  'closedMessage',
  'notOpenTitle',
  'notOpenMessage',
  'alreadyTitle',
  'alreadyMessage',
  'tokenTitle',
  'tokenMessage',
  'thanksTitle',
  'thanksMessage',
  'saveLater',
  'emailLink',
  'resumeSent',
  'resumeUnavailable',
  'preview',
  'sending',
  'retrying',
  'sendFailed',
  'other',
  'choose',
  'rankHint',
  'pickMin',
  'pickMax',
  'pickRange',
  'between',
  'atLeast',
  'atMost',
  'from',
  'until',
  'email',
  'phone',
  'importance',
  'performance',
  'ofScale',
  'logo',
] as const;
export type PageTextId = (typeof PAGE_TEXT_IDS)[number];

const BY_CODE: Record<string, PageTextId> = {
  required: 'errRequired',
  invalid_type: 'errInvalidType',
  out_of_range: 'errOutOfRange',
  unknown_option: 'errUnknownOption',
  too_long: 'errTooLong',
  too_few: 'errTooFew',
  too_many: 'errTooMany',
  invalid_email: 'errInvalidEmail',
  invalid_phone: 'errInvalidPhone',
  invalid_date: 'errInvalidDate',
};

/** The message for an answer error code (check-answer.ts), worded for the question's type. */
export function errorTextId(q: Pick<Question, 'type'>, code: string): PageTextId {
  if (code === 'required' && q.type === 'consent') return 'errConsent';
  if (code === 'required' && q.type === 'matrix') return 'errRows';
  if (code === 'too_few' && q.type === 'ranking') return 'errRank';
  if (code === 'invalid_type' && q.type === 'importance_performance') return 'errBoth';
  return Object.prototype.hasOwnProperty.call(BY_CODE, code)
    ? (BY_CODE[code] as PageTextId)
    : 'errInvalidType';
}

/** Fills {name} placeholders: fillText('Page {n} of {total}', {n: 1, total: 3}). */
export function fillText(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : m,
  );
}
