/// <reference lib="dom" />
// The kiosk page's script (bundled by ../assets.ts: ES2017, IIFE), in place of the survey page's: the
// same survey engine, looping, with an offline queue. If it fails before the form is wired, the
// plain form still posts to the survey page (attributed to the kiosk): slower, nothing lost.
import { startKiosk } from './kiosk';

try {
  startKiosk();
} catch {
  // the no-JavaScript form keeps working
}
