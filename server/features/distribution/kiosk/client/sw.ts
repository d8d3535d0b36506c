/// <reference lib="dom" />
// The kiosk's service worker (served at /k/sw.js, scope /k/): the kiosk page and its assets from a
// cache when there is no network. The page is network-first — a survey published again is picked up
// whenever the network is there — with the cached copy as the fallback; the assets (/s/assets/,
// /k/assets/) are named by content hash, so cache-first. The response queue is not here: the page
// sends it (sender.ts), and posts simply go to the network.
//
// The cache's name carries the build (KIOSK_CACHE_VERSION, set by ../assets.ts), so a new build is a
// new worker: it installs by storing again the kiosk pages the old cache held (with their new
// assets), then drops the old caches — if it cannot, it fails to install and the old one stays.

export {}; // a module: the declarations below stay local (the DOM library is in the same program)

declare const KIOSK_CACHE_VERSION: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  readonly location: { readonly origin: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', fn: (e: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const PREFIX = 'rapport-kiosk-';
const CACHE = PREFIX + KIOSK_CACHE_VERSION;
const KIOSK_PAGE = /^\/k\/[a-z0-9]{4,16}$/;
const ASSET = /^\/[sk]\/assets\/[A-Za-z0-9._-]+$/;
/** Assets the kiosk page links to (its stylesheet and script). */
const ASSET_IN_PAGE = /\/[sk]\/assets\/[A-Za-z0-9._-]+/g;

worker.addEventListener('install', (e) => e.waitUntil(carryOver().then(() => worker.skipWaiting())));
worker.addEventListener('activate', (e) => e.waitUntil(dropOldCaches().then(() => worker.clients.claim())));

worker.addEventListener('message', (e) => {
  const data = e.data as { type?: string; url?: string } | null;
  const port = e.ports[0];
  if (!data || data.type !== 'cache' || typeof data.url !== 'string' || !port) return;
  const url = new URL(data.url, worker.location.origin);
  if (url.origin !== worker.location.origin || !KIOSK_PAGE.test(url.pathname)) return;
  e.waitUntil(
    keepPage(url.href).then(
      () => port.postMessage({ cached: true }),
      () => port.postMessage({ cached: false }),
    ),
  );
});

worker.addEventListener('fetch', (e) => {
  const request = e.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  if (ASSET.test(url.pathname)) e.respondWith(cacheFirst(request));
  else if (KIOSK_PAGE.test(url.pathname)) e.respondWith(networkFirst(request));
});

/** Stores a kiosk page fresh from the network, after the assets it links to. */
async function keepPage(url: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  const html = await res.clone().text();
  const assets = (html.match(ASSET_IN_PAGE) || []).filter((a, i, all) => all.indexOf(a) === i);
  const cache = await caches.open(CACHE);
  await cache.addAll(assets);
  await cache.put(url, res);
}

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  let res: Response | null = null;
  try {
    res = await fetch(request);
  } catch {
    // no network: the cached copy below
  }
  if (res && res.ok) {
    await cache.put(request.url, res.clone());
    return res;
  }
  // A paused or unknown kiosk says so; a server error or no network falls back to the copy.
  if (res && res.status < 500) return res;
  const kept =
    (await cache.match(request.url, { ignoreVary: true })) ||
    // Another language's page, if this one was never stored: better than no kiosk.
    (await cache.match(request.url, { ignoreVary: true, ignoreSearch: true }));
  return kept || res || Response.error();
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreVary: true });
  if (kept) return kept;
  const res = await fetch(request);
  if (res.ok) await cache.put(request, res.clone());
  return res;
}

async function carryOver(): Promise<void> {
  const names = (await caches.keys()).filter((n) => n.indexOf(PREFIX) === 0 && n !== CACHE);
  const pages: string[] = [];
  for (const name of names) {
    for (const request of await (await caches.open(name)).keys()) {
      if (KIOSK_PAGE.test(new URL(request.url).pathname) && pages.indexOf(request.url) < 0)
        pages.push(request.url);
    }
  }
  for (const page of pages) await keepPage(page);
}

async function dropOldCaches(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.indexOf(PREFIX) === 0 && n !== CACHE).map((n) => caches.delete(n)));
}
