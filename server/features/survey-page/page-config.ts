// What the survey page hands its enhancement script: the JSON in
// <script type="application/json" id="rapport-survey"> (CSP does not run it), and the element ids
// both sides rely on. Types and constants only: the browser script imports this file.
import type { Answers, SurveyDefinition } from '../../../common/survey/definition';

export const CONFIG_ELEMENT_ID = 'rapport-survey';
export const FORM_ID = 'sv-form';
export const STATUS_ID = 'sv-status';

export interface SurveyPageConfig {
  key: string;
  definition: SurveyDefinition;
  language: string;
  /** The page shown; null when the page shows an ending. */
  page: string | null;
  ending: string | null;
  answers: Answers;
  hidden: Record<string, string>;
  /** The response's idempotency key. */
  session: string;
  /** Where the script posts answers as JSON. */
  intake: string;
  /** kiosk: the kiosk's script (distribution/kiosk/) queues complete responses and loops. */
  mode: 'live' | 'preview' | 'kiosk';
  /** Every page string (texts.ts) in the page's language. */
  texts: Record<string, string>;
}
