// The survey's first question, when it can be answered inside the email: a click on a score or an
// option opens the survey with that answer chosen (?a.<questionId>=<value>, read by the survey
// page's prefill). Only a question everyone sees (no display logic) whose answer is one click: NPS,
// rating, CSAT, CES, or a single choice with few enough options to list.
import type { Question, SurveyDefinition } from '../../../../common/survey/definition';
import { localize, pipe } from '../../../../common/survey/logic';
import { scaleOf } from '../../../../common/survey/scales';
import { emailTexts } from './email-texts';

/** More options than this read as a wall of links: the mail shows the button only. */
export const MAX_EMBEDDED_OPTIONS = 12;

export interface EmbeddedAnswer {
  /** The value as the link carries it: the score, or the option id. */
  value: string;
  label: string;
}

export interface EmbeddedQuestion {
  questionId: string;
  title: string;
  /** A row of boxes (scores) or a list (options). */
  layout: 'scale' | 'options';
  answers: EmbeddedAnswer[];
  /** What the two ends of a scale mean, when the type says it. */
  ends: { low: string; high: string } | null;
}

export function embeddableQuestion(def: SurveyDefinition, language: string): EmbeddedQuestion | null {
  const q = def.pages[0]?.questions[0];
  if (!q || q.displayIf) return null;
  const title = questionTitle(def, q, language);
  const scale = scaleOf(q);
  if ((q.type === 'nps' || q.type === 'rating' || q.type === 'csat' || q.type === 'ces') && scale) {
    const answers: EmbeddedAnswer[] = [];
    for (let v = scale.min; v <= scale.max; v++) {
      const label = q.type === 'rating' && q.display === 'stars' ? `${v} ★` : String(v);
      answers.push({ value: String(v), label });
    }
    return { questionId: q.id, title, layout: 'scale', answers, ends: scaleEnds(q, language) };
  }
  if (q.type === 'single_choice' && q.options.length <= MAX_EMBEDDED_OPTIONS) {
    const answers = q.options.map((o) => ({ value: o.id, label: localize(o.label, language, def) }));
    return { questionId: q.id, title, layout: 'options', answers, ends: null };
  }
  return null;
}

function scaleEnds(q: Question, language: string): { low: string; high: string } | null {
  const t = emailTexts(language);
  switch (q.type) {
    case 'nps':
      return { low: t.npsLow, high: t.npsHigh };
    case 'csat':
      return { low: t.csatLow, high: t.csatHigh };
    case 'ces':
      return { low: t.cesLow, high: t.cesHigh };
    default:
      return null;
  }
}

/**
 * The title in the mail's language. Piping has nothing to fill in yet (no answers, and the link
 * carries no hidden fields), so a placeholder leaves a gap: close it up.
 */
function questionTitle(def: SurveyDefinition, q: Question, language: string): string {
  const piped = pipe(localize(q.title, language, def), { answers: {}, hidden: {} }, def, language);
  return piped
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([?!.,:;])/g, '$1')
    .trim();
}

/** The personal link with one answer chosen. */
export function answerLink(link: string, questionId: string, value: string): string {
  return `${link}${link.includes('?') ? '&' : '?'}a.${questionId}=${encodeURIComponent(value)}`;
}
