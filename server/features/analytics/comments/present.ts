// Shapes one free-text answer for the explorer: the question in the reader's language, the
// response's headline score, the words to highlight.
import { matchedWords, type QueryTerms } from '../../../platform/text/segment';
import { textIn, type AnalyticsSurvey } from '../scope/questions';
import type { Comment } from './schemas';
import type { CommentRow, ScoreFact } from './store';

/** Which score stands beside a comment: NPS first, then CSAT, CES, rating (survey order within each). */
const SCORE_ORDER = ['nps', 'csat', 'ces', 'rating'] as const;

export interface PresentContext {
  survey: AnalyticsSurvey;
  scores: ScoreFact[];
  /** The NPS question the reader chose: it wins when the response answered it. */
  npsQuestionId: string | undefined;
  uiLanguage: string | undefined;
  search: QueryTerms | undefined;
}

export function presentComment(row: CommentRow, ctx: PresentContext): Comment {
  const question = ctx.survey.questions.find((q) => q.id === row.question_id);
  const title = textIn(question?.title, ctx.uiLanguage ?? ctx.survey.defaultLanguage, row.question_id);
  return {
    responseId: row.response_id,
    surveyId: row.survey_id,
    surveyName: row.survey_name,
    questionId: row.question_id,
    // Piped answers ({{q:nps}}, {{h:store}}) differ per respondent; the list shows a placeholder.
    questionTitle: title.replace(/\{\{[qh]:[^}]*\}\}/g, '…'),
    text: row.text,
    language: row.language,
    channel: row.channel,
    location: row.location_id ? { id: row.location_id, name: row.location_name ?? '' } : null,
    completedAt: new Date(row.completed_at).toISOString(),
    score: headlineScore(ctx),
    matches: ctx.search ? matchedWords(row.text, ctx.search) : [],
  };
}

function headlineScore({ survey, scores, npsQuestionId }: PresentContext): Comment['score'] {
  const order = survey.questions.map((q) => q.id);
  const rank = (s: ScoreFact) =>
    s.question_id === npsQuestionId
      ? -1
      : SCORE_ORDER.indexOf(s.question_type) * 10_000 + (order.indexOf(s.question_id) + 1 || 9_999);
  const best = [...scores].sort((a, b) => rank(a) - rank(b))[0];
  return best ? { questionId: best.question_id, type: best.question_type, value: best.value_num } : null;
}
