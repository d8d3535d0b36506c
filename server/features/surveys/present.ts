// Rows to API shapes (schemas.ts). A survey's address is PUBLIC_URL + /s/:key, read per request:
// `rapport start` learns its own address only once it listens.
import type { SurveyTemplate } from '../../../common/survey/templates';
import type { SurveySettingsRow } from '../../db/schema';
import { questionCount, storedDefinition } from './definitions';
import type { ResponseCounts, SurveyRow, TemplateRow, VersionRow, WaveWithCount } from './store';
import { waveState } from './wave-rules';
import type { SurveyDefinition } from '../../../common/survey/definition';

/** A survey row with its response counts, as the survey use cases return it. */
export interface SurveyWithCounts {
  survey: SurveyRow;
  counts: ResponseCounts;
}

export const presentSettings = (s: SurveySettingsRow) => ({ oncePer: s.oncePer ?? null });

export function presentSurveySummary({ survey: s, counts }: SurveyWithCounts, publicUrl: string) {
  const draft = storedDefinition(s.draft);
  return {
    id: s.id,
    key: s.key,
    name: s.name,
    status: s.status,
    latestVersion: s.latest_version,
    draftChanged: s.draft_changed,
    defaultLanguage: draft.defaultLanguage,
    languages: draft.languages,
    questionCount: questionCount(draft),
    completeCount: counts.complete,
    partialCount: counts.partial,
    url: `${publicUrl}/s/${s.key}`,
    createdAt: s.created_at.toISOString(),
    updatedAt: s.updated_at.toISOString(),
  };
}

export const presentSurvey = (s: SurveyWithCounts, publicUrl: string) => ({
  ...presentSurveySummary(s, publicUrl),
  draft: storedDefinition(s.survey.draft),
  settings: presentSettings(s.survey.settings),
});

export function presentVersionSummary(v: VersionRow) {
  return {
    version: v.version,
    publishedAt: v.published_at.toISOString(),
    publishedBy: v.published_by,
    questionCount: questionCount(storedDefinition(v.definition)),
    responseCount: Number(v.response_count ?? 0),
  };
}

export const presentVersion = (v: VersionRow) => ({
  ...presentVersionSummary(v),
  definition: storedDefinition(v.definition),
});

export const presentWave = (w: WaveWithCount, now = new Date()) => ({
  id: w.id,
  surveyId: w.survey_id,
  number: w.number,
  name: w.name,
  opensAt: w.opens_at.toISOString(),
  closesAt: w.closes_at?.toISOString() ?? null,
  state: waveState(w, now),
  responseCount: Number(w.response_count ?? 0),
  createdAt: w.created_at.toISOString(),
});

export function presentWorkspaceTemplate(t: TemplateRow) {
  const definition = storedDefinition(t.definition);
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    languages: definition.languages,
    questionCount: questionCount(definition),
    createdAt: t.created_at.toISOString(),
  };
}

export const presentBuiltInTemplate = (t: SurveyTemplate, definition: SurveyDefinition) => ({
  key: t.key,
  category: t.category,
  name: t.name,
  description: t.description,
  languages: definition.languages,
  questionCount: questionCount(definition),
});
