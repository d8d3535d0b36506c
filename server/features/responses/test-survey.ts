// Test helper: a survey published straight into the tables, so intake tests do not depend on the
// console API. Each call publishes the next version of the given survey (or a new survey).
import type { SurveyDefinition } from '../../../common/survey/definition';
import { inWorkspace } from '../../db/database';
import type { SurveySettingsRow } from '../../db/schema';
import { newId, randomToken } from '../../platform/ids';
import type { TestContext } from '../../test/test-app';

export interface TestSurvey {
  workspaceId: string;
  surveyId: string;
  key: string;
}

export async function publishTestSurvey(
  ctx: TestContext,
  workspaceId: string,
  definition: SurveyDefinition,
  opts: { settings?: SurveySettingsRow; survey?: TestSurvey } = {},
): Promise<TestSurvey> {
  return inWorkspace(ctx.db, workspaceId, async (tx) => {
    const survey = opts.survey ?? { workspaceId, surveyId: newId(), key: randomToken(9) };
    if (!opts.survey) {
      await tx
        .insertInto('surveys')
        .values({
          workspace_id: workspaceId,
          id: survey.surveyId,
          key: survey.key,
          name: 'Test survey',
          draft: JSON.stringify(definition),
          latest_version: null,
          settings: JSON.stringify(opts.settings ?? {}),
          created_by: null,
        })
        .execute();
    }
    const current = await tx
      .selectFrom('surveys')
      .select('latest_version')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', survey.surveyId)
      .executeTakeFirstOrThrow();
    const version = (current.latest_version ?? 0) + 1;
    await tx
      .insertInto('survey_versions')
      .values({
        workspace_id: workspaceId,
        survey_id: survey.surveyId,
        version,
        definition: JSON.stringify(definition),
        published_by: null,
      })
      .execute();
    await tx
      .updateTable('surveys')
      .set({ latest_version: version, status: 'published', draft_changed: false })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', survey.surveyId)
      .execute();
    return survey;
  });
}
