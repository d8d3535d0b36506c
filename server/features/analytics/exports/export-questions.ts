// What the columns of an export are made from: the survey's analytics questions across every
// published version (scope/questions.ts: newest wording wins, dropped questions stay), plus the
// details of the definitions analytics does not need — the "other" box of a choice, the parts a
// contact question asks for, a matrix's scale labels — and every option or row any version had,
// newest first, so an old response's answer still has its column and label.
import type { LocalizedText, Question } from '../../../../common/survey/definition';
import type { Tx } from '../../../db/database';
import { loadAnalyticsSurvey, type AnalyticsQuestion } from '../scope/questions';

export interface Labelled {
  id: string;
  label: LocalizedText;
}

export interface ExportQuestion extends AnalyticsQuestion {
  /** single/multiple choice: a box for the respondent's own answer. */
  other: boolean;
  /** contact: the parts asked for. */
  contact: { email: boolean; phone: boolean };
  /** matrix: the labels of its scale points. */
  scaleLabels: { value: number; label: LocalizedText }[];
  /** number: decimals are expected. */
  integer: boolean;
}

export interface ExportSurvey {
  name: string;
  defaultLanguage: string;
  questions: ExportQuestion[];
}

/** `more` appended to `first`, each id once. */
function union(first: Labelled[], more: readonly Labelled[]): Labelled[] {
  const seen = new Set(first.map((o) => o.id));
  return [...first, ...more.filter((o) => !seen.has(o.id) && seen.add(o.id))];
}

function enrich(q: AnalyticsQuestion, versions: Question[]): ExportQuestion {
  const out: ExportQuestion = {
    ...q,
    other: false,
    contact: { email: false, phone: false },
    scaleLabels: [],
    integer: false,
  };
  for (const v of versions) {
    if (v.type !== q.type) continue; // an id reused for another type: its old answers are skipped
    switch (v.type) {
      case 'single_choice':
      case 'multiple_choice':
        out.other ||= v.other;
        out.options = union(out.options, v.options);
        break;
      case 'dropdown':
      case 'ranking':
        out.options = union(out.options, v.options);
        break;
      case 'matrix':
        out.items = union(out.items, v.rows);
        if (!out.scaleLabels.length) out.scaleLabels = v.scale;
        break;
      case 'contact':
        out.contact = { email: out.contact.email || v.email, phone: out.contact.phone || v.phone };
        break;
    }
  }
  out.integer = q.type === 'number' && versions.every((v) => v.type !== 'number' || v.integer);
  return out;
}

export async function loadExportSurvey(tx: Tx, workspaceId: string, surveyId: string): Promise<ExportSurvey> {
  const survey = await loadAnalyticsSurvey(tx, workspaceId, surveyId);
  const { definitions } = survey;
  const versionsOf = new Map<string, Question[]>();
  for (const def of definitions)
    for (const page of def.pages)
      for (const q of page.questions) versionsOf.set(q.id, [...(versionsOf.get(q.id) ?? []), q]);
  return {
    name: survey.name,
    defaultLanguage: survey.defaultLanguage,
    questions: survey.questions.map((q) => enrich(q, versionsOf.get(q.id) ?? [])),
  };
}
