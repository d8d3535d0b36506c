// The kiosk's script and service worker, built once per process on first use (esbuild, ES2017 like
// the survey page's script). The script is named by content hash and served as immutable under
// /k/assets/; the service worker keeps its fixed address (/k/sw.js) and carries a version made from
// the page's assets, so a new build changes its bytes: browsers then install it and drop the old cache.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleForBrowser } from '../../../platform/http/browser-bundle';
import { SCRIPT_TARGET, surveyAssets, type AssetFile } from '../../survey-page/assets';

export interface KioskAssets {
  scriptUrl: string;
  /** The survey page's stylesheet: the kiosk looks like the survey page. */
  styleUrl: string;
  /** By URL path: /k/assets/kiosk.<hash>.js. */
  files: Map<string, AssetFile>;
  serviceWorker: AssetFile;
  /** Names the service worker's cache. */
  version: string;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const JS = 'text/javascript; charset=utf-8';

export const buildKioskScript = (entry: 'main' | 'sw', define: Record<string, string> = {}) =>
  bundleForBrowser(here(`./client/${entry}.ts`), { target: SCRIPT_TARGET, define });

const file = (text: string): AssetFile => {
  const body = Buffer.from(text, 'utf8');
  return { body, gzipped: gzipSync(body, { level: 9 }), type: JS };
};
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

async function build(): Promise<KioskAssets> {
  const [survey, script] = await Promise.all([surveyAssets(), buildKioskScript('main')]);
  const scriptUrl = `/k/assets/kiosk.${hashOf(script.code)}.js`;
  const version = hashOf(`${scriptUrl} ${survey.styleUrl}`);
  const worker = await buildKioskScript('sw', { KIOSK_CACHE_VERSION: JSON.stringify(version) });
  return {
    scriptUrl,
    styleUrl: survey.styleUrl,
    files: new Map([[scriptUrl, file(script.code)]]),
    serviceWorker: file(worker.code),
    version,
  };
}

let built: Promise<KioskAssets> | null = null;

/** The assets, built on the first call; a failed build is retried on the next call. */
export function kioskAssets(): Promise<KioskAssets> {
  if (!built) {
    built = build();
    built.catch(() => {
      built = null;
    });
  }
  return built;
}
