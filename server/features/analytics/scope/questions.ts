// What analytics can measure in a survey: its questions across every published version (the newest
// version's wording wins; questions dropped later stay, since old responses answered them).
import type { LocalizedText, Question, SurveyDefinition } from '../../../../common/survey/definition';
import { localize } from '../../../../common/survey/logic';
import { scaleOf } from '../../../../common/survey/scales';
import type { Tx } from '../../../db/database';
import { notFound } from '../../../platform/errors';

export interface AnalyticsQuestion {
  id: string;
  type: Question['type'];
  title: LocalizedText;
  /** The answer scale of scored questions (matrix: its scale's lowest and highest values). */
  scale: { min: number; max: number } | null;
  /** Matrix rows, or `importance` and `performance`. */
  items: { id: string; label: LocalizedText }[];
  /** Choice and ranking options. */
  options: { id: string; label: LocalizedText }[];
}

export interface AnalyticsSurvey {
  id: string;
  name: string;
  defaultLanguage: string;
  languages: string[];
  questions: AnalyticsQuestion[];
  /** Every published definition, newest first (for readers that need more than analytics does). */
  definitions: SurveyDefinition[];
}

export async function loadAnalyticsSurvey(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
): Promise<AnalyticsSurvey> {
  const survey = await tx
    .selectFrom('surveys')
    .select(['id', 'name', 'draft'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  if (!survey) throw notFound('survey');
  const versions = await tx
    .selectFrom('survey_versions')
    .select('definition')
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .orderBy('version', 'desc')
    .execute();
  const definitions = versions.map((v) => v.definition as unknown as SurveyDefinition);
  const newest = definitions[0] ?? (survey.draft as unknown as SurveyDefinition);
  const byId = new Map<string, AnalyticsQuestion>();
  for (const def of definitions.length ? definitions : [newest]) {
    for (const page of def.pages)
      for (const q of page.questions) if (!byId.has(q.id)) byId.set(q.id, analyticsQuestion(q));
  }
  return {
    id: survey.id,
    name: survey.name,
    defaultLanguage: newest.defaultLanguage,
    languages: newest.languages,
    questions: [...byId.values()],
    definitions,
  };
}

export async function loadAnalyticsQuestions(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
): Promise<AnalyticsQuestion[]> {
  return (await loadAnalyticsSurvey(tx, workspaceId, surveyId)).questions;
}

function analyticsQuestion(q: Question): AnalyticsQuestion {
  const base = { id: q.id, type: q.type, title: q.title, items: [], options: [] };
  switch (q.type) {
    case 'matrix': {
      const values = q.scale.map((p) => p.value);
      return {
        ...base,
        scale: { min: Math.min(...values), max: Math.max(...values) },
        items: q.rows.map((r) => ({ id: r.id, label: r.label })),
      };
    }
    case 'importance_performance':
      return {
        ...base,
        scale: scaleOf(q),
        items: [
          {
            id: 'importance',
            label: { en: 'Importance', es: 'Importancia', 'zh-CN': '重要性', 'zh-TW': '重要性' },
          },
          {
            id: 'performance',
            label: { en: 'Performance', es: 'Desempeño', 'zh-CN': '表现', 'zh-TW': '表現' },
          },
        ],
      };
    case 'single_choice':
    case 'multiple_choice':
    case 'dropdown':
    case 'ranking':
      return { ...base, scale: null, options: q.options.map((o) => ({ id: o.id, label: o.label })) };
    case 'consent':
      return { ...base, scale: { min: 0, max: 1 } };
    default:
      return { ...base, scale: scaleOf(q) };
  }
}

/** A text in the asked language, else English, else any: labels for people, never empty. */
export function textIn(text: LocalizedText | undefined, language: string | undefined, fallback = ''): string {
  if (!text) return fallback;
  return (
    localize(text, language ?? 'en', { defaultLanguage: 'en' }) ||
    Object.values(text).find(Boolean) ||
    fallback
  );
}
