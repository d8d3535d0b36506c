/// <reference lib="dom" />
// The kiosk's loop, around the survey page's own engine (survey-page/client/survey.ts in kiosk mode):
// each respondent gets a fresh idempotency key; their complete response goes into the device's
// queue before the ending shows; the ending stays a few seconds, then — or after the kiosk's
// inactivity time, at any point — the page starts over, in place, so it works with no network.
import type { SurveyPageConfig } from '../../../survey-page/page-config';
import { CONFIG_ELEMENT_ID, FORM_ID } from '../../../survey-page/page-config';
import { byId } from '../../../survey-page/client/dom';
import { progressStore } from '../../../survey-page/client/progress-store';
import type { SubmitBody } from '../../../survey-page/client/survey';
import { surveyPage } from '../../../survey-page/client/survey';
import type { KioskConfig } from '../kiosk-config';
import { KIOSK_ELEMENT_ID, KIOSK_STATUS_ID } from '../kiosk-config';
import { watchIdle } from './idle';
import { keepForOffline } from './offline-cache';
import { responseQueue, type QueuedResponse } from './queue';
import { startSender } from './sender';
import { statusLine } from './status-line';

/** How long the ending (the thank-you) stays before the next person's first page. */
const ENDING_SECONDS = 5;

export function startKiosk(): void {
  const cfg = readJson<SurveyPageConfig>(CONFIG_ELEMENT_ID);
  const kiosk = readJson<KioskConfig>(KIOSK_ELEMENT_ID);
  const form = byId<HTMLFormElement>(FORM_ID);
  if (!cfg || !kiosk || !form || cfg.page === null || typeof fetch !== 'function') return;

  const queue = responseQueue();
  const sender = startSender(queue, statusLine(byId(KIOSK_STATUS_ID), kiosk.texts));
  let endingTimer: ReturnType<typeof setTimeout> | undefined;

  // The page may come from the worker's cache: its key would be every respondent's. Never use it.
  cfg.session = newKey();
  const page = surveyPage(cfg, form, progressStore(cfg.key), {
    async complete(response) {
      const item: QueuedResponse = {
        key: response.idempotencyKey,
        url: kiosk.intake,
        body: bodyOf(response),
        at: Date.now(),
      };
      try {
        await queue.add(item);
      } catch {
        // No storage on this device: send it straight away, or say it could not be sent.
        const res = await fetch(item.url, {
          method: 'POST',
          credentials: 'omit',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(item.body),
        });
        if (!res.ok) throw new Error(`intake answered ${res.status}`);
        return;
      }
      void sender.drain();
    },
    ended() {
      endingTimer = setTimeout(startOver, ENDING_SECONDS * 1000);
    },
  });
  const idle = watchIdle(kiosk.resetSeconds, startOver);

  function bodyOf(response: SubmitBody): Record<string, unknown> {
    // The version shown and the moment answered travel with the response: it may reach the server
    // hours later, after the survey was republished, and belongs to the day it was given.
    const body: Record<string, unknown> = {
      ...response,
      channel: 'kiosk',
      distribution: kiosk!.code,
      version: kiosk!.version,
      answeredAt: new Date().toISOString(),
    };
    if (kiosk!.location) body.location = kiosk!.location;
    return body;
  }

  function startOver(): void {
    clearTimeout(endingTimer);
    idle.clear();
    // Someone chose another language: the next person finds the kiosk in its own again. (Offline that
    // page comes from the worker's cache; with no worker, staying here beats an error page.)
    const worker = navigator.serviceWorker && navigator.serviceWorker.controller;
    if (cfg!.language !== kiosk!.defaultLanguage && (navigator.onLine || worker)) {
      location.assign(kiosk!.home);
      return;
    }
    page.reset(newKey());
    window.scrollTo(0, 0);
  }

  keepForOffline();
}

function readJson<T>(id: string): T | null {
  const el = byId(id);
  return el ? (JSON.parse(el.textContent || 'null') as T | null) : null;
}

/** 24 URL-safe random characters: the intake's idempotency key (16–128 of A–Z a–z 0–9 - _). */
function newKey(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode.apply(null, Array.from(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}
