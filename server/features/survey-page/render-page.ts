// The survey page a respondent answers, as one server-rendered HTML document. It works with no
// JavaScript at all: one form holds every page, the current one enabled and shown, the others
// hidden inside a disabled fieldset (neither shown nor posted); the server runs the logic between
// posts. The enhancement script (client/) reads the JSON configuration at the end of the body.
import type { Answers, Page, SurveyDefinition } from '../../../common/survey/definition';
import { FORM_FIELDS } from '../../../common/survey/form-fields';
import { nextStep, visibleQuestions, walkSurvey } from '../../../common/survey/logic';
import type { SafeHtml } from './html';
import { attrs, jsonForScript, markup } from './html';
import type { RenderContext } from './render-question';
import { localText, plainText, renderQuestion, t } from './render-question';
import { errorTextId, pageTexts } from './texts';
import type { SurveyPageConfig } from './page-config';
import { CONFIG_ELEMENT_ID, FORM_ID, STATUS_ID } from './page-config';
import { themeStyle } from './theme';

export { chooseLanguage } from './choose-language';
export type { SurveyPageConfig } from './page-config';
export type { PageTextId } from './texts';
export { pageText, pageTexts, fillText, PAGE_TEXT_IDS } from './texts';

export interface SurveyPageView {
  /** The public key, used in URLs. */
  key: string;
  definition: SurveyDefinition;
  /** Already chosen (chooseLanguage). */
  language: string;
  /** The page to show; null shows the ending `endingId`. */
  pageId: string | null;
  endingId: string | null;
  /** Effective answers so far: they prefill the inputs and feed piping. */
  answers: Answers;
  hidden: Record<string, string>;
  /** By question id; rendered as localized messages. */
  errors: Record<string, { code: string }>;
  /** The response's idempotency key (hidden input `_s`). */
  sessionKey: string;
  /** preview: a banner says answers are not saved, and the script never saves. kiosk: see page-config.ts. */
  mode: 'live' | 'preview' | 'kiosk';
  /** The no-JS form's action (POST), e.g. /s/<key>?lang=es. */
  actionUrl: string;
  /** The script's JSON intake: /s/<key>/responses. */
  intakeUrl: string;
  assets: { scriptUrl: string; styleUrl: string };
  /** Show the "email me a link to continue later" button (_nav=email_resume). */
  resume: { emailAvailable: boolean };
  /** A one-line localized notice at the top ("We sent you a link"). */
  notice?: string;
  /** The survey's name: the document title and the logo's alt text (else the page's own title). */
  title?: string;
  /** Markup a host page puts at the top (the kiosk's language links, queue status and settings). */
  top?: SafeHtml;
}

const RTL = ['ar', 'he', 'fa', 'ur'];

function documentShell(opts: {
  language: string;
  title: string;
  styleUrl: string;
  scriptUrl?: string;
  bodyStyle?: string;
  body: SafeHtml;
}): string {
  const primary = opts.language.toLowerCase().split('-')[0] ?? '';
  return markup`<!doctype html>
<html${attrs({ lang: opts.language, dir: RTL.indexOf(primary) >= 0 ? 'rtl' : 'ltr' })}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${opts.title}</title>
<link rel="stylesheet" href="${opts.styleUrl}">
${opts.scriptUrl ? markup`<script src="${opts.scriptUrl}" defer></script>` : ''}
</head>
<body${attrs({ style: opts.bodyStyle })}>
${opts.body}
</body>
</html>
`.value;
}

export function renderSurveyPage(view: SurveyPageView): string {
  const def = view.definition;
  const rc: RenderContext = {
    def,
    language: view.language,
    logic: { answers: view.answers, hidden: view.hidden },
  };
  const walk = walkSurvey(def, view.answers, view.hidden);
  const firstPage = def.pages[0]?.id ?? '';
  const pageId =
    view.pageId === null ? null : def.pages.some((p) => p.id === view.pageId) ? view.pageId : firstPage;
  const endingId =
    pageId !== null
      ? null
      : view.endingId !== null && def.endings.some((e) => e.id === view.endingId)
        ? view.endingId
        : walk.ending;

  const index = pageId === null ? -1 : walk.pages.indexOf(pageId);
  const n = index >= 0 ? index + 1 : def.pages.findIndex((p) => p.id === pageId) + 1;
  const total = Math.max(walk.pages.length, n);
  const progressText = t(rc, 'progress', { n, total });
  const percent = pageId === null ? 100 : Math.round(((n - 1) * 100) / total);

  const current = def.pages.filter((p) => p.id === pageId)[0];
  const title =
    view.title ??
    (current
      ? plainText(rc, current.title ?? current.questions[0]?.title)
      : plainText(rc, def.endings.filter((e) => e.id === endingId)[0]?.title));
  const logoUrl = def.theme.logoUrl;

  const config: SurveyPageConfig = {
    key: view.key,
    definition: def,
    language: view.language,
    page: pageId,
    ending: endingId,
    answers: view.answers,
    hidden: view.hidden,
    session: view.sessionKey,
    intake: view.intakeUrl,
    mode: view.mode,
    texts: pageTexts(view.language),
  };

  const logo =
    logoUrl && /^https:\/\//.test(logoUrl)
      ? markup`<header class="top"><img class="logo" src="${logoUrl}" alt="${view.title ?? t(rc, 'logo')}"></header>`
      : '';
  const progress = attrs({
    'aria-label': t(rc, 'progressLabel'),
    'aria-valuemin': 0,
    'aria-valuemax': 100,
    'aria-valuenow': percent,
    'aria-valuetext': progressText,
  });
  const endings = def.endings.map(
    (e) =>
      markup`<section class="end" data-ending="${e.id}"${attrs({ hidden: e.id !== endingId })}><h1 class="pt" tabindex="-1">${localText(rc, e.title)}</h1>${e.message ? markup`<p class="em">${localText(rc, e.message)}</p>` : ''}</section>`,
  );
  const body = markup`<main class="sv">
${view.top ?? ''}${logo}${view.mode === 'preview' ? markup`<p class="pv">${t(rc, 'preview')}</p>` : ''}${view.notice ? markup`<p class="note" role="status">${view.notice}</p>` : ''}
<div class="prog"${attrs({ hidden: pageId === null })}><div class="bar" role="progressbar"${progress}><div class="fill" style="width:${percent}%"></div></div><p class="pn" aria-hidden="true">${progressText}</p></div>
${pageId === null ? '' : renderForm(view, rc, pageId, { progressText, walk, isFirst: index <= 0 })}
${endings}
</main>
<script type="application/json" id="${CONFIG_ELEMENT_ID}">${jsonForScript(config)}</script>`;

  return documentShell({
    language: view.language,
    title,
    styleUrl: view.assets.styleUrl,
    scriptUrl: view.assets.scriptUrl,
    bodyStyle: themeStyle(def.theme.accent),
    body,
  });
}

