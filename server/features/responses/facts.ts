// Turns a response's cleaned answers into the narrow fact rows analytics reads: one row per
// answered scalar. Contact answers are personal data and stay in the response row only.
import type { AnswerValue, Answers, Question, SurveyDefinition } from '../../../common/survey/definition';

export interface AnswerFact {
  questionId: string;
  /** The part of a composite answer: a matrix row, a picked or ranked option, importance/performance. */
  item: string;
  questionType: Question['type'];
  valueNum: number | null;
  valueText: string | null;
}

/** The option id analytics groups by when the respondent wrote their own answer. */
export const OTHER_ITEM = '__other';

export function answersToFacts(def: SurveyDefinition, answers: Answers): AnswerFact[] {
  const facts: AnswerFact[] = [];
  for (const page of def.pages) {
    for (const q of page.questions) {
      if (!Object.prototype.hasOwnProperty.call(answers, q.id)) continue;
      facts.push(...factsOf(q, answers[q.id] as AnswerValue));
    }
  }
  return facts;
}

function factsOf(q: Question, value: AnswerValue): AnswerFact[] {
  const fact = (item: string, valueNum: number | null, valueText: string | null): AnswerFact => ({
    questionId: q.id,
    item,
    questionType: q.type,
    valueNum,
    valueText,
  });
  switch (q.type) {
    case 'nps':
    case 'rating':
    case 'csat':
    case 'ces':
    case 'number':
      return [fact('', value as number, null)];
    case 'single_choice':
    case 'dropdown':
      return typeof value === 'string' ? [fact('', null, value)] : [fact('', null, OTHER_ITEM)];
    case 'multiple_choice': {
      const { picks, other } = value as { picks: string[]; other?: string };
      const rows = picks.map((id) => fact(id, 1, null));
      return other === undefined ? rows : [...rows, fact(OTHER_ITEM, 1, null)];
    }
    case 'ranking':
      return (value as string[]).map((id, index) => fact(id, index + 1, null));
    case 'matrix':
      return Object.entries(value as Record<string, number>).map(([row, v]) => fact(row, v, null));
    case 'importance_performance': {
      const { importance, performance } = value as { importance: number; performance: number };
      return [fact('importance', importance, null), fact('performance', performance, null)];
    }
    case 'text':
    case 'date':
      return [fact('', null, value as string)];
    case 'consent':
      return [fact('', value === true ? 1 : 0, null)];
    case 'contact':
      return [];
  }
}
