/// <reference lib="dom" />
// The widget on the page: a centred pop-up over a backdrop, or a panel sliding in at the bottom
// right, with a close button (Esc too) and the survey in an iframe. The survey page tells its
// height, when the response is complete and Esc pressed inside it by postMessage; only messages from Rapport's origin and
// from this very iframe are heard. Styles are set through the CSSOM (no <style>, no style
// attributes), which sites' Content-Security-Policy allows, and reset with `all: initial`.
import type { WidgetConfig } from '../schemas';
import type { Identity } from './identity';

const LABELS: Record<string, [string, string]> = {
  en: ['Survey', 'Close'],
  es: ['Encuesta', 'Cerrar'],
  zh: ['问卷', '关闭'],
  'zh-TW': ['問卷', '關閉'],
};

/** The page's language, else the browser's: [the dialog's name, the close button's]. */
function labels(): [string, string] {
  const lang = (document.documentElement.lang || navigator.language || 'en').toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(lang)) return LABELS['zh-TW'] as [string, string];
  return LABELS[lang.slice(0, 2)] || (LABELS.en as [string, string]);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, css: string, parent?: HTMLElement) {
  const el = document.createElement(tag);
  el.style.cssText = 'all:initial;box-sizing:border-box;' + css;
  if (parent) parent.appendChild(el);
  return el;
}

/** The survey's address with who the site said the visitor is (the survey keeps the hidden fields it declares). */
export function frameUrl(surveyUrl: string, who: Identity): string {
  const q = new URLSearchParams();
  const names: [keyof Identity, string][] = [
    ['email', 'email'],
    ['phone', 'phone'],
    ['memberId', 'member_id'],
    ['externalId', 'external_id'],
  ];
  for (const [field, name] of names) if (who[field]) q.set(name, who[field] as string);
  q.set('origin', location.origin);
  return surveyUrl + (surveyUrl.indexOf('?') < 0 ? '?' : '&') + q.toString();
}

/**
 * Shows the widget. `rapportOrigin` is where the survey is served: messages from anywhere else are
 * ignored. Closes a few seconds after the survey says the response is complete.
 */
export function openWidget(c: WidgetConfig, rapportOrigin: string, who: Identity): void {
  const popup = c.display === 'popup';
  const [name, closeName] = labels();
  const before = document.activeElement as HTMLElement | null;
  const fixed = 'position:fixed;z-index:2147483647;';
  const wrap = popup
    ? element(
        'div',
        fixed +
          'top:0;right:0;bottom:0;left:0;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.45)',
      )
    : element('div', fixed + 'right:12px;bottom:12px;display:block');
  const box = element(
    'div',
    'display:flex;flex-direction:column;background:#fff;border-radius:10px;overflow:hidden;' +
      'box-shadow:0 8px 32px rgba(0,0,0,.3);max-width:calc(100vw - 24px);width:' +
      (popup ? '560px' : '380px'),
    wrap,
  );
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-modal', String(popup));
  box.setAttribute('aria-label', name);
  const bar = element('div', 'display:flex;justify-content:flex-end;padding:4px', box);
  const close = element(
    'button',
    'cursor:pointer;width:36px;height:36px;border-radius:18px;font:24px/36px sans-serif;' +
      'text-align:center;color:#1a1a1a;background:#f0f0f0',
    bar,
  );
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', closeName);
  const frame = element('iframe', 'display:block;width:100%;height:420px;border:0', box);
  frame.title = name;
  frame.src = frameUrl(c.surveyUrl, who);
  // `all: initial` took the browser's focus ring away: draw one.
  close.addEventListener('focus', () => (close.style.outline = '3px solid #005fcc'));
  close.addEventListener('blur', () => (close.style.outline = ''));
  if (popup) {
    // Keeps Tab inside a pop-up: past the survey, back to the close button.
    const loop = element('span', '', box);
    loop.tabIndex = 0;
    loop.addEventListener('focus', () => close.focus());
  }

  let timer = 0;
  function shut(): void {
    clearTimeout(timer);
    window.removeEventListener('message', heard);
    document.removeEventListener('keydown', key);
    if (wrap.parentNode) wrap.parentNode.removeChild(wrap);
    if (before && before.focus) before.focus();
  }
  function heard(e: MessageEvent): void {
    const data = e.data as { type?: unknown; height?: unknown } | null;
    if (e.origin !== rapportOrigin || e.source !== frame.contentWindow || !data) return;
    if (data.type === 'rapport:height' && typeof data.height === 'number') {
      const room = window.innerHeight * (popup ? 0.9 : 0.8) - 44;
      frame.style.height = Math.max(120, Math.min(data.height, room)) + 'px';
    }
    if (data.type === 'rapport:complete') timer = window.setTimeout(shut, 3000);
    if (data.type === 'rapport:close') shut();
  }
  function key(e: KeyboardEvent): void {
    if (e.key === 'Escape') shut();
  }
  close.addEventListener('click', shut);
  if (popup) wrap.addEventListener('click', (e) => e.target === wrap && shut());
  window.addEventListener('message', heard);
  document.addEventListener('keydown', key);
  document.body.appendChild(wrap);
  close.focus();
}
