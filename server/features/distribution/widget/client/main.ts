/// <reference lib="dom" />
// The website widget's loader, served as /w/widget.js (bundled by ../loader.ts: ES2018, IIFE,
// ≤ 5 KB gzipped). A site adds
//   <script>window.rapport=window.rapport||function(){(rapport.q=rapport.q||[]).push(arguments)};</script>
//   <script src="https://<rapport>/w/widget.js" data-workspace="<workspace slug>" async></script>
// and calls rapport('identify', {email, phone, memberId, externalId, name}) and
// rapport('track', 'purchase', {...}) whenever it likes: calls made before this script ran wait in
// rapport.q and are run here. It reads the workspace's live widgets, shows at most one per page
// view when its targeting says so and the server agrees (the recontact cooldown), and sets
// rapport.ready once it has its settings.
import type { WidgetConfig } from '../schemas';
import { identify, identity, personId } from './identity';
import { openWidget } from './frame';
import { load, save } from './storage';
import { whenTargeted } from './targeting';

interface Rapport {
  (...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
  ready?: boolean;
  loaded?: boolean;
}

const DAY_MS = 864e5;
const host = window as unknown as { rapport?: Rapport };

function boot(): void {
  const script = (document.currentScript ||
    document.querySelector('script[data-workspace][src*="/w/widget.js"]')) as HTMLScriptElement | null;
  const workspace = script && script.getAttribute('data-workspace');
  if (!script || !workspace || (host.rapport && host.rapport.loaded)) return;
  const origin = new URL(script.src).origin;
  const api = origin + '/w/' + encodeURIComponent(workspace);
  const shownKey = 'rapport:' + workspace + ':shown';

  const tracked: string[] = [];
  const waiting: [string, () => void][] = [];
  const queued = (host.rapport && host.rapport.q) || [];
  const rapport: Rapport = (...args: unknown[]) => run(args);
  rapport.loaded = true;
  function run(args: ArrayLike<unknown>): void {
    const [command, value] = [args[0], args[1]];
    if (command === 'identify') identify(value);
    if (command === 'track' && typeof value === 'string') {
      tracked.push(value);
      for (const [name, then] of waiting.slice()) if (name === value) then();
    }
  }
  const onEvent = (name: string, then: () => void) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      then();
    };
    if (tracked.indexOf(name) >= 0) once();
    else waiting.push([name, once]);
  };
  host.rapport = rapport;
  for (let i = 0; i < queued.length; i++) run(queued[i] as ArrayLike<unknown>);

  /** One widget per page view: 'idle' until one is asked for, then never again. */
  let state: 'idle' | 'asking' | 'done' = 'idle';
  const coolingDown = (c: WidgetConfig) => Date.now() - Number(load(shownKey) || 0) < c.cooldownDays * DAY_MS;

  async function ask(c: WidgetConfig): Promise<void> {
    if (state !== 'idle' || coolingDown(c)) return;
    state = 'asking';
    try {
      const res = await fetch(api + '/shown', {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: c.code, person: await personId() }),
      });
      const answer = res.ok ? ((await res.json()) as { show?: boolean }) : {};
      state = 'done';
      if (!answer.show) return;
      save(shownKey, String(Date.now()));
      openWidget(c, origin, identity());
    } catch {
      state = 'idle'; // the network failed: another trigger may try again
    }
  }

  fetch(api + '/config', { credentials: 'omit' })
    .then((res) => (res.ok ? res.json() : { widgets: [] }))
    .then((config: { widgets?: WidgetConfig[] }) => {
      for (const c of config.widgets || []) whenTargeted(c, onEvent, () => void ask(c));
      rapport.ready = true;
    })
    .catch(() => undefined);
}

try {
  boot();
} catch {
  // never break the site's page
}
