/// <reference lib="dom" />
// Registers the kiosk's service worker (client/sw.ts, scope /k/) and asks it to keep this page and
// its assets, so the kiosk reloads and keeps collecting with no network. The worker answers once
// they are stored; <html data-kiosk-offline> then says the kiosk is ready to go offline.
import { OFFLINE_READY_ATTRIBUTE, SERVICE_WORKER_SCOPE, SERVICE_WORKER_URL } from '../kiosk-config';

export function keepForOffline(): void {
  const container = navigator.serviceWorker;
  if (!container || typeof MessageChannel !== 'function') return;
  container
    .register(SERVICE_WORKER_URL, { scope: SERVICE_WORKER_SCOPE })
    .then(() => container.ready)
    .then((registration) => {
      const worker = registration.active;
      if (!worker) return;
      const channel = new MessageChannel();
      channel.port1.onmessage = (e: MessageEvent) => {
        if (e.data && (e.data as { cached?: boolean }).cached)
          document.documentElement.setAttribute(OFFLINE_READY_ATTRIBUTE, '');
      };
      worker.postMessage({ type: 'cache', url: location.pathname + location.search }, [channel.port2]);
    })
    .catch(() => undefined); // no worker (private mode, old browser): the kiosk still works online
}
