// What every part of the builder reads and changes: the draft, the language its texts are edited
// in, and whether this person may edit at all.
import { createContext, useContext } from 'react';
import type { SurveyDefinition } from '../../api/surveys';

export interface DraftEditing {
  draft: SurveyDefinition;
  /** Applies a change to the newest draft (several changes in one event all count). */
  change: (fn: (draft: SurveyDefinition) => SurveyDefinition) => void;
  /** The language the text inputs edit. */
  lang: string;
  readOnly: boolean;
}

export const DraftContext = createContext<DraftEditing | null>(null);

export function useDraft(): DraftEditing {
  const ctx = useContext(DraftContext);
  if (!ctx) throw new Error('useDraft() outside the survey builder');
  return ctx;
}
