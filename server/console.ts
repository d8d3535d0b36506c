// Serves the built console (web/dist) with a fallback to index.html for its client-side routes,
// and builds it first when the build is missing or older than its sources.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { App } from './platform/http/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = path.join(root, 'web');
const distDir = path.join(webDir, 'dist');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', '../common', '../package-lock.json'];

async function newestMtime(p: string): Promise<number> {
  const stat = await fs.stat(p).catch(() => null);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = await fs.readdir(p);
  const times = await Promise.all(entries.map((e) => newestMtime(path.join(p, e))));
  return Math.max(stat.mtimeMs, ...times);
}

export async function consoleIsStale(): Promise<boolean> {
  const built = (await fs.stat(path.join(distDir, 'index.html')).catch(() => null))?.mtimeMs ?? 0;
  if (!built) return true;
  const sources = await Promise.all(SOURCES.map((s) => newestMtime(path.join(webDir, s))));
  return Math.max(...sources) > built;
}

/** Builds web/ with Vite when needed; returns whether it built. */
export async function ensureConsoleBuilt(log: (msg: string) => void): Promise<boolean> {
  if (!(await consoleIsStale())) return false;
  log('Building the console (first start or changed sources)…');
  const { build } = await import('vite');
  // Build beside web/dist and swap it in, so that a server (or a second build) never reads half a build.
  const staging = path.join(webDir, `.dist-${process.pid}`);
  // Always a production build: under a test runner NODE_ENV=test would make React a development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(webDir, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: staging },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const old = path.join(webDir, `.dist-old-${process.pid}`);
  await fs.rename(distDir, old).catch(() => {});
  await fs.rename(staging, distDir).catch(async () => {
    await fs.rm(staging, { recursive: true, force: true }); // another process swapped its build in first
  });
  await fs.rm(old, { recursive: true, force: true });
  return true;
}

export async function registerConsole(app: App): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: false,
    maxAge: '1h',
    immutable: false,
  });
  const index = await fs.readFile(path.join(distDir, 'index.html'), 'utf8').catch(() => null);
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    const url = req.url.split('?')[0]!;
    if (url.startsWith('/api/') || url.startsWith('/assets/')) {
      return reply
        .status(404)
        .send({ error: { code: 'not_found', message: `No route ${req.method} ${url}.` } });
    }
    if (!index)
      return reply.status(503).type('text/plain').send('The console is not built. Run: npm run build');
    return reply.header('cache-control', 'no-cache').type('text/html').send(index);
  });
}
