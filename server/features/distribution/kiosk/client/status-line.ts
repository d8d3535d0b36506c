/// <reference lib="dom" />
// The kiosk's one line of status, small in a corner: "Offline — 3 answers waiting" in the page's
// language, or nothing at all when everything has been sent.
import { fillText } from '../../../survey-page/text-keys';
import type { KioskTextId } from '../text-ids';

export function statusText(texts: Record<KioskTextId, string>, waiting: number, offline: boolean): string {
  const parts: string[] = [];
  if (offline) parts.push(texts.offline);
  if (waiting > 0) parts.push(fillText(texts[waiting === 1 ? 'waitingOne' : 'waitingMany'], { n: waiting }));
  return parts.join(' — ');
}

export function statusLine(element: HTMLElement | null, texts: Record<KioskTextId, string>) {
  return (waiting: number, offline: boolean): void => {
    if (element) element.textContent = statusText(texts, waiting, offline);
  };
}
