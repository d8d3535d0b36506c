// What every part of a condition editor needs to know, and the sentence words in the console language.
import { useTranslation } from 'react-i18next';
import type { SurveyDefinition } from '../../../../../common/survey/definition';
import { opLabelKey, type Place, type SentenceWords } from './logic-model';

export interface EditorContext {
  def: SurveyDefinition;
  /** Where the condition sits: it decides which questions it may read. */
  place: Place;
}

/** Today as YYYY-MM-DD in the browser's time zone: the first value of a new date condition. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function useSentenceWords(): SentenceWords {
  const { t } = useTranslation();
  return {
    op: (op, wording) => t(`surveyLogic.${opLabelKey(op, wording)}`),
    hidden: (name) => t('surveyLogic.hiddenField', { name }),
    yes: t('surveyLogic.yes'),
    no: t('surveyLogic.no'),
    join: (kind, parts) => parts.join(` ${t(`surveyLogic.joinWords.${kind}`)} `),
    not: (text) => t('surveyLogic.sentence.not', { text }),
  };
}
