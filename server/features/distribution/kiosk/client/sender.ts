/// <reference lib="dom" />
// Drains the kiosk's outbox to the intake, oldest first. Each response carries its idempotency key,
// so a resend after a lost reply lands on the same row (responses/save-response.ts): sending twice
// never counts twice. On a network error or a 5xx the response stays and the sender tries again
// with backoff (1 s doubling to 30 s), on the browser's `online` event, and every 30 s.
import type { QueuedResponse, ResponseQueue } from './queue';

const TICK_MS = 30_000;
const FIRST_RETRY_MS = 1000;

/** What became of one send. */
type Outcome = 'delivered' | 'unreachable' | 'refused';

export interface Sender {
  /** Sends what is queued now (joins a drain already under way). */
  drain(): Promise<void>;
}

/** `report` hears how many responses wait and whether the intake could not be reached. */
export function startSender(
  queue: ResponseQueue,
  report: (waiting: number, offline: boolean) => void,
): Sender {
  let running: Promise<void> | null = null;
  let again = false;
  let retryIn = FIRST_RETRY_MS;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let unreachable = false;

  async function once(): Promise<void> {
    const items = await queue.all();
    let left = items.length;
    let failed = false;
    for (const item of items) {
      const outcome = await send(item);
      if (outcome === 'delivered') {
        await queue.remove(item.key);
        left--;
      } else failed = true;
      unreachable = outcome === 'unreachable';
      report(left, offline());
      // No network: the rest would fail the same way.
      if (unreachable) break;
    }
    report(left, offline());
    clearTimeout(retryTimer);
    if (failed) {
      retryTimer = setTimeout(() => void drain(), retryIn);
      retryIn = Math.min(retryIn * 2, TICK_MS);
    } else retryIn = FIRST_RETRY_MS;
  }

  function drain(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await once().catch(() => undefined); // storage failed: the next tick tries again
      } while (again);
      running = null;
    })();
    return running;
  }

  const offline = () => unreachable || navigator.onLine === false;

  window.addEventListener('online', () => {
    unreachable = false;
    retryIn = FIRST_RETRY_MS;
    void drain();
  });
  window.addEventListener('offline', () => {
    void queue.all().then(
      (items) => report(items.length, true),
      () => undefined,
    );
  });
  setInterval(() => void drain(), TICK_MS);
  void drain();
  return { drain };
}

async function send(item: QueuedResponse): Promise<Outcome> {
  let res: Response;
  try {
    res = await fetch(item.url, {
      method: 'POST',
      // No cookies: a kiosk is many people on one device, never "one response per device".
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(item.body),
    });
  } catch {
    return 'unreachable';
  }
  if (res.ok) return 'delivered';
  if (res.status === 409) {
    // already_responded: the survey refuses it for good (a rule of the survey, not a failure to retry).
    const reply = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
    if (reply && reply.error && reply.error.code === 'already_responded') return 'delivered';
  }
  // 5xx, 408, 429, or a refusal that may pass later (paused, not open): kept and tried again.
  return 'refused';
}
