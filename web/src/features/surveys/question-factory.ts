// The 15 question types in the order the "Add question" menu lists them, and a new question of
// each with sensible defaults. Pure: the labels come in already translated.
import type { ChoiceOption, Question, QuestionType } from '../../../../common/survey/definition';
import { uniqueId } from './draft-ops';

export { QUESTION_TYPES } from '../../../../common/survey/question-types';

/** The texts a new question starts with, in the console's language. */
export interface StarterTexts {
  option: (n: number) => string;
  row: (n: number) => string;
}

/** Options labelled "Option 1…n" in one language, with ids unique among `taken` (which grows). */
export function newOptions(
  count: number,
  lang: string,
  label: (n: number) => string,
  prefix: string,
  taken: Set<string>,
): ChoiceOption[] {
  return Array.from({ length: count }, (_, k) => {
    const id = uniqueId(prefix, taken);
    taken.add(id);
    return { id, label: { [lang]: label(k + 1) } };
  });
}

/**
 * A question of the given type with an empty title in `lang` (the survey's default language), so
 * that the builder asks for one, and the settings every type needs to be valid.
 */
export function newQuestion(
  type: QuestionType,
  takenIds: ReadonlySet<string>,
  lang: string,
  texts: StarterTexts,
): Question {
  const base = { id: uniqueId(type, takenIds), title: { [lang]: '' }, required: false };
  const options = (prefix: string, count: number) => newOptions(count, lang, texts.option, prefix, new Set());
  switch (type) {
    case 'nps':
    case 'csat':
    case 'ces':
    case 'consent':
      return { ...base, type };
    case 'rating':
      return { ...base, type, points: 5, display: 'stars' };
    case 'single_choice':
      return { ...base, type, options: options('option', 3), other: false };
    case 'multiple_choice':
      return { ...base, type, options: options('option', 3), other: false };
    case 'dropdown':
    case 'ranking':
      return { ...base, type, options: options('option', 3) };
    case 'matrix':
      return {
        ...base,
        type,
        rows: newOptions(2, lang, texts.row, 'row', new Set()),
        scale: [1, 2, 3, 4, 5].map((value) => ({ value, label: { [lang]: String(value) } })),
      };
    case 'importance_performance':
      return { ...base, type, points: 5 };
    case 'text':
      return { ...base, type, multiline: false, maxLength: 1000 };
    case 'number':
      return { ...base, type, integer: false };
    case 'date':
      return { ...base, type };
    case 'contact':
      return { ...base, type, email: true, phone: false };
  }
}
