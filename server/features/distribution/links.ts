// The addresses a distribution hands out. Links and QR codes point at the short /d/:code (a QR code
// stays small, and the redirect counts the open); a kiosk at /k/:code; a personal invitation at the
// survey with its token.
import type { DistributionKind } from '../../../common/distribution/distributions';

/** What a QR code or link may add: the store's code, the staff member, the table. */
export interface LinkTarget {
  loc?: string | null;
  staff?: string | null;
  table?: string | null;
}

export function distributionUrl(
  publicUrl: string,
  kind: DistributionKind,
  code: string,
  target: LinkTarget = {},
) {
  if (kind === 'kiosk') return `${publicUrl}/k/${code}`;
  const q = new URLSearchParams();
  if (target.loc) q.set('loc', target.loc);
  if (target.staff) q.set('staff', target.staff);
  if (target.table) q.set('table', target.table);
  const query = q.toString();
  return `${publicUrl}/d/${code}${query ? `?${query}` : ''}`;
}

/** The channel a response through this kind of distribution is counted under. */
export const channelOfKind = (kind: DistributionKind): string => kind;

/**
 * The survey page address a distribution's link resolves to. `extra` are the link's own
 * parameters (store, staff, table, hidden fields), which the survey keeps as hidden fields when
 * it declares them.
 */
export function surveyPageUrl(
  publicUrl: string,
  surveyKey: string,
  distribution: { kind: DistributionKind; code: string },
  extra: Record<string, string> = {},
) {
  const q = new URLSearchParams({ ...extra, d: distribution.code, ch: channelOfKind(distribution.kind) });
  return `${publicUrl}/s/${surveyKey}?${q.toString()}`;
}

/** A personal invitation's link: the token alone says who and through which distribution. */
export const invitationUrl = (publicUrl: string, surveyKey: string, token: string) =>
  `${publicUrl}/s/${surveyKey}?t=${encodeURIComponent(token)}`;

/** RFC 8058 one-click unsubscribe (POST) and its confirmation page (GET). */
export const unsubscribeUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/u/${encodeURIComponent(token)}`;

/** The email's 1×1 open pixel. */
export const openPixelUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/o/${encodeURIComponent(token)}.gif`;
