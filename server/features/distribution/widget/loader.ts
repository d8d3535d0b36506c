// GET /w/widget.js, the loader a website adds to its pages: built from client/ once per process on
// first use (esbuild: bundled, minified, ES2018 — what browsers of the last several years run), kept
// with its gzipped bytes. It must stay within 5 KB gzipped (loader.test.ts checks).
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleForBrowser } from '../../../platform/http/browser-bundle';

export const LOADER_TARGET = 'es2018';
/** The most the loader may weigh on a site's pages, gzipped. */
export const LOADER_BUDGET_BYTES = 5 * 1024;

export interface LoaderFile {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

export const buildLoader = () =>
  bundleForBrowser(fileURLToPath(new URL('./client/main.ts', import.meta.url)), { target: LOADER_TARGET });

let built: Promise<LoaderFile> | null = null;

/** The loader, built on the first call; a failed build is retried on the next call. */
export function widgetLoader(): Promise<LoaderFile> {
  if (!built) {
    built = buildLoader().then(({ code }) => {
      const body = Buffer.from(code, 'utf8');
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      return { body, gzipped: gzipSync(body, { level: 9 }), etag };
    });
    built.catch(() => {
      built = null;
    });
  }
  return built;
}
