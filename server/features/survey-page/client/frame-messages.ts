/// <reference lib="dom" />
// The survey page inside a website's widget (an iframe opened with ?origin=<the site>) or embed (the
// site is the frame's referrer; a site whose Referrer-Policy sends none keeps the frame's height):
// it tells the site its height, so the frame fits the page, that the response is complete, so the
// widget can close, and that Esc was pressed inside it (keys in a frame never reach the site's page)
// — {type:'rapport:height', height}, {type:'rapport:complete'} and {type:'rapport:close'}, posted to
// that origin only, never '*' (a page framed by some other site tells it nothing).

/** Dispatched on document by the page's script when the response is complete. */
export const COMPLETE_EVENT = 'rapport:complete';

function referrerOrigin(): string {
  try {
    return new URL(document.referrer).origin;
  } catch {
    return '';
  }
}

export function talkToParent(): void {
  if (window.parent === window) return;
  const origin = new URLSearchParams(location.search).get('origin') || referrerOrigin();
  if (!/^https?:\/\/[^/?#\s]+$/.test(origin)) return;
  const post = (message: object) => window.parent.postMessage(message, origin);
  let last = 0;
  const height = () => {
    const h = Math.ceil(document.body.scrollHeight);
    if (h === last) return;
    last = h;
    post({ type: 'rapport:height', height: h });
  };
  height();
  if (typeof ResizeObserver === 'function') new ResizeObserver(height).observe(document.body);
  else window.addEventListener('resize', height);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') post({ type: 'rapport:close' });
  });
  document.addEventListener(COMPLETE_EVENT, () => {
    height();
    post({ type: 'rapport:complete' });
  });
}
