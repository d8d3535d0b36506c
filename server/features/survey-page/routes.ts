// The survey page customers answer: GET /s/:key renders the current page on the server; without
// JavaScript each page is a form POST answered by a 303 redirect (logic run here, by page-flow.ts);
// with JavaScript the page's script runs the same logic and saves through POST /s/:key/responses.
import formbody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Answers, SurveyDefinition } from '../../../common/survey/definition';
import { inWorkspace } from '../../db/database';
import { AppError } from '../../platform/errors';
import { sendHtml, sendPrepared } from '../../platform/http/compressed';
import type { App } from '../../platform/http/types';
import { randomToken } from '../../platform/ids';
import { findAttempt, type Attempt } from '../responses/attempt';
import { deviceClassOf } from '../responses/device-class';
import { channelSchema, idempotencyKeySchema } from '../responses/intake-schemas';
import { DEVICE_COOKIE, intakeRateLimit } from '../responses/intake-routes';
import { submitToSurvey } from '../responses/submit-to-survey';
import { trackPageOpen } from '../distribution/track-open';
import { allowEmbedFraming } from '../distribution/widget/framing';
import {
  loadPublishedSurvey,
  loadVersionDefinition,
  surveyKeyOwner,
  type PublishedSurvey,
} from '../surveys/published';
import { surveyAssets } from './assets';
import { advance, pageToShow, type Nav } from './page-flow';
import { prefillFromLink } from './prefill';
import { chooseLanguage, pageText, renderNotice, renderSurveyPage, type SurveyPageView } from './render-page';
import { resumeAddress, resumeMail } from './resume-mail';

const keyParams = z.object({ key: z.string().max(40) });
/** What a survey link may carry besides hidden fields: language, resume key, page, channel, location, token. */
const linkQuery = z.looseObject({
  lang: z.string().max(35).optional(),
  r: z.string().max(128).optional(),
  p: z.string().max(40).optional(),
  ch: channelSchema.optional().catch(undefined),
  loc: z.string().max(40).optional(),
  t: z.string().max(200).optional(),
  d: z.string().max(16).optional(),
});
type LinkQuery = z.infer<typeof linkQuery>;

const RESUME_COOKIE_DAYS = 30;
const resumeCookie = (key: string) => `rapport_resume_${key}`;

/** The page carries personal answers: never cached, pictures from https anywhere (the theme logo). */
const PAGE_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
    "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'self'",
};

