// A respondent's attempt as the survey page sees it: found by the key the page holds (never by id),
// for resuming where they left off and for showing the ending they reached.
import type { Answers } from '../../../common/survey/definition';
import type { Tx } from '../../db/database';
import { sha256 } from '../../platform/ids';
import { findBySession } from './store';

export interface Attempt {
  status: 'partial' | 'complete';
  version: number;
  answers: Answers;
  hidden: Record<string, string>;
  language: string;
  currentPage: string | null;
  ending: string | null;
  pageSeconds: Record<string, number>;
  updatedAt: Date;
}

export async function findAttempt(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  sessionKey: string,
): Promise<Attempt | null> {
  const row = await findBySession(tx, workspaceId, surveyId, sha256(sessionKey));
  if (!row) return null;
  return {
    status: row.status,
    version: row.version,
    answers: row.answers as Answers,
    hidden: row.hidden,
    language: row.language,
    currentPage: row.current_page,
    ending: row.ending,
    pageSeconds: row.page_seconds,
    updatedAt: row.updated_at,
  };
}
