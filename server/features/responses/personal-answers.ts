// The parts of a response that can identify a person, so that an erase can remove them and keep
// the rest for statistics: free-text and contact answers, and the respondent's own "other" text
// in choice questions. Scores, picks and dates stay.
import type { SurveyDefinition } from '../../../common/survey/definition';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function withoutPersonalAnswers(
  def: SurveyDefinition,
  answers: Record<string, unknown>,
): Record<string, unknown> {
  const kept: Record<string, unknown> = { ...answers };
  for (const page of def.pages) {
    for (const q of page.questions) {
      const value = kept[q.id];
      if (value === undefined) continue;
      if (q.type === 'text' || q.type === 'contact') delete kept[q.id];
      else if ((q.type === 'single_choice' || q.type === 'dropdown') && isObject(value)) delete kept[q.id];
      else if (q.type === 'multiple_choice' && isObject(value) && 'other' in value) {
        const { other: _removed, ...rest } = value;
        kept[q.id] = rest;
      }
    }
  }
  return kept;
}
