// What is wrong with a draft, and where, in words a person can follow: the same check the server
// makes (surveyDefinitionSchema), plus texts left empty in the default language, with each path
// turned into places ("Page 2 › Question 1 › Title › English") that the builder translates.
import { surveyDefinitionSchema, type SurveyDefinition } from '../../../../common/survey/definition';

export type IssuePath = (string | number)[];

export interface DraftIssue {
  path: IssuePath;
  /** The schema's own words (English, like the API's messages); absent for an empty text. */
  message?: string;
  /** A required text left empty in the default language. */
  empty?: boolean;
}

/** Numbered places: "page" with n = 2 reads "Page 2". */
export const NUMBERED = [
  'page',
  'question',
  'option',
  'row',
  'scale',
  'ending',
  'hiddenField',
  'jump',
] as const;
export type NumberedPlace = (typeof NUMBERED)[number];

/** Named parts of a survey, question or theme. */
export const FIELDS = [
  'title',
  'description',
  'label',
  'message',
  'importanceLabel',
  'performanceLabel',
  'languages',
  'defaultLanguage',
  'theme',
  'accent',
  'logoUrl',
  'displayIf',
  'if',
  'to',
  'minPicks',
  'maxPicks',
  'min',
  'max',
  'maxLength',
  'points',
  'email',
  'questions',
  'pages',
  'endings',
  'hiddenFields',
  'id',
  'name',
  'value',
  'op',
] as const;
export type FieldPlace = (typeof FIELDS)[number];

export type Place =
  | { kind: 'numbered'; key: NumberedPlace; n: number }
  | { kind: 'field'; key: FieldPlace }
  | { kind: 'language'; tag: string }
  /** A part no word is kept for (deep inside a condition): shown as it is. */
  | { kind: 'raw'; text: string };

const LISTS: Record<string, NumberedPlace> = {
  pages: 'page',
  questions: 'question',
  options: 'option',
  rows: 'row',
  scale: 'scale',
  endings: 'ending',
  hiddenFields: 'hiddenField',
  jumps: 'jump',
};

const TEXT_FIELDS = new Set([
  'title',
  'description',
  'label',
  'message',
  'importanceLabel',
  'performanceLabel',
]);
const isField = (s: string): s is FieldPlace => (FIELDS as readonly string[]).includes(s);

/** The places a path goes through, outermost first. */
export function describePath(def: SurveyDefinition, path: IssuePath): Place[] {
  const places: Place[] = [];
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    const next = path[i + 1];
    if (typeof part === 'string' && part in LISTS && typeof next === 'number') {
      places.push({ kind: 'numbered', key: LISTS[part]!, n: next + 1 });
      i++;
    } else if (typeof part === 'string' && isField(part)) {
      places.push({ kind: 'field', key: part });
      // After a text comes the language it is in.
      if (TEXT_FIELDS.has(part) && typeof next === 'string' && def.languages.includes(next)) {
        places.push({ kind: 'language', tag: next });
        i++;
      }
    } else {
      places.push({ kind: 'raw', text: String(part) });
    }
  }
  return places;
}

/** Required texts (titles, option and row labels, scale labels) empty in the default language. */
export function emptyTexts(def: SurveyDefinition): DraftIssue[] {
  const lang = def.defaultLanguage;
  const out: DraftIssue[] = [];
  const check = (text: Record<string, string> | undefined, path: IssuePath) => {
    const value = text?.[lang];
    if (value !== undefined && value.trim() === '') out.push({ path: [...path, lang], empty: true });
  };
  def.pages.forEach((page, p) =>
    page.questions.forEach((q, i) => {
      const at: IssuePath = ['pages', p, 'questions', i];
      check(q.title, [...at, 'title']);
      if ('options' in q) q.options.forEach((o, k) => check(o.label, [...at, 'options', k, 'label']));
      if (q.type === 'matrix') {
        q.rows.forEach((r, k) => check(r.label, [...at, 'rows', k, 'label']));
        q.scale.forEach((s, k) => check(s.label, [...at, 'scale', k, 'label']));
      }
    }),
  );
  def.endings.forEach((e, k) => check(e.title, ['endings', k, 'title']));
  return out;
}

/** Every issue of a draft; an empty list means the server will take it. */
export function draftIssues(def: SurveyDefinition): DraftIssue[] {
  const parsed = surveyDefinitionSchema.safeParse(def);
  const schemaIssues: DraftIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
        message: issue.message,
      }));
  // An empty text is also "missing" to the schema only when its key is absent; say it once.
  const seen = new Set(schemaIssues.map((i) => i.path.join('.')));
  return [...schemaIssues, ...emptyTexts(def).filter((i) => !seen.has(i.path.join('.')))];
}
