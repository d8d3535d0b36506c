// /api/v1/workspaces/:workspaceId/distributions/:distributionId/qr.png, qr.svg and card.pdf — the
// QR code of a link or qr distribution for a store, staff member or table, as an image or as a
// printable A6 card. What a file says is read in the workspace's transaction; it is drawn after.
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import { attachment } from '../../../platform/http/attachment';
import type { App } from '../../../platform/http/types';
import { distributionParams } from '../schemas';
import { buildQrCard } from './build-qr-card';
import { qrImageTarget } from './qr-image-target';
import { qrPng, qrSvg } from './qr-image';
import { renderQrCard } from './render-card';
import { qrCardQuery, qrImageQuery } from './schemas';

const tags = ['distribution'];

const IMAGE_TYPES = { png: 'image/png', svg: 'image/svg+xml; charset=utf-8' } as const;

export default async function qrRoutes(app: App): Promise<void> {
  const { db, env } = app.deps;

  for (const format of ['png', 'svg'] as const) {
    app.get(
      `/workspaces/:workspaceId/distributions/:distributionId/qr.${format}`,
      {
        schema: {
          tags,
          summary: `The QR code of a link or qr distribution as ${format.toUpperCase()}, for a store, staff member or table`,
          params: distributionParams,
          querystring: qrImageQuery,
        },
      },
      async (req, reply) => {
        const actor = await authorize(req, req.params.workspaceId, 'distributions.read');
        const target = await inWorkspace(db, actor.workspaceId, (tx) =>
          qrImageTarget(tx, actor.workspaceId, {
            distributionId: req.params.distributionId,
            query: req.query,
            format,
            publicUrl: env.publicUrl,
          }),
        );
        const image =
          format === 'png'
            ? await qrPng(target.url, req.query.size)
            : await qrSvg(target.url, req.query.size);
        return reply
          .header('content-type', IMAGE_TYPES[format])
          .header('content-disposition', attachment(target.fileName))
          .header('cache-control', 'no-store')
          .send(image);
      },
    );
  }

  app.get(
    '/workspaces/:workspaceId/distributions/:distributionId/card.pdf',
    {
      schema: {
        tags,
        summary:
          'A printable A6 card with the QR code, the store name and a call to action (all=stores: one per store)',
        params: distributionParams,
        querystring: qrCardQuery,
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.read');
      const card = await inWorkspace(db, actor.workspaceId, (tx) =>
        buildQrCard(tx, actor.workspaceId, {
          distributionId: req.params.distributionId,
          query: req.query,
          publicUrl: env.publicUrl,
        }),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(card.fileName))
        .header('cache-control', 'no-store')
        .send(await renderQrCard(card));
    },
  );
}
