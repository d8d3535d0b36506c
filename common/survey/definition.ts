// A survey definition: the schema the editor saves and the survey page and the server both read.
// Parse with surveyDefinitionSchema.safeParse; every whole-survey problem is an issue with a path.
import { z } from 'zod';
import { checkSurveyDefinition } from './definition-checks';
import { surveyShapeSchema } from './survey-shape';

export type {
  ChoiceOption,
  Condition,
  ConditionOp,
  ConditionValue,
  LocalizedText,
  Question,
  QuestionOf,
  QuestionType,
} from './questions';
export {
  CONDITION_OPS,
  conditionSchema,
  idSchema,
  languageTagSchema,
  localizedTextSchema,
  questionSchema,
} from './questions';
export type { Ending, Jump, Page } from './survey-shape';
export { endingSchema, jumpSchema, pageSchema, themeSchema } from './survey-shape';

/** Deeper input is refused before parsing: nested conditions would otherwise exhaust the stack. */
export const MAX_NESTING = 64;

function nestedTooDeeply(input: unknown): boolean {
  const stack: [unknown, number][] = [[input, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [value, depth] = item;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_NESTING) return true;
    for (const key of Object.keys(value)) stack.push([(value as Record<string, unknown>)[key], depth + 1]);
  }
  return false;
}

export const surveyDefinitionSchema = z.preprocess(
  (input, ctx) => {
    if (!nestedTooDeeply(input)) return input;
    ctx.addIssue({ code: 'custom', message: `nested more than ${MAX_NESTING} levels deep` });
    return z.NEVER;
  },
  surveyShapeSchema.superRefine((def, ctx) =>
    checkSurveyDefinition(def, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
  ),
);
export type SurveyDefinition = z.infer<typeof surveyShapeSchema>;
/** What the editor may send: defaults (required: false, theme accent, …) not yet filled in. */
export type SurveyDefinitionInput = z.input<typeof surveyShapeSchema>;

// Answers, one shape per question type. Values arrive as JSON and are checked by validateSubmission.
/** nps, rating, csat, ces (on the scale) and number. */
export type NumberAnswer = number;
/** single_choice and dropdown: the option id, or the respondent's own text when `other` is allowed. */
export type ChoiceAnswer = string | { other: string };
export interface MultipleChoiceAnswer {
  picks: string[];
  other?: string;
}
/** ranking: every option id, most preferred first. */
export type RankingAnswer = string[];
/** matrix: scale value per row id. */
export type MatrixAnswer = Record<string, number>;
export interface ImportancePerformanceAnswer {
  importance: number;
  performance: number;
}
/** text, and date as YYYY-MM-DD. */
export type TextAnswer = string;
export interface ContactAnswer {
  email?: string;
  phone?: string;
}
export type ConsentAnswer = boolean;

export type AnswerValue =
  | NumberAnswer
  | ChoiceAnswer
  | MultipleChoiceAnswer
  | RankingAnswer
  | MatrixAnswer
  | ImportancePerformanceAnswer
  | TextAnswer
  | ContactAnswer
  | ConsentAnswer;
/** Answers by question id. */
export type Answers = Record<string, AnswerValue>;

/** What logic reads: the answers so far and the hidden fields the link carried (store, order, …). */
export interface LogicContext {
  answers: Answers;
  hidden: Record<string, string>;
}
