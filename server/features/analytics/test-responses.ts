// Test helper: complete responses written straight into the tables with their answer facts, at a
// chosen time, location, channel, wave and language, so analytics tests can build exact tables
// without going through the survey page. Rollups are NOT updated: call rollUpWorkspace (or the
// rebuild) when a test reads rollups.
import { sql } from 'kysely';
import type { Answers, SurveyDefinition } from '../../../common/survey/definition';
import { inWorkspace } from '../../db/database';
import { newId, randomToken } from '../../platform/ids';
import type { TestContext } from '../../test/test-app';
import { answersToFacts } from '../responses/facts';
import { replaceFacts } from '../responses/store';
import type { TestSurvey } from '../responses/test-survey';

export interface TestResponse {
  answers: Answers;
  /** Default: now. */
  completedAt?: Date | string;
  locationId?: string | null;
  channel?: string;
  waveId?: string | null;
  language?: string;
  customerId?: string | null;
  hidden?: Record<string, string>;
  /** Default 'complete'; partial responses never count in analytics. */
  status?: 'complete' | 'partial';
}

/** Writes the responses (version 1 of the survey unless given) and returns their ids in order. */
export async function insertTestResponses(
  ctx: TestContext,
  survey: TestSurvey,
  definition: SurveyDefinition,
  responses: readonly TestResponse[],
  version = 1,
): Promise<string[]> {
  return inWorkspace(ctx.db, survey.workspaceId, async (tx) => {
    const ids: string[] = [];
    for (const r of responses) {
      const id = newId();
      ids.push(id);
      const at = r.completedAt === undefined ? new Date() : new Date(r.completedAt);
      const complete = (r.status ?? 'complete') === 'complete';
      await tx
        .insertInto('responses')
        .values({
          workspace_id: survey.workspaceId,
          id,
          survey_id: survey.surveyId,
          version,
          wave_id: r.waveId ?? null,
          session_hash: randomToken(16),
          once_key: null,
          status: complete ? 'complete' : 'partial',
          answers: JSON.stringify(r.answers),
          hidden: JSON.stringify(r.hidden ?? {}),
          language: r.language ?? 'en',
          channel: r.channel ?? 'link',
          location_id: r.locationId ?? null,
          device_class: 'mobile',
          page_seconds: '{}',
          current_page: null,
          ending: complete ? 'thanks' : null,
          started_at: at,
          updated_at: at,
          completed_at: complete ? at : null,
          customer_id: r.customerId ?? null,
        })
        .execute();
      await replaceFacts(
        tx,
        survey.workspaceId,
        survey.surveyId,
        id,
        answersToFacts(definition, r.answers),
        complete,
        {
          fresh: true,
        },
      );
      await sql`UPDATE response_answers SET answered_at = ${at} WHERE workspace_id = ${survey.workspaceId}
        AND response_id = ${id}`.execute(tx);
    }
    return ids;
  });
}
