/// <reference lib="dom" />
// The kiosk's outbox: complete responses kept on the device (IndexedDB) until the intake has them.
// A response goes in before its ending shows, so a respondent's answers survive no network, a
// reload, a crash or a flat battery; it leaves only once the server has acknowledged it.

export interface QueuedResponse {
  /** The response's idempotency key: a resend lands on the same row. */
  key: string;
  /** The intake address, with the kiosk's code and channel. */
  url: string;
  /** The intake's JSON body. */
  body: Record<string, unknown>;
  /** When it was queued (ms): the oldest go first. */
  at: number;
}

const DATABASE = 'rapport-kiosk';
const STORE = 'responses';

export interface ResponseQueue {
  add(item: QueuedResponse): Promise<void>;
  /** Oldest first. */
  all(): Promise<QueuedResponse[]>;
  remove(key: string): Promise<void>;
}

export function responseQueue(): ResponseQueue {
  let opened: Promise<IDBDatabase> | null = null;
  const database = () => {
    if (!opened) {
      opened = open();
      opened.catch(() => {
        opened = null; // try again next time (storage may come back)
      });
    }
    return opened;
  };
  async function run<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await database();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = fn(tx.objectStore(STORE));
      // Resolve once the transaction is committed, not when the request succeeds: durable first.
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = tx.onabort = () => reject(tx.error || new Error('IndexedDB transaction failed'));
    });
  }
  return {
    add: (item) => run('readwrite', (s) => s.put(item)).then(() => undefined),
    all: () =>
      run('readonly', (s) => s.getAll() as IDBRequest<QueuedResponse[]>).then((items) =>
        items.sort((a, b) => a.at - b.at),
      ),
    remove: (key) => run('readwrite', (s) => s.delete(key)).then(() => undefined),
  };
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error || new Error('IndexedDB unavailable'));
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}
