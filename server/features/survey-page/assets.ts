// The survey page's script and stylesheet: built once per process on first use (esbuild: bundled,
// minified, ES2017 for old phones and in-app browsers) and named by content hash, so the routes
// can serve them as immutable under /s/assets/.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleForBrowser } from '../../platform/http/browser-bundle';

export interface AssetFile {
  body: Buffer;
  /** The same bytes gzipped once at build time (level 9), for clients that accept gzip. */
  gzipped: Buffer;
  /** The Content-Type to serve it with. */
  type: string;
}

export interface SurveyAssets {
  scriptUrl: string;
  styleUrl: string;
  /** By URL path: /s/assets/survey.<hash>.js and .css. */
  files: Map<string, AssetFile>;
}

/** The script's language level: what in-app browsers (WeChat) and old phones still run. */
export const SCRIPT_TARGET = 'es2017';
/** The stylesheet's browsers (esbuild lowers newer CSS syntax for them). */
export const STYLE_TARGETS = ['chrome61', 'safari11', 'firefox60', 'edge79'];

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export const buildScript = () => bundleForBrowser(here('./client/main.ts'), { target: SCRIPT_TARGET });

export async function buildStyle(): Promise<string> {
  const css = await readFile(here('./client/survey.css'), 'utf8');
  const result = await esbuild.transform(css, {
    loader: 'css',
    minify: true,
    target: STYLE_TARGETS,
    logLevel: 'silent',
  });
  return result.code;
}

function asset(name: string, ext: 'js' | 'css', text: string, type: string): [string, AssetFile] {
  const body = Buffer.from(text, 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return [`/s/assets/${name}.${hash}.${ext}`, { body, gzipped: gzipSync(body, { level: 9 }), type }];
}

let built: Promise<SurveyAssets> | null = null;

/** The assets, built on the first call; a failed build is retried on the next call. */
export function surveyAssets(): Promise<SurveyAssets> {
  if (!built) {
    built = Promise.all([buildScript(), buildStyle()]).then(([script, style]) => {
      const [scriptUrl, scriptFile] = asset('survey', 'js', script.code, 'text/javascript; charset=utf-8');
      const [styleUrl, styleFile] = asset('survey', 'css', style, 'text/css; charset=utf-8');
      return {
        scriptUrl,
        styleUrl,
        files: new Map([
          [scriptUrl, scriptFile],
          [styleUrl, styleFile],
        ]),
      };
    });
    built.catch(() => {
      built = null;
    });
  }
  return built;
}
