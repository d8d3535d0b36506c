// Intake: one save of a respondent's attempt — a partial save as they go, or the final submit.
// The attempt's idempotency key makes every retry land on the same row; the answers are checked
// against the version the attempt began on; the response, its facts and `response.submitted`
// commit together, so an acknowledged response is a stored one.
import { chooseEnding } from '../../../common/survey/logic';
import { validateSubmission } from '../../../common/survey/validate-answers';
import type { Tx } from '../../db/database';
import type { DeviceClass } from '../../db/schema';
import { AppError, badRequest, notFound } from '../../platform/errors';
import { publishEvent } from '../../platform/events/publish-event';
import { newId, sha256 } from '../../platform/ids';
import { enqueueRollup } from '../analytics/rollups/enqueue';
import { customerIdFromFields } from '../customers/identify';
import { attributeResponse, trackInvitationResponse } from '../distribution/attribution';
import { loadVersionDefinition, type PublishedSurvey } from '../surveys/published';
import { answersToFacts } from './facts';
import { findByOnceKey, findBySession, locationIdByCode, replaceFacts, upsertResponse } from './store';

export interface SaveResponseInput {
  /** Made by the page when the attempt began; the same for every save of that attempt. */
  idempotencyKey: string;
  /** Every answer so far, by question id (raw: validated here). */
  answers: unknown;
  hidden?: unknown;
  language: string;
  complete: boolean;
  currentPage?: string | null;
  /** Seconds spent on each page so far. */
  pageSeconds?: Record<string, number>;
  channel: string;
  locationCode?: string | null;
  /** A personal token from an invitation link (?t=). */
  token?: string | null;
  /** The public code of the distribution the link came from (?d=). */
  distributionCode?: string | null;
  /** The version an offline device showed: a new attempt begins on it. */
  version?: number | null;
  /** When an offline device recorded a complete response (else now). */
  answeredAt?: Date | null;
  /** The device cookie, for surveys that take one response per device. */
  deviceId?: string | null;
  deviceClass: DeviceClass;
}

export interface SavedResponse {
  responseId: string;
  status: 'partial' | 'complete';
  /** The ending shown to the respondent, once complete. */
  ending: string | null;
  version: number;
  /** This save made the row (false for updates and replays). */
  created: boolean;
  /** The attempt was already complete: nothing changed. */
  replayed: boolean;
}

