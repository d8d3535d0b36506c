// The survey without JavaScript: one page posted at a time. Given what is stored for the attempt
// and the fields of the posted page, decide what happens next — the same logic engine the script
// runs in the browser, here on the server.
import type { Answers, SurveyDefinition } from '../../../common/survey/definition';
import { readAnswers } from '../../../common/survey/form-fields';
import { nextStep, pagePath, visibleQuestions } from '../../../common/survey/logic';
import { validateSubmission } from '../../../common/survey/validate-answers';

export type Nav = 'next' | 'back' | 'email_resume';

export interface PostedPage {
  pageId: string;
  nav: Nav;
  /** Every value the form sent under a field name. */
  get: (name: string) => string[];
}

export type FlowOutcome =
  /** The page has faults: show it again with them. `answers` keeps what was typed. */
  | {
      kind: 'errors';
      pageId: string;
      answers: Record<string, unknown>;
      errors: Record<string, { code: string }>;
    }
  /** Save the answers so far (partial) and show `pageId`. */
  | { kind: 'page'; pageId: string; answers: Answers }
  /** The respondent reached an end: submit the response. */
  | { kind: 'end'; answers: Answers };

export function advance(
  def: SurveyDefinition,
  stored: Answers,
  hidden: Record<string, string>,
  post: PostedPage,
): FlowOutcome {
  const page = def.pages.find((p) => p.id === post.pageId) ?? def.pages[0]!;
  // The page's fields replace what was stored for its questions: a cleared field clears the answer.
  const merged: Record<string, unknown> = { ...stored };
  for (const q of page.questions) delete merged[q.id];
  Object.assign(merged, readAnswers(page.questions, post.get));

  const onPage = new Set(page.questions.map((q) => q.id));
  const typed = validateSubmission(def, { answers: merged, hidden }, { complete: false });
  if (post.nav === 'back') {
    // Going back keeps what is valid and never shows errors.
    const kept = typed.ok ? typed.answers : withoutFaults(def, merged, hidden);
    const path = pagePath(def, { answers: kept, hidden }).pages;
    const at = path.indexOf(page.id);
    return { kind: 'page', pageId: path[Math.max(0, at - 1)] ?? page.id, answers: kept };
  }
  const full = validateSubmission(def, { answers: merged, hidden }, { complete: true });
  const faults = full.ok ? [] : full.errors.filter((e) => onPage.has(e.questionId));
  // A required question that an answer on this very page just revealed was never shown without
  // JavaScript: show the page again with it, but do not call it missing yet.
  const shownBefore = new Set(visibleQuestions(def, page.id, { answers: stored, hidden }).map((q) => q.id));
  const missed = faults.filter((e) => e.code !== 'required' || shownBefore.has(e.questionId));
  if (!typed.ok || missed.length > 0) {
    const errors: Record<string, { code: string }> = {};
    for (const e of typed.ok ? missed : [...typed.errors, ...missed])
      errors[e.questionId] ??= { code: e.code };
    return { kind: 'errors', pageId: page.id, answers: merged, errors };
  }
  if (faults.length > 0) return { kind: 'page', pageId: page.id, answers: typed.answers };
  if (post.nav === 'email_resume') return { kind: 'page', pageId: page.id, answers: typed.answers };
  const step = nextStep(def, page.id, { answers: typed.answers, hidden });
  return 'end' in step
    ? { kind: 'end', answers: typed.answers }
    : { kind: 'page', pageId: step.page, answers: typed.answers };
}

/** The answers minus the ones that do not validate. */
function withoutFaults(
  def: SurveyDefinition,
  raw: Record<string, unknown>,
  hidden: Record<string, string>,
): Answers {
  const result = validateSubmission(def, { answers: raw, hidden }, { complete: false });
  if (result.ok) return result.answers;
  const rest = { ...raw };
  for (const e of result.errors) delete rest[e.questionId];
  return withoutFaults(def, rest, hidden);
}

/** The page to show for an attempt: the requested one when it is on the path up to where they are. */
export function pageToShow(
  def: SurveyDefinition,
  answers: Answers,
  hidden: Record<string, string>,
  current: string | null,
  requested: string | undefined,
): string {
  const path = pagePath(def, { answers, hidden }).pages;
  const reached = current && path.includes(current) ? current : path[0]!;
  if (requested && path.indexOf(requested) >= 0 && path.indexOf(requested) <= path.indexOf(reached)) {
    return requested;
  }
  return reached;
}
