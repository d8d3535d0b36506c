// Questionnaires (M1): surveys with their draft, versions, waves and templates. The shapes mirror
// server/features/surveys/schemas.ts; only types cross over from common/ (zod stays out of the
// main bundle: the survey pages that validate drafts are lazy chunks).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChoiceOption,
  Ending,
  LocalizedText,
  Page,
  Question,
  QuestionType,
  SurveyDefinition,
} from '../../../common/survey/definition';
import { api } from './client';
import { useCursorList } from './list';

export type { ChoiceOption, Ending, LocalizedText, Page, Question, QuestionType, SurveyDefinition };

export const SURVEY_STATUSES = ['draft', 'published', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** One response per personal token (?t=…) or per device; null accepts any number. */
export type OncePer = 'token' | 'device' | null;

export interface SurveySettings {
  oncePer: OncePer;
}

export interface SurveySummary {
  id: string;
  /** The public id in the survey's address /s/:key. */
  key: string;
  name: string;
  status: SurveyStatus;
  /** The newest published version, null before the first publish. */
  latestVersion: number | null;
  /** The draft differs from the newest published version (or nothing is published yet). */
  draftChanged: boolean;
  defaultLanguage: string;
  languages: string[];
  questionCount: number;
  completeCount: number;
  partialCount: number;
  /** Where respondents answer. */
  url: string;
  createdAt: string;
  updatedAt: string;
}

export interface Survey extends SurveySummary {
  draft: SurveyDefinition;
  settings: SurveySettings;
}

export interface VersionSummary {
  version: number;
  publishedAt: string;
  publishedBy: string | null;
  questionCount: number;
  responseCount: number;
}

export type WaveState = 'upcoming' | 'open' | 'over';

export interface Wave {
  id: string;
  surveyId: string;
  /** 1, 2, 3… in the order the waves were made. */
  number: number;
  name: string;
  opensAt: string;
  closesAt: string | null;
  state: WaveState;
  responseCount: number;
  createdAt: string;
}

export interface BuiltInTemplate {
  key: string;
  category: string;
  /** In each console language. */
  name: Record<string, string>;
  description: Record<string, string>;
  languages: string[];
  questionCount: number;
}

export interface WorkspaceTemplate {
  id: string;
  name: string;
  description: string;
  languages: string[];
  questionCount: number;
  createdAt: string;
}

export interface TemplateList {
  builtIn: BuiltInTemplate[];
  workspace: WorkspaceTemplate[];
}

/** Blank (no `from`), a built-in template, or a template this workspace saved. */
export type SurveySource = { template: string } | { workspaceTemplate: string };

export interface CreateSurveyInput {
  name: string;
  from?: SurveySource;
  /** The language a blank survey or a built-in template starts in (default: the workspace's). */
  language?: string;
}

export interface SurveyUpdate {
  name?: string;
  draft?: SurveyDefinition;
  settings?: SurveySettings;
}

export interface WaveInput {
  name?: string;
  opensAt: string;
  closesAt: string | null;
}

export interface SurveyListFilter {
  status?: SurveyStatus;
  q?: string;
}

const surveysKey = (workspaceId: string) => ['ws', workspaceId, 'surveys'] as const;
const listKey = (workspaceId: string) => [...surveysKey(workspaceId), 'list'] as const;
const surveyKey = (workspaceId: string, surveyId: string) => [...surveysKey(workspaceId), surveyId] as const;
const templatesKey = (workspaceId: string) => ['ws', workspaceId, 'survey-templates'] as const;

const base = (workspaceId: string) => `/workspaces/${workspaceId}/surveys`;

/** The live preview page (the draft, or version n), served same-origin with the session cookie. */
export function previewUrl(workspaceId: string, surveyId: string, lang: string, version?: number): string {
  const params = new URLSearchParams({ lang });
  if (version !== undefined) params.set('version', String(version));
  return `/api/v1${base(workspaceId)}/${surveyId}/preview?${params.toString()}`;
}

export function useSurveys(workspaceId: string, filter: SurveyListFilter) {
  return useCursorList<SurveySummary>(listKey(workspaceId), base(workspaceId), {
    status: filter.status,
    q: filter.q,
  });
}

export function useSurvey(workspaceId: string, surveyId: string) {
  return useQuery({
    queryKey: surveyKey(workspaceId, surveyId),
    queryFn: ({ signal }) => api<Survey>(`${base(workspaceId)}/${surveyId}`, { signal }),
  });
}

export function useSurveyVersions(workspaceId: string, surveyId: string) {
  return useQuery({
    queryKey: [...surveyKey(workspaceId, surveyId), 'versions'],
    queryFn: ({ signal }) =>
      api<{ items: VersionSummary[] }>(`${base(workspaceId)}/${surveyId}/versions`, { signal }).then(
        (r) => r.items,
      ),
  });
}

export function useSurveyWaves(workspaceId: string, surveyId: string) {
  return useQuery({
    queryKey: [...surveyKey(workspaceId, surveyId), 'waves'],
    queryFn: ({ signal }) =>
      api<{ items: Wave[] }>(`${base(workspaceId)}/${surveyId}/waves`, { signal }).then((r) => r.items),
  });
}

export function useSurveyTemplates(workspaceId: string) {
  return useQuery({
    queryKey: templatesKey(workspaceId),
    queryFn: ({ signal }) => api<TemplateList>(`/workspaces/${workspaceId}/survey-templates`, { signal }),
  });
}

/** Writes on the list and on whole surveys (create, publish, close, duplicate, delete…). */
export function useSurveyMutations(workspaceId: string) {
  const qc = useQueryClient();
  const path = base(workspaceId);
  const listChanged = () => void qc.invalidateQueries({ queryKey: listKey(workspaceId) });
  /** A changed survey: its cached copy is replaced and the list reloads. */
  const changed = (survey: Survey) => {
    qc.setQueryData(surveyKey(workspaceId, survey.id), survey);
    listChanged();
  };
  /** Publishing and closing also change the versions (and what waves collect). */
  const published = (survey: Survey) => {
    changed(survey);
    void qc.invalidateQueries({ queryKey: [...surveyKey(workspaceId, survey.id), 'versions'] });
  };
  return {
    create: useMutation({
      mutationFn: (body: CreateSurveyInput) => api<Survey>(path, { method: 'POST', body }),
      onSuccess: changed,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: SurveyUpdate & { id: string }) =>
        api<Survey>(`${path}/${id}`, { method: 'PATCH', body }),
      onSuccess: changed,
    }),
    publish: useMutation({
      mutationFn: (id: string) => api<Survey>(`${path}/${id}/publish`, { method: 'POST' }),
      onSuccess: published,
    }),
    close: useMutation({
      mutationFn: (id: string) => api<Survey>(`${path}/${id}/close`, { method: 'POST' }),
      onSuccess: published,
    }),
    duplicate: useMutation({
      mutationFn: ({ id, name }: { id: string; name?: string }) =>
        api<Survey>(`${path}/${id}/duplicate`, { method: 'POST', body: name ? { name } : {} }),
      onSuccess: changed,
    }),
    saveAsTemplate: useMutation({
      mutationFn: ({ id, ...body }: { id: string; name: string; description: string }) =>
        api<WorkspaceTemplate>(`${path}/${id}/save-as-template`, { method: 'POST', body }),
      onSuccess: () => void qc.invalidateQueries({ queryKey: templatesKey(workspaceId) }),
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(`${path}/${id}`, { method: 'DELETE' }),
      onSuccess: (_r, id) => {
        qc.removeQueries({ queryKey: surveyKey(workspaceId, id) });
        listChanged();
      },
    }),
    removeTemplate: useMutation({
      mutationFn: (templateId: string) =>
        api<void>(`/workspaces/${workspaceId}/survey-templates/${templateId}`, { method: 'DELETE' }),
      onSuccess: () => void qc.invalidateQueries({ queryKey: templatesKey(workspaceId) }),
    }),
  };
}

export function useWaveMutations(workspaceId: string, surveyId: string) {
  const qc = useQueryClient();
  const path = `${base(workspaceId)}/${surveyId}/waves`;
  const onSuccess = () =>
    void qc.invalidateQueries({ queryKey: [...surveyKey(workspaceId, surveyId), 'waves'] });
  return {
    create: useMutation({
      mutationFn: (body: WaveInput) => api<Wave>(path, { method: 'POST', body }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: WaveInput & { id: string }) =>
        api<Wave>(`${path}/${id}`, { method: 'PATCH', body }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(`${path}/${id}`, { method: 'DELETE' }),
      onSuccess,
    }),
  };
}