export async function saveResponse(
  tx: Tx,
  survey: PublishedSurvey,
  input: SaveResponseInput,
): Promise<SavedResponse> {
  const { workspaceId, surveyId } = survey;
  const sessionHash = sha256(input.idempotencyKey);
  const existing = await findBySession(tx, workspaceId, surveyId, sessionHash);
  if (existing?.status === 'complete') return replay(existing);

  if (survey.status !== 'published' || survey.version === null || !survey.definition) {
    throw new AppError(410, 'survey_closed', 'This survey is closed.');
  }
  if (!existing && survey.hasWaves && !survey.openWaveId) {
    throw new AppError(409, 'survey_not_open', 'This survey is not open now.');
  }
  const version = existing?.version ?? input.version ?? survey.version;
  const def =
    version === survey.version
      ? survey.definition
      : await loadVersionDefinition(tx, workspaceId, surveyId, version);
  if (!def) {
    if (!existing && input.version)
      throw badRequest(`The survey has no version ${input.version}.`, 'version');
    throw notFound('survey version');
  }
  if (!def.languages.includes(input.language)) {
    throw new AppError(
      400,
      'validation_failed',
      `The survey is not offered in ${input.language}.`,
      'language',
    );
  }

  const checked = validateSubmission(
    def,
    { answers: input.answers, hidden: input.hidden },
    { complete: input.complete },
  );
  if (!checked.ok) {
    const details = checked.errors.map((e) => ({
      field: `answers.${e.questionId}`,
      code: e.code,
      message: e.message,
    }));
    const first = details[0]!;
    throw new AppError(422, 'invalid_answers', first.message, first.field, undefined, details);
  }

  // Where the attempt came from is settled when it begins; later saves keep it.
  const from = existing
    ? {
        distributionId: existing.distribution_id,
        invitationId: existing.invitation_id,
        channel: null,
        locationId: null,
        customerId: null,
      }
    : await attributeResponse(tx, workspaceId, surveyId, input);
  const onceKey = input.complete ? await claimOnceKey(tx, survey, input, from.invitationId) : null;
  const pageIds = new Set(def.pages.map((p) => p.id));
  const pageSeconds = Object.fromEntries(
    Object.entries(input.pageSeconds ?? {}).filter(([page]) => pageIds.has(page)),
  );
  const ending = input.complete
    ? chooseEnding(def, { answers: checked.answers, hidden: checked.hidden })
    : null;
  const status = input.complete ? 'complete' : 'partial';
  const answeredAt = input.complete ? recordedTime(input.answeredAt) : null;
  // Where and when the attempt began stays with it: later saves do not move it.
  const waveId = existing ? existing.wave_id : survey.openWaveId;
  const channel = existing ? existing.channel : (from.channel ?? input.channel);
  const locationId = existing
    ? existing.location_id
    : input.locationCode
      ? ((await locationIdByCode(tx, workspaceId, input.locationCode)) ?? from.locationId)
      : from.locationId;

  // Only a link that carries identity fields costs a lookup; most responses are anonymous.
  const customerId = (await customerIdFromFields(tx, workspaceId, checked.hidden)) ?? from.customerId;
  const written = await upsertResponse(tx, {
    workspaceId,
    id: newId(),
    surveyId,
    version,
    waveId,
    sessionHash,
    onceKey,
    status,
    answers: checked.answers,
    hidden: checked.hidden,
    language: input.language,
    channel,
    locationId,
    deviceClass: input.deviceClass,
    pageSeconds,
    currentPage: input.complete ? null : (input.currentPage ?? null),
    ending,
    customerId,
    distributionId: from.distributionId,
    invitationId: from.invitationId,
    answeredAt,
  });
  if (!written) {
    // A concurrent retry completed the attempt between our read and our write.
    const done = await findBySession(tx, workspaceId, surveyId, sessionHash);
    if (!done) throw new Error('response vanished during its own save');
    return replay(done);
  }

  await replaceFacts(
    tx,
    workspaceId,
    surveyId,
    written.id,
    answersToFacts(def, checked.answers),
    input.complete,
    { fresh: written.inserted },
  );
  if (from.invitationId) {
    await trackInvitationResponse(tx, workspaceId, from.invitationId, written.id, input.complete);
  }
  if (input.complete) {
    await publishEvent(tx, workspaceId, 'response.submitted', {
      responseId: written.id,
      surveyId,
      version,
      waveId,
      locationId,
      channel,
      language: input.language,
      customerId,
      distributionId: from.distributionId,
    });
    await enqueueRollup(tx, workspaceId);
  }
  return {
    responseId: written.id,
    status,
    ending,
    version,
    created: written.inserted,
    replayed: false,
  };
}

/** An offline device's time for a response: kept when within the last 30 days, else now. */
const OFFLINE_DAYS = 30;
function recordedTime(at: Date | null | undefined): Date | null {
  if (!at) return null;
  const now = Date.now();
  return at.getTime() <= now && at.getTime() >= now - OFFLINE_DAYS * 86_400_000 ? at : null;
}

function replay(row: {
  id: string;
  status: 'partial' | 'complete';
  ending: string | null;
  version: number;
}): SavedResponse {
  return {
    responseId: row.id,
    status: row.status,
    ending: row.ending,
    version: row.version,
    created: false,
    replayed: true,
  };
}

/**
 * One response per invitation (its token is one-time), and per token or device when the survey asks
 * for it: the key the finished response holds.
 */
async function claimOnceKey(
  tx: Tx,
  survey: PublishedSurvey,
  input: SaveResponseInput,
  invitationId: string | null,
): Promise<string | null> {
  const rule = survey.settings.oncePer;
  let onceKey: string;
  if (invitationId) onceKey = `invitation:${invitationId}`;
  else {
    if (!rule) return null;
    const secret = rule === 'token' ? input.token : input.deviceId;
    if (!secret) {
      if (rule === 'token')
        throw new AppError(403, 'token_required', 'This survey needs the personal link it was sent with.');
      return null;
    }
    onceKey = `${rule}:${sha256(secret)}`;
  }
  if (await findByOnceKey(tx, survey.workspaceId, survey.surveyId, onceKey)) {
    throw new AppError(409, 'already_responded', 'You have already answered this survey. Thank you!');
  }
  return onceKey;
}
