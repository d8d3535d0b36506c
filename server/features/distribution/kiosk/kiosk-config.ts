// What the kiosk page hands the kiosk script, beside the survey page's own configuration: the JSON in
// <script type="application/json" id="rapport-kiosk"> (CSP does not run it), and the ids both sides
// rely on. Types and constants only: the browser script imports this file.
import type { KioskTextId } from './text-ids';

export const KIOSK_ELEMENT_ID = 'rapport-kiosk';
export const KIOSK_STATUS_ID = 'kiosk-status';
/** The service worker and its scope: every kiosk page, never the survey pages under /s/. */
export const SERVICE_WORKER_URL = '/k/sw.js';
export const SERVICE_WORKER_SCOPE = '/k/';
/** Set on <html> once the page and its assets are in the service worker's cache. */
export const OFFLINE_READY_ATTRIBUTE = 'data-kiosk-offline';

export interface KioskConfig {
  /** The distribution's public code. */
  code: string;
  /** Back to the first page after this long without a touch. */
  resetSeconds: number;
  /** The store's code when the kiosk stands in one: the intake's `location`. */
  location: string | null;
  /** The published version the page shows: queued answers are checked against it, even if sent later. */
  version: number;
  /** Where complete responses go: /s/<key>/responses?d=<code>&ch=kiosk. */
  intake: string;
  /** The kiosk in the survey's default language (/k/<code>): where a respondent in another language leaves it. */
  home: string;
  defaultLanguage: string;
  /** The kiosk's own strings (texts.ts) in the page's language. */
  texts: Record<KioskTextId, string>;
}
