// Checks a submission (a partial save or a completed response) against its survey definition and
// cleans it: answers the respondent could not have seen are dropped, the rest must be valid.
import type { AnswerErrorCode } from './check-answer';
import { checkAnswer } from './check-answer';
import type { Answers, Question, SurveyDefinition } from './definition';
import { isObject } from './condition';
import { own, walkSurvey } from './logic';

export type { AnswerErrorCode } from './check-answer';
export { ANSWER_ERROR_CODES } from './check-answer';

export interface AnswerError {
  questionId: string;
  code: AnswerErrorCode;
  message: string;
}

export interface SubmissionInput {
  /** Raw answers by question id, as parsed from JSON. */
  answers: unknown;
  /** Hidden fields the survey link carried; only declared names with text values are kept. */
  hidden?: unknown;
}

export interface SubmissionOptions {
  /** A finished response: every required question the respondent saw must be answered. */
  complete: boolean;
}

export type SubmissionResult =
  { ok: true; answers: Answers; hidden: Record<string, string> } | { ok: false; errors: AnswerError[] };

/**
 * Walks the respondent's path with the same engine the survey page uses, checking each visible
 * answer before logic may read it. Answers to unknown, hidden or skipped questions are dropped.
 */
export function validateSubmission(
  def: SurveyDefinition,
  input: SubmissionInput,
  opts: SubmissionOptions,
): SubmissionResult {
  const raw = isObject(input) && isObject(input.answers) ? input.answers : {};
  const hidden = cleanHidden(def, isObject(input) ? input.hidden : undefined);
  const errors: AnswerError[] = [];
  const walk = walkSurvey(def, raw, hidden, (question, value) => {
    const result = checkAnswer(question, value);
    if (!('value' in result)) {
      errors.push({ questionId: question.id, code: result.code, message: result.message });
      return undefined;
    }
    if (opts.complete && question.required) {
      const missing = missingRequired(question, result.value);
      if (missing) errors.push({ questionId: question.id, code: 'required', message: missing });
    }
    return result.value;
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: walk.answers, hidden };
}

/** Why a required question does not count as answered, or null when it does. */
function missingRequired(question: Question, value: unknown): string | null {
  if (value === undefined) return 'this question is required';
  if (question.type === 'consent' && value !== true) return 'consent is required';
  if (
    question.type === 'matrix' &&
    question.rows.some((r) => own(value as Record<string, number>, r.id) === undefined)
  ) {
    return 'answer every row';
  }
  return null;
}

function cleanHidden(def: SurveyDefinition, raw: unknown): Record<string, string> {
  const hidden: Record<string, string> = {};
  if (!isObject(raw)) return hidden;
  for (const { name } of def.hiddenFields) {
    const value = own(raw, name);
    if (typeof value === 'string') hidden[name] = value;
  }
  return hidden;
}