export default async function surveyPageRoutes(app: App): Promise<void> {
  const { db, env, mailer } = app.deps;
  await app.register(formbody);
  // Opened through an embed or widget (?d=): the sites that distribution lists may frame the page.
  app.addHook('onSend', allowEmbedFraming(db));

  app.get(
    '/s/assets/:file',
    { schema: { hide: true, params: z.object({ file: z.string().max(100) }) } },
    async (req, reply) => {
      const file = (await surveyAssets()).files.get(`/s/assets/${req.params.file}`);
      if (!file) return reply.status(404).type('text/plain').send('Not found');
      reply.header('cache-control', 'public, max-age=31536000, immutable').type(file.type);
      return sendPrepared(req, reply, file);
    },
  );

  /** The survey, a notice when it cannot be answered, or null when the key is unknown. */
  async function open(key: string) {
    const owner = await surveyKeyOwner(db, key);
    if (!owner) return null;
    return inWorkspace(db, owner.workspaceId, (tx) =>
      loadPublishedSurvey(tx, owner.workspaceId, owner.surveyId),
    );
  }

  async function attemptOf(survey: PublishedSurvey, sessionKey: string | undefined) {
    if (!sessionKey || !idempotencyKeySchema.safeParse(sessionKey).success) return null;
    return inWorkspace(db, survey.workspaceId, async (tx) => {
      const attempt = await findAttempt(tx, survey.workspaceId, survey.surveyId, sessionKey);
      if (!attempt) return null;
      const def =
        attempt.version === survey.version
          ? survey.definition
          : await loadVersionDefinition(tx, survey.workspaceId, survey.surveyId, attempt.version);
      return def ? { attempt, def } : null;
    });
  }

  async function notice(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    which: NoticeKind,
    survey?: PublishedSurvey | null,
  ) {
    const language = noticeLanguage(req, survey ?? null);
    const assets = await surveyAssets();
    const html = renderNotice({
      language,
      title: pageText(language, NOTICES[which].title),
      message: pageText(language, NOTICES[which].message),
      assets,
    });
    return sendHtml(reply, status, html, PAGE_HEADERS);
  }

  async function page(
    reply: FastifyReply,
    status: number,
    view: Omit<SurveyPageView, 'assets' | 'mode' | 'intakeUrl' | 'resume' | 'title'>,
    canEmail: boolean,
    surveyName: string,
  ) {
    const assets = await surveyAssets();
    const html = renderSurveyPage({
      ...view,
      mode: 'live',
      title: surveyName,
      intakeUrl: view.actionUrl.replace(`/s/${view.key}`, `/s/${view.key}/responses`),
      assets,
      resume: { emailAvailable: canEmail },
    });
    return sendHtml(reply, status, html, PAGE_HEADERS);
  }

  const canEmail = (def: SurveyDefinition, answers: Answers, hidden: Record<string, string>) =>
    mailer.enabled && resumeAddress(def, answers, hidden) !== null;

  app.get(
    '/s/:key',
    { schema: { hide: true, params: keyParams, querystring: linkQuery } },
    async (req, reply) => {
      const { key } = req.params;
      const survey = await open(key);
      if (!survey) return notice(req, reply, 404, 'not_found');
      if (survey.status !== 'published' || !survey.definition)
        return notice(req, reply, 410, 'closed', survey);
      const resumeKey = req.query.r ?? req.cookies[resumeCookie(key)];
      const found = await attemptOf(survey, resumeKey);
      if (found?.attempt.status === 'complete' && req.query.r) {
        return reply.redirect(`/s/${key}/done?r=${encodeURIComponent(req.query.r)}`, 303);
      }
      const resuming = found?.attempt.status === 'partial' ? found : null;
      if (!resuming && survey.hasWaves && !survey.openWaveId)
        return notice(req, reply, 409, 'not_open', survey);
      const def = resuming?.def ?? survey.definition;
      const hidden = resuming?.attempt.hidden ?? hiddenFromLink(def, req.query);
      const language =
        req.query.lang && def.languages.includes(req.query.lang)
          ? req.query.lang
          : (resuming?.attempt.language ??
            chooseLanguage(def, req.query.lang, req.headers['accept-language']));
      if (!resuming) await trackPageOpen(db, survey.workspaceId, survey.surveyId, req.query);
      // A fresh attempt may begin with answers the link brings (?a.<id>=…: an email's first question).
      const prefill = resuming
        ? null
        : await prefillFromLink(db, survey, {
            key,
            def,
            hidden,
            language,
            sessionKey: randomToken(18),
            query: req.query,
            deviceId: req.cookies[DEVICE_COOKIE] ?? null,
            userAgent: req.headers['user-agent'],
          });
      const sessionKey = resuming ? resumeKey! : prefill!.sessionKey;
      if (prefill?.saved) {
        reply.setCookie(
          resumeCookie(key),
          sessionKey,
          cookieOptions(env.publicUrl, `/s/${key}`, RESUME_COOKIE_DAYS),
        );
      }
      const answers = resuming?.attempt.answers ?? prefill?.answers ?? {};
      if (survey.settings.oncePer === 'device' && !req.cookies[DEVICE_COOKIE]) {
        reply.setCookie(DEVICE_COOKIE, randomToken(18), cookieOptions(env.publicUrl, '/s/', 400));
      }
      return page(
        reply,
        200,
        {
          key,
          definition: def,
          language,
          pageId: pageToShow(def, answers, hidden, resuming?.attempt.currentPage ?? null, req.query.p),
          endingId: null,
          answers,
          hidden,
          errors: {},
          sessionKey,
          actionUrl: actionUrl(key, req.query),
        },
        canEmail(def, answers, hidden),
        survey.name,
      );
    },
  );

  app.post(
    '/s/:key',
    {
      config: intakeRateLimit,
      schema: {
        hide: true,
        params: keyParams,
        querystring: linkQuery,
        body: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
      },
    },
    async (req, reply) => {
      const { key } = req.params;
      const form = req.body;
      // A browser posts a textarea's line breaks as CRLF; the script (FormData) and the JSON intake
      // send LF. Read them as LF, so an answer is the same text either way (and its length too).
      const get = (name: string): string[] => {
        const v = Object.prototype.hasOwnProperty.call(form, name) ? form[name] : undefined;
        return (v === undefined ? [] : Array.isArray(v) ? v : [v]).map(unixLineBreaks);
      };
      const first = (name: string) => get(name)[0];
      const survey = await open(key);
      if (!survey) return notice(req, reply, 404, 'not_found');
      if (first('website')) return notice(req, reply, 200, 'thanks', survey);

      const posted = first('_s');
      const sessionKey = posted && idempotencyKeySchema.safeParse(posted).success ? posted : randomToken(18);
      const found = await attemptOf(survey, sessionKey);
      if (found?.attempt.status === 'complete')
        return reply.redirect(`/s/${key}/done?r=${encodeURIComponent(sessionKey)}`, 303);
      if (survey.status !== 'published' || !survey.definition)
        return notice(req, reply, 410, 'closed', survey);
      const def = found?.def ?? survey.definition;
      const hidden = found?.attempt.hidden ?? hiddenFromLink(def, req.query);
      const chosen = first('_l');
      const language =
        chosen && def.languages.includes(chosen)
          ? chosen
          : chooseLanguage(def, req.query.lang, req.headers['accept-language']);
      const nav =
        (['back', 'email_resume'] as const).find((n) => n === first('_nav')) ?? ('next' satisfies Nav);
      const pageId = first('_p') ?? def.pages[0]!.id;

      const outcome = advance(def, found?.attempt.answers ?? {}, hidden, { pageId, nav, get });
      const view = {
        key,
        definition: def,
        language,
        endingId: null,
        hidden,
        sessionKey,
        actionUrl: actionUrl(key, req.query),
      };
      if (outcome.kind === 'errors') {
        return page(
          reply,
          422,
          { ...view, pageId: outcome.pageId, answers: outcome.answers as Answers, errors: outcome.errors },
          canEmail(def, outcome.answers as Answers, hidden),
          survey.name,
        );
      }
      try {
        await submitToSurvey(db, key, {
          idempotencyKey: sessionKey,
          answers: outcome.answers,
          hidden,
          language,
          complete: outcome.kind === 'end',
          currentPage: outcome.kind === 'page' ? outcome.pageId : null,
          pageSeconds: secondsOnPage(found?.attempt ?? null, pageId),
          channel: req.query.ch ?? 'link',
          locationCode: req.query.loc ?? null,
          token: req.query.t ?? null,
          distributionCode: req.query.d ?? null,
          deviceId: req.cookies[DEVICE_COOKIE] ?? null,
          deviceClass: deviceClassOf(req.headers['user-agent']),
        });
      } catch (e) {
        if (e instanceof AppError && e.status < 500 && e.code in REFUSALS) {
          return notice(req, reply, e.status, REFUSALS[e.code as keyof typeof REFUSALS], survey);
        }
        throw e;
      }
      if (outcome.kind === 'end') {
        reply.clearCookie(resumeCookie(key), { path: `/s/${key}` });
        return reply.redirect(`/s/${key}/done?r=${encodeURIComponent(sessionKey)}`, 303);
      }
      reply.setCookie(
        resumeCookie(key),
        sessionKey,
        cookieOptions(env.publicUrl, `/s/${key}`, RESUME_COOKIE_DAYS),
      );
      if (nav === 'email_resume') {
        const to = resumeAddress(def, outcome.answers, hidden);
        const sent = Boolean(to && mailer.enabled);
        if (to && mailer.enabled) {
          const link = `${env.publicUrl}/s/${key}?r=${encodeURIComponent(sessionKey)}`;
          await mailer.send(resumeMail(to, survey.name, link, language));
        }
        return page(
          reply,
          200,
          {
            ...view,
            pageId: outcome.pageId,
            answers: outcome.answers,
            errors: {},
            notice: pageText(language, sent ? 'resumeSent' : 'resumeUnavailable'),
          },
          canEmail(def, outcome.answers, hidden),
          survey.name,
        );
      }
      const query = new URLSearchParams(carried(req.query));
      query.set('r', sessionKey);
      query.set('p', outcome.pageId);
      return reply.redirect(`/s/${key}?${query.toString()}`, 303);
    },
  );

  app.get(
    '/s/:key/done',
    { schema: { hide: true, params: keyParams, querystring: linkQuery } },
    async (req, reply) => {
      const { key } = req.params;
      const survey = await open(key);
      if (!survey) return notice(req, reply, 404, 'not_found');
      const found = await attemptOf(survey, req.query.r);
      if (found?.attempt.status !== 'complete') return reply.redirect(`/s/${key}`, 303);
      const { attempt, def } = found;
      return page(
        reply,
        200,
        {
          key,
          definition: def,
          language: attempt.language,
          pageId: null,
          endingId: attempt.ending,
          answers: attempt.answers,
          hidden: attempt.hidden,
          errors: {},
          sessionKey: req.query.r!,
          actionUrl: actionUrl(key, req.query),
        },
        false,
        survey.name,
      );
    },
  );
}

