// Answers a link brings along: `?a.<questionId>=<value>` (an invitation email's first question,
// where each score is a link). On a fresh attempt they are read like the page's own form fields
// (common/survey/form-fields.ts), and only the ones that validate are kept. With a personal token
// the answer is saved at once as a partial response, so the click counts as a started response
// even if the person leaves the page without pressing anything. That attempt's key is derived from
// the token: mail scanners that follow every score link (Safe Links and the like) all land on the
// invitation's one partial response, and the person's own later click sets the score they chose.
import type { Answers, SurveyDefinition } from '../../../common/survey/definition';
import { fieldName, readAnswers } from '../../../common/survey/form-fields';
import { checkAnswer } from '../../../common/survey/check-answer';
import { validateSubmission } from '../../../common/survey/validate-answers';
import { inWorkspace, type Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import { sha256 } from '../../platform/ids';
import { findInvitationByToken } from '../distribution/tokens';
import { deviceClassOf } from '../responses/device-class';
import { submitToSurvey } from '../responses/submit-to-survey';
import type { PublishedSurvey } from '../surveys/published';

const PREFIX = 'a.';

/** The valid answers `a.<questionId>` parameters give, or {} when there are none. */
export function answersFromLink(
  def: SurveyDefinition,
  hidden: Record<string, string>,
  query: Record<string, unknown>,
): Answers {
  const questions = def.pages.flatMap((p) => p.questions);
  const given = new Set(
    Object.keys(query)
      .filter((k) => k.startsWith(PREFIX))
      .map((k) => k.slice(PREFIX.length)),
  );
  const asked = questions.filter((q) => given.has(q.id));
  if (asked.length === 0) return {};
  // The link's `a.<id>` stands where the form has `q.<id>`; a question's other parts are not linkable.
  const byField = new Map(asked.map((q) => [fieldName(q), `${PREFIX}${q.id}`]));
  const raw = readAnswers(asked, (name) => {
    const param = byField.get(name);
    const v = param === undefined ? undefined : query[param];
    return (Array.isArray(v) ? v : [v])
      .filter((s): s is string => typeof s === 'string')
      .map((s) => s.slice(0, 500));
  });
  const valid: Record<string, unknown> = {};
  for (const q of asked) {
    const checked = q.id in raw ? checkAnswer(q, raw[q.id]) : null;
    if (checked && 'value' in checked && checked.value !== undefined) valid[q.id] = checked.value;
  }
  // Drops answers to questions the respondent would not see with these answers.
  const cleaned = validateSubmission(def, { answers: valid, hidden }, { complete: false });
  return cleaned.ok ? cleaned.answers : {};
}

export interface LinkPrefill {
  answers: Answers;
  /** Saved as the attempt's first partial save: the page sets the resume cookie. */
  saved: boolean;
  /** The attempt's key: the invitation's own when saved, else the one the page made. */
  sessionKey: string;
}

/** One attempt per invitation for answers saved from its links (a secret as strong as the token). */
const invitationAttemptKey = (token: string) => `i${sha256(`attempt:${token}`).slice(0, 40)}`;

/**
 * The answers a fresh attempt starts with, saved under `sessionKey` when the link carries a
 * personal token of this survey whose invitation has no complete response yet.
 */
export async function prefillFromLink(
  db: Db,
  survey: PublishedSurvey,
  opts: {
    key: string;
    def: SurveyDefinition;
    hidden: Record<string, string>;
    language: string;
    sessionKey: string;
    query: Record<string, unknown> & { t?: string; ch?: string; loc?: string; d?: string };
    deviceId: string | null;
    userAgent: string | undefined;
  },
): Promise<LinkPrefill> {
  const answers = answersFromLink(opts.def, opts.hidden, opts.query);
  const token = opts.query.t;
  const unsaved = { answers, saved: false, sessionKey: opts.sessionKey };
  if (Object.keys(answers).length === 0 || !token) return unsaved;
  const invitation = await inWorkspace(db, survey.workspaceId, (tx) =>
    findInvitationByToken(tx, survey.workspaceId, token),
  );
  if (!invitation || invitation.survey_id !== survey.surveyId || invitation.completed_at) return unsaved;
  const sessionKey = invitationAttemptKey(token);
  try {
    await submitToSurvey(db, opts.key, {
      idempotencyKey: sessionKey,
      answers,
      hidden: opts.hidden,
      language: opts.language,
      complete: false,
      currentPage: opts.def.pages[0]?.id ?? null,
      channel: opts.query.ch ?? 'link',
      locationCode: opts.query.loc ?? null,
      token,
      distributionCode: opts.query.d ?? null,
      deviceId: opts.deviceId,
      deviceClass: deviceClassOf(opts.userAgent),
    });
  } catch (e) {
    // The page still shows the answer; the save happens with the respondent's next step.
    if (e instanceof AppError && e.status < 500) return unsaved;
    throw e;
  }
  return { answers, saved: true, sessionKey };
}
