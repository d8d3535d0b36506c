// The distribution a QR file is made for, and the store its `loc` names. Only links and QR codes
// have a /d/ address worth printing: any other kind is refused with 409 wrong_distribution_kind.
import type { Tx } from '../../../db/database';
import { AppError, badRequest, notFound } from '../../../platform/errors';
import { findDistribution, type DistributionRow } from '../store';
import { findLocationByCode, findLocationById, type CardLocation } from './store';

export interface QrDistribution {
  distribution: DistributionRow;
  /** The store `loc` names, else the distribution's own location, else null. */
  location: CardLocation | null;
}

export async function findQrDistribution(
  tx: Tx,
  workspaceId: string,
  opts: {
    distributionId: string;
    /** A location's short code from the query; unknown → 400 naming `loc`. */
    loc?: string | undefined;
  },
): Promise<QrDistribution> {
  const distribution = await findDistribution(tx, workspaceId, opts.distributionId);
  if (!distribution) throw notFound('distribution');
  if (distribution.kind !== 'link' && distribution.kind !== 'qr') {
    throw new AppError(
      409,
      'wrong_distribution_kind',
      `QR codes are made for link and qr distributions, not ${distribution.kind}.`,
    );
  }
  if (opts.loc) {
    const location = await findLocationByCode(tx, workspaceId, opts.loc);
    if (!location) throw badRequest(`No location has the code "${opts.loc}".`, 'loc');
    return { distribution, location };
  }
  const own = distribution.location_id
    ? await findLocationById(tx, workspaceId, distribution.location_id)
    : undefined;
  return { distribution, location: own ?? null };
}

/** A download's name people can read: the distribution, the store's code, the table and staff. */
export function qrFileName(parts: (string | null | undefined)[], extension: string): string {
  const name = parts
    .filter((p): p is string => !!p)
    .join(' - ')
    // Characters no file system takes, and control characters.
    .replace(/[\\/:*?"<>|]|\p{Cc}/gu, '_');
  // Cut by characters, not UTF-16 units, so a Chinese or emoji name is never split in half.
  const base = Array.from(name).slice(0, 150).join('').trim();
  return `${base || 'qr'}.${extension}`;
}