type NoticeKind = 'not_found' | 'closed' | 'not_open' | 'already' | 'token' | 'thanks';
const NOTICES = {
  not_found: { title: 'notFoundTitle', message: 'notFoundMessage' },
  closed: { title: 'closedTitle', message: 'closedMessage' },
  not_open: { title: 'notOpenTitle', message: 'notOpenMessage' },
  already: { title: 'alreadyTitle', message: 'alreadyMessage' },
  token: { title: 'tokenTitle', message: 'tokenMessage' },
  thanks: { title: 'thanksTitle', message: 'thanksMessage' },
} as const;
const REFUSALS = {
  survey_closed: 'closed',
  survey_not_open: 'not_open',
  already_responded: 'already',
  token_required: 'token',
  distribution_paused: 'closed',
} as const;

function noticeLanguage(req: FastifyRequest, survey: PublishedSurvey | null): string {
  const offered = survey?.definition?.languages ?? ['en', 'es', 'zh-CN', 'zh-TW'];
  const stand = {
    defaultLanguage: survey?.definition?.defaultLanguage ?? survey?.workspaceLanguage ?? 'en',
    languages: offered,
  } as SurveyDefinition;
  const q = (req.query as { lang?: string }).lang;
  return chooseLanguage(stand, q, req.headers['accept-language']);
}

