// The website widget's public routes: the loader script (GET /w/widget.js), the live widgets of a
// workspace for a site (GET /w/:workspace/config) and the ask-before-showing with the recontact
// cooldown (POST /w/:workspace/shown, and its CORS preflight). Sites on other origins call these:
// CORS answers only the sites a widget lists, never with credentials. Rate-limited per IP.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { inWorkspace } from '../../../db/database';
import { notFound } from '../../../platform/errors';
import { sendPrepared } from '../../../platform/http/compressed';
import type { App } from '../../../platform/http/types';
import { sendCorsHeaders } from './cors';
import { widgetLoader } from './loader';
import { recordShow } from './record-show';
import { shownBody, shownReply, widgetConfigReply, widgetWorkspaceParams } from './schemas';
import { siteWidgets } from './site-widgets';
import { workspaceBySlug } from './store';

const tags = ['website widget'];
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

/** Per IP: a visitor loads the settings once per page view and asks to show at most a few times. */
const perIp = (max: number) => ({
  rateLimit: {
    max,
    timeWindow: '1 minute',
    keyGenerator: (req: FastifyRequest) => `widget|${req.ip}`,
  },
});

export default async function widgetPublicRoutes(app: App): Promise<void> {
  const { db, env } = app.deps;

  /** The workspace a slug names; unknown and malformed slugs are the same 404. */
  async function workspaceIdOf(slug: string): Promise<string> {
    const workspace = SLUG.test(slug) ? await workspaceBySlug(db, slug) : undefined;
    if (!workspace) throw notFound('workspace');
    return workspace.id;
  }

  const origin = (req: FastifyRequest) => req.headers.origin;

  app.get('/w/widget.js', { schema: { hide: true } }, async (req, reply: FastifyReply) => {
    const file = await widgetLoader();
    reply
      .header('cache-control', 'public, max-age=300')
      // Loaded by <script> from other sites: helmet's same-origin resource policy would block it.
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('etag', file.etag)
      .type('text/javascript; charset=utf-8');
    if (req.headers['if-none-match'] === file.etag) return reply.status(304).send();
    return sendPrepared(req, reply, file);
  });

  app.get(
    '/w/:workspace/config',
    {
      config: perIp(300),
      schema: {
        tags,
        summary: "A workspace's live widgets for the asking site (public; CORS for the sites they list)",
        security: [],
        params: widgetWorkspaceParams,
        response: { 200: widgetConfigReply },
      },
    },
    async (req, reply) => {
      const workspaceId = await workspaceIdOf(req.params.workspace);
      const site = await inWorkspace(db, workspaceId, (tx) =>
        siteWidgets(tx, workspaceId, origin(req), env.publicUrl),
      );
      sendCorsHeaders(reply, site.allowOrigin);
      reply.header('cache-control', 'public, max-age=60');
      return { widgets: site.widgets };
    },
  );

  // The preflight of the loader's JSON POST.
  app.options(
    '/w/:workspace/shown',
    { config: perIp(60), schema: { hide: true, params: widgetWorkspaceParams } },
    async (req, reply) => {
      const workspaceId = await workspaceIdOf(req.params.workspace);
      const site = await inWorkspace(db, workspaceId, (tx) =>
        siteWidgets(tx, workspaceId, origin(req), env.publicUrl),
      );
      sendCorsHeaders(reply, site.allowOrigin);
      return reply
        .header('access-control-allow-methods', 'POST')
        .header('access-control-allow-headers', 'content-type')
        .header('access-control-max-age', '600')
        .status(204)
        .send();
    },
  );

  app.post(
    '/w/:workspace/shown',
    {
      config: perIp(60),
      schema: {
        tags,
        summary:
          'Ask to show a widget to a visitor: no when they were shown one within the cooldown (public)',
        security: [],
        params: widgetWorkspaceParams,
        body: shownBody,
        response: { 200: shownReply },
      },
    },
    async (req, reply) => {
      const workspaceId = await workspaceIdOf(req.params.workspace);
      const decision = await inWorkspace(db, workspaceId, (tx) =>
        recordShow(tx, workspaceId, { ...req.body, origin: origin(req) }),
      );
      // recordShow refused any site the widget does not list: this one may read the answer.
      sendCorsHeaders(reply, origin(req) ?? '*');
      reply.header('cache-control', 'no-store');
      return decision;
    },
  );
}
