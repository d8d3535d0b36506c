// The kiosk: a tablet in a store that loops one survey. GET /k/:code is the survey page in kiosk mode
// (render-kiosk.ts); /k/sw.js is the service worker that keeps the page and its assets for offline use;
// /k/assets/ holds the kiosk's script, which queues complete responses on the device (IndexedDB) and
// sends them with their idempotency keys whenever the network is there.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { sendHtml, sendPrepared } from '../../../platform/http/compressed';
import type { App } from '../../../platform/http/types';
import { chooseLanguage, pageText, renderNotice, type PageTextId } from '../../survey-page/render-page';
import { PAGE_LANGUAGES } from '../../survey-page/texts';
import { kioskAssets } from './assets';
import { openKiosk, type KioskOpening } from './open-kiosk';
import { renderKioskPage } from './render-kiosk';
import type { KioskTextId } from './text-ids';
import { kioskText } from './texts';

/** Public: per IP, plenty for a store's tablets reloading, little for someone sweeping codes. */
const kioskRateLimit = { rateLimit: { max: 120, timeWindow: '1 minute' } };

/** The page holds no answers (each respondent's live only in the browser), so the worker may keep it. */
const PAGE_HEADERS = {
  'cache-control': 'no-cache',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
    "connect-src 'self'; worker-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; " +
    "frame-ancestors 'none'",
};

export default async function kioskPublicRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get('/k/sw.js', { config: kioskRateLimit, schema: { hide: true } }, async (req, reply) => {
    const { serviceWorker } = await kioskAssets();
    // Browsers check the worker for updates on every navigation; it must never be stale.
    reply.header('cache-control', 'no-cache').type(serviceWorker.type);
    return sendPrepared(req, reply, serviceWorker);
  });

  app.get(
    '/k/assets/:file',
    { config: kioskRateLimit, schema: { hide: true, params: z.object({ file: z.string().max(100) }) } },
    async (req, reply) => {
      const file = (await kioskAssets()).files.get(`/k/assets/${req.params.file}`);
      if (!file) return reply.status(404).type('text/plain').send('Not found');
      reply.header('cache-control', 'public, max-age=31536000, immutable').type(file.type);
      return sendPrepared(req, reply, file);
    },
  );

  app.get(
    '/k/:code',
    {
      config: kioskRateLimit,
      schema: {
        hide: true,
        params: z.object({ code: z.string().max(16) }),
        querystring: z.looseObject({ lang: z.string().max(35).optional() }),
      },
    },
    async (req, reply) => {
      const opening = await openKiosk(db, req.params.code);
      if (opening.kind !== 'open')
        return notice(reply, opening, req.query.lang, req.headers['accept-language']);
      const def = opening.survey.definition;
      // A kiosk speaks the survey's default language (the tablet's own settings say nothing about
      // the person in front of it) until someone picks another.
      const lang = req.query.lang;
      const language = lang && def.languages.includes(lang) ? lang : def.defaultLanguage;
      return sendHtml(reply, 200, renderKioskPage(opening, language, await kioskAssets()), PAGE_HEADERS);
    },
  );
}

type Notice = Exclude<KioskOpening, { kind: 'open' }>['kind'];
const kiosk = (title: KioskTextId, message: KioskTextId) => (l: string) => ({
  title: kioskText(l, title),
  message: kioskText(l, message),
});
const page = (title: PageTextId, message: PageTextId) => (l: string) => ({
  title: pageText(l, title),
  message: pageText(l, message),
});
const NOTICES: Record<
  Notice,
  { status: number; texts: (language: string) => { title: string; message: string } }
> = {
  unknown: { status: 404, texts: kiosk('notFoundTitle', 'notFoundMessage') },
  paused: { status: 410, texts: kiosk('pausedTitle', 'pausedMessage') },
  closed: { status: 410, texts: page('closedTitle', 'closedMessage') },
  not_open: { status: 409, texts: page('notOpenTitle', 'notOpenMessage') },
  token: { status: 403, texts: page('tokenTitle', 'tokenMessage') },
};

async function notice(
  reply: FastifyReply,
  opening: Exclude<KioskOpening, { kind: 'open' }>,
  lang: string | undefined,
  acceptLanguage: string | undefined,
) {
  const { status, texts } = NOTICES[opening.kind];
  const survey = 'survey' in opening ? opening.survey : null;
  // Like the kiosk, in the survey's language; an unknown code has no survey to ask, so the
  // browser's languages pick one of the page's four.
  const language = survey?.definition
    ? chooseLanguage(survey.definition, lang, undefined)
    : chooseLanguage(
        { languages: [...PAGE_LANGUAGES], defaultLanguage: survey?.workspaceLanguage ?? 'en' },
        lang,
        acceptLanguage,
      );
  const html = renderNotice({ language, ...texts(language), assets: await kioskAssets() });
  return sendHtml(reply, status, html, PAGE_HEADERS);
}
