/// <reference lib="dom" />
// The survey page's enhancement script (bundled by assets.ts: ES2017, IIFE, no framework). The page
// works without it; if anything here fails before start() has wired the form, the plain form stays.
import { start } from './survey';

try {
  start();
} catch {
  // the no-JavaScript form keeps working
}
