// The kiosk page: the survey page itself (the same renderer, so questions look the same), in kiosk
// mode, with the kiosk's bar on top — links to the survey's other languages, the queue's status
// line — and the kiosk's configuration as JSON for its script.
import { randomToken } from '../../../platform/ids';
import { attrs, jsonForScript, markup, type SafeHtml } from '../../survey-page/html';
import { renderSurveyPage } from '../../survey-page/render-page';
import { KIOSK_ELEMENT_ID, KIOSK_STATUS_ID, type KioskConfig } from './kiosk-config';
import type { OpenKiosk } from './open-kiosk';
import { kioskText, kioskTexts } from './texts';

export const kioskHome = (code: string) => `/k/${code}`;

/** The kiosk in a language: the default language has the plain address, the one the device keeps. */
export const kioskPageUrl = (code: string, language: string, defaultLanguage: string) =>
  language === defaultLanguage ? kioskHome(code) : `${kioskHome(code)}?lang=${encodeURIComponent(language)}`;

export function renderKioskPage(
  kiosk: OpenKiosk,
  language: string,
  assets: { scriptUrl: string; styleUrl: string },
): string {
  const { survey, code } = kiosk;
  const def = survey.definition;
  const link = new URLSearchParams({ d: code, ch: 'kiosk' }).toString();
  const config: KioskConfig = {
    code,
    resetSeconds: kiosk.resetSeconds,
    location: kiosk.locationCode,
    version: survey.version,
    intake: `/s/${survey.key}/responses?${link}`,
    home: kioskHome(code),
    defaultLanguage: def.defaultLanguage,
    texts: kioskTexts(language),
  };
  const top = markup`<div class="kb">${languageLinks(code, language, def.languages, def.defaultLanguage)}<p class="ks" id="${KIOSK_STATUS_ID}" role="status"></p><script type="application/json" id="${KIOSK_ELEMENT_ID}">${jsonForScript(config)}</script></div>
`;
  return renderSurveyPage({
    key: survey.key,
    definition: def,
    language,
    pageId: def.pages[0]?.id ?? null,
    endingId: null,
    answers: {},
    hidden: {},
    errors: {},
    // The script makes a fresh key for every respondent; this one serves the no-JavaScript form.
    sessionKey: randomToken(18),
    mode: 'kiosk',
    actionUrl: `/s/${survey.key}?${link}&lang=${encodeURIComponent(language)}`,
    intakeUrl: config.intake,
    assets,
    resume: { emailAvailable: false },
    title: survey.name,
    top,
  });
}

function languageLinks(
  code: string,
  current: string,
  languages: string[],
  defaultLanguage: string,
): SafeHtml | '' {
  if (languages.length < 2) return '';
  const links = languages.map(
    (l) =>
      markup`<a${attrs({
        href: kioskPageUrl(code, l, defaultLanguage),
        lang: l,
        hreflang: l,
        'aria-current': l === current ? 'true' : null,
      })}>${languageName(l)}</a>`,
  );
  return markup`<nav class="kl"${attrs({ 'aria-label': kioskText(current, 'language') })}>${links}</nav>`;
}

/** How Chinese readers name their script: ICU would say 中文（中国）. */
const CHINESE: Record<string, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文' };

/** A language in its own words (English, Español, 简体中文); the tag itself if ICU does not know it. */
function languageName(tag: string): string {
  if (CHINESE[tag]) return CHINESE[tag];
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
