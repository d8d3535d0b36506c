// The addresses an invitation email carries besides the survey link, reached without signing in:
//   GET  /u/:token      the unsubscribe page (changes nothing: mail scanners open every link)
//   POST /u/:token      unsubscribe: RFC 8058's one-click POST from the mail client, or the page's button
//   GET  /o/:token.gif  the open pixel: a transparent 1×1 GIF that marks the invitation opened
// The token names the invitation; its workspace is found by one system-scoped lookup, then
// everything runs inside that workspace. An unknown token gets the same answers a known one would
// (a 404 page, or the GIF), never a hint of which workspace a token belongs to.
import formbody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { inWorkspace } from '../../../db/database';
import type { App } from '../../../platform/http/types';
import { surveyAssets } from '../../survey-page/assets';
import { chooseLanguage } from '../../survey-page/choose-language';
import { invitationTokenOwner } from '../tokens';
import { recordEmailOpen } from './record-open';
import { unsubscribeInvitation } from './unsubscribe';
import { renderUnsubscribePage, type UnsubscribePageState } from './unsubscribe-page';

const tokenParams = z.object({ token: z.string().max(200) });

/**
 * Per address, as generous as the intake's: mail providers send their users' one-click POSTs from
 * a few servers, while a script trying tokens is still slowed down.
 */
const unsubscribeRateLimit = { rateLimit: { max: 120, timeWindow: '1 minute' } };
/** Generous: image proxies (Gmail's, Apple's) fetch every reader's pixel from a few addresses. */
const pixelRateLimit = { rateLimit: { max: 1200, timeWindow: '1 minute' } };

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const PAGE_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; " +
    "base-uri 'none'; object-src 'none'; frame-ancestors 'none'",
};

const PAGE_LANGUAGES = ['en', 'es', 'zh-CN', 'zh-TW'];

export default async function emailPublicRoutes(app: App): Promise<void> {
  const { db } = app.deps;
  await app.register(formbody);
  // Some mail clients send the one-click POST as multipart/form-data. The body says nothing the
  // POST itself does not ("List-Unsubscribe=One-Click"), so it is read and set aside.
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'string', bodyLimit: 4096 },
    (_req, _body, done) => done(null, {}),
  );

  /** The invitation behind a token, with what the page shows, or null. */
  async function invitationOf(token: string) {
    const owner = await invitationTokenOwner(db, token);
    if (!owner) return null;
    return inWorkspace(db, owner.workspaceId, (tx) =>
      tx
        .selectFrom('survey_invitations as i')
        .innerJoin('workspaces as w', 'w.id', 'i.workspace_id')
        .select(['i.id', 'i.address', 'i.language', 'i.unsubscribed_at', 'w.name as workspace'])
        .where('i.workspace_id', '=', owner.workspaceId)
        .where('i.id', '=', owner.invitationId)
        .executeTakeFirst()
        .then((row) => (row ? { ...row, workspaceId: owner.workspaceId } : null)),
    );
  }

  app.get(
    '/u/:token',
    { config: unsubscribeRateLimit, schema: { hide: true, params: tokenParams } },
    async (req, reply) => {
      const invitation = await invitationOf(req.params.token);
      if (!invitation) return page(req, reply, 404, null, { kind: 'unknown' });
      const who = { workspace: invitation.workspace, address: invitation.address };
      const state: UnsubscribePageState = invitation.unsubscribed_at
        ? { kind: 'done', ...who }
        : { kind: 'ask', actionUrl: `/u/${encodeURIComponent(req.params.token)}`, ...who };
      return page(req, reply, 200, invitation.language, state);
    },
  );

  app.post(
    '/u/:token',
    { config: unsubscribeRateLimit, schema: { hide: true, params: tokenParams } },
    async (req, reply) => {
      const invitation = await invitationOf(req.params.token);
      if (!invitation) return page(req, reply, 404, null, { kind: 'unknown' });
      await inWorkspace(db, invitation.workspaceId, (tx) =>
        unsubscribeInvitation(tx, invitation.workspaceId, invitation.id),
      );
      const who = { workspace: invitation.workspace, address: invitation.address };
      return page(req, reply, 200, invitation.language, { kind: 'done', ...who });
    },
  );

  app.get(
    '/o/:token.gif',
    { config: pixelRateLimit, schema: { hide: true, params: tokenParams } },
    async (req, reply) => {
      const owner = await invitationTokenOwner(db, req.params.token);
      if (owner) {
        await inWorkspace(db, owner.workspaceId, (tx) =>
          recordEmailOpen(tx, owner.workspaceId, owner.invitationId),
        );
      }
      return reply
        .header('cache-control', 'no-store, no-cache, must-revalidate, private')
        .header('expires', '0')
        .type('image/gif')
        .send(PIXEL);
    },
  );
}

async function page(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  language: string | null,
  state: UnsubscribePageState,
) {
  const chosen =
    language ??
    chooseLanguage(
      { languages: PAGE_LANGUAGES, defaultLanguage: 'en' },
      undefined,
      req.headers['accept-language'],
    );
  const { styleUrl } = await surveyAssets();
  return reply
    .status(status)
    .headers(PAGE_HEADERS)
    .type('text/html; charset=utf-8')
    .send(renderUnsubscribePage({ language: chosen, styleUrl, state }));
}
