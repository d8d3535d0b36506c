// One script for browsers from a TypeScript entry: bundled, minified, lowered to `target`, as one
// IIFE (the survey page, the kiosk and its service worker, the website widget's loader).
import * as esbuild from 'esbuild';

export async function bundleForBrowser(
  entry: string,
  opts: { target: string; define?: Record<string, string> },
): Promise<{ code: string; inputs: string[] }> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: opts.target,
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
    define: opts.define ?? {},
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no script from ${entry}`);
  return { code: output.text, inputs: Object.keys(result.metafile.inputs) };
}
