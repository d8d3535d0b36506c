// Every question type, in the order the builder's menu offers them (zod-free: the console and
// the survey page's script import it). questions.ts holds each type's schema.
import type { QuestionType } from './questions';

export const QUESTION_TYPES = [
  'nps',
  'csat',
  'ces',
  'rating',
  'single_choice',
  'multiple_choice',
  'dropdown',
  'ranking',
  'matrix',
  'importance_performance',
  'text',
  'number',
  'date',
  'contact',
  'consent',
] as const satisfies readonly QuestionType[];

// Fails to compile when questions.ts gains a type the list above does not have.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
export const questionTypesComplete: Missing<QuestionType, (typeof QUESTION_TYPES)[number]> = true;