function renderForm(
  view: SurveyPageView,
  rc: RenderContext,
  pageId: string,
  opts: { progressText: string; walk: ReturnType<typeof walkSurvey>; isFirst: boolean },
): SafeHtml {
  const def = view.definition;
  const isLast = 'end' in nextStep(def, pageId, rc.logic);
  const visibleOn = (page: Page) =>
    new Set((opts.walk.visible.get(page.id) ?? visibleQuestions(def, page.id, rc.logic)).map((q) => q.id));
  const currentPage = def.pages.filter((p) => p.id === pageId)[0];
  const currentVisible = currentPage ? visibleOn(currentPage) : new Set<string>();
  const errors = (currentPage?.questions ?? []).filter(
    (q) => currentVisible.has(q.id) && Object.prototype.hasOwnProperty.call(view.errors, q.id),
  );
  const errorOf = (id: string) =>
    Object.prototype.hasOwnProperty.call(view.errors, id) ? view.errors[id]?.code : undefined;

  const summary =
    errors.length > 0
      ? markup`<div class="es" role="alert" tabindex="-1"><p>${t(rc, 'errorSummary')}</p><ul>${errors.map(
          (q) =>
            markup`<li><a href="#q-${q.id}">${plainText(rc, q.title)}: ${t(rc, errorTextId(q, errorOf(q.id) ?? ''))}</a></li>`,
        )}</ul></div>`
      : '';
  const pages = def.pages.map((page) => {
    const isCurrent = page.id === pageId;
    const visible = isCurrent ? currentVisible : visibleOn(page);
    const heading = page.title
      ? markup`<h1 class="pt" tabindex="-1">${localText(rc, page.title)}</h1>`
      : markup`<h1 class="pt sr" tabindex="-1">${isCurrent ? opts.progressText : ''}</h1>`;
    const questions = page.questions.map((q) =>
      renderQuestion(rc, q, { visible: visible.has(q.id), error: isCurrent ? errorOf(q.id) : undefined }),
    );
    return markup`<section class="pg" data-page="${page.id}"${attrs({ hidden: !isCurrent })}><fieldset class="pf"${attrs({ disabled: !isCurrent })}>${heading}${questions}</fieldset></section>`;
  });
  const nav = FORM_FIELDS.nav;
  const later = view.resume.emailAvailable
    ? markup`<p class="later">${t(rc, 'saveLater')}: <button type="submit" class="lnk" name="${nav}" value="email_resume">${t(rc, 'emailLink')}</button></p>`
    : '';
  // Next comes first: Enter in a text field presses the form's first submit button.
  return markup`<form id="${FORM_ID}" method="post" action="${view.actionUrl}" novalidate>
<input type="hidden" name="${FORM_FIELDS.session}" value="${view.sessionKey}">
<input type="hidden" name="${FORM_FIELDS.page}" value="${pageId}">
<input type="hidden" name="${FORM_FIELDS.language}" value="${view.language}">
<div class="hp" aria-hidden="true"><label for="sv-website">Website</label><input type="text" id="sv-website" name="${FORM_FIELDS.honeypot}" tabindex="-1" autocomplete="off"></div>
${summary}${pages}
<div class="nav"><button type="submit" class="btn pri" name="${nav}" value="next">${t(rc, isLast ? 'submit' : 'next')}</button><button type="submit" class="btn sec" name="${nav}" value="back"${attrs({ hidden: opts.isFirst })}>${t(rc, 'back')}</button></div>
<p class="st" id="${STATUS_ID}" role="status"></p>
${later}
</form>`;
}

/** A small page with a title and a message: closed, not found, not open now, a thank-you fallback. */
export function renderNotice(opts: {
  language: string;
  title: string;
  message: string;
  assets: { styleUrl: string };
}): string {
  return documentShell({
    language: opts.language,
    title: opts.title,
    styleUrl: opts.assets.styleUrl,
    bodyStyle: themeStyle(undefined),
    body: markup`<main class="sv"><section class="end"><h1 class="pt">${opts.title}</h1><p class="em">${opts.message}</p></section></main>`,
  });
}
