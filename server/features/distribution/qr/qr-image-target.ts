// What a QR image (PNG or SVG) encodes and what its download is called. Read in the workspace's
// transaction; the image is drawn after it.
import type { Tx } from '../../../db/database';
import { distributionUrl } from '../links';
import { findQrDistribution, qrFileName } from './find-qr-distribution';
import type { QrImageQuery } from './schemas';

export interface QrImageTarget {
  /** The short /d/<code>?loc=…&staff=…&table=… address the code carries. */
  url: string;
  fileName: string;
}

export async function qrImageTarget(
  tx: Tx,
  workspaceId: string,
  opts: {
    distributionId: string;
    query: QrImageQuery;
    format: 'png' | 'svg';
    /** The server's public address, which every code starts with. */
    publicUrl: string;
  },
): Promise<QrImageTarget> {
  const { query } = opts;
  const { distribution, location } = await findQrDistribution(tx, workspaceId, {
    distributionId: opts.distributionId,
    loc: query.loc,
  });
  return {
    url: distributionUrl(opts.publicUrl, distribution.kind, distribution.code, {
      loc: query.loc,
      staff: query.staff,
      table: query.table,
    }),
    fileName: qrFileName([distribution.name, location?.code, query.table, query.staff], opts.format),
  };
}
