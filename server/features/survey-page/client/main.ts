/// <reference lib="dom" />
// The survey page's enhancement script (bundled by assets.ts: ES2017, IIFE, no framework). The page
// works without it; if anything here fails before start() has wired the form, the plain form stays.
import { talkToParent } from './frame-messages';
import { start } from './survey';

try {
  talkToParent(); // inside a website's widget or embed: height and completion to the site
} catch {
  // the page works the same without it
}
try {
  start();
} catch {
  // the no-JavaScript form keeps working
}
