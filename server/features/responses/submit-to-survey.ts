// The way in for respondents (the JSON intake and the survey page's form posts): find the survey
// by its public key, then save inside its workspace's transaction.
import { inWorkspace, type Db } from '../../db/database';
import { AppError, isUniqueViolation, notFound } from '../../platform/errors';
import { loadPublishedSurvey, surveyKeyOwner } from '../surveys/published';
import { saveResponse, type SaveResponseInput, type SavedResponse } from './save-response';

export async function submitToSurvey(db: Db, key: string, input: SaveResponseInput): Promise<SavedResponse> {
  const owner = await surveyKeyOwner(db, key);
  if (!owner) throw notFound('survey');
  try {
    return await inWorkspace(db, owner.workspaceId, async (tx) => {
      const survey = await loadPublishedSurvey(tx, owner.workspaceId, owner.surveyId);
      if (!survey) throw notFound('survey');
      return saveResponse(tx, survey, input);
    });
  } catch (e) {
    // Two attempts from one device or token finishing at the same moment: one wins.
    if (isUniqueViolation(e, 'responses_once')) {
      throw new AppError(409, 'already_responded', 'You have already answered this survey. Thank you!');
    }
    throw e;
  }
}