const unixLineBreaks = (text: string): string => text.replace(/\r\n?/g, '\n');

/** Hidden fields the survey declares, from the link's query string. */
function hiddenFromLink(def: SurveyDefinition, query: LinkQuery): Record<string, string> {
  const hidden: Record<string, string> = {};
  for (const { name } of def.hiddenFields) {
    const v = (query as Record<string, unknown>)[name];
    if (typeof v === 'string') hidden[name] = v.slice(0, 500);
  }
  return hidden;
}

/** The link's parameters that every page of the attempt keeps (not the resume key or page). */
function carried(query: LinkQuery): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [k, v] of Object.entries(query))
    if (k !== 'r' && k !== 'p' && typeof v === 'string') kept[k] = v;
  return kept;
}

function actionUrl(key: string, query: LinkQuery): string {
  const q = new URLSearchParams(carried(query)).toString();
  return `/s/${key}${q ? `?${q}` : ''}`;
}

/** Seconds on the posted page, counted from the attempt's last save (capped: a tab left open overnight). */
function secondsOnPage(attempt: Attempt | null, pageId: string): Record<string, number> {
  if (!attempt) return {};
  const spent = Math.min(3600, Math.max(0, Math.round((Date.now() - attempt.updatedAt.getTime()) / 1000)));
  return { [pageId]: (attempt.pageSeconds[pageId] ?? 0) + spent };
}

function cookieOptions(publicUrl: string, path: string, days: number) {
  return {
    path,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: publicUrl.startsWith('https:'),
    maxAge: days * 24 * 3600,
  };
}
