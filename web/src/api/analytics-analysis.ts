// Analysis (M3): crosstab with chi-square, SERVQUAL gap, importance–performance and key drivers.
// The answers mirror server/features/analytics/analysis/schemas.ts; the statistics' own types come
// from common/analytics (types only).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Quadrant } from '../../../common/analytics/gap';
import type { ChiSquareResult } from '../../../common/analytics/significance';
import type { AnalyticsFilters } from './analytics';
import { api } from './client';

export type { ChiSquareResult, Quadrant };

/** A numeric answer: a question, and the matrix row or importance/performance part ('' for none). */
export interface MeasureRef {
  questionId: string;
  item: string;
}

interface Common {
  surveyId: string;
  filters: AnalyticsFilters;
  language: string;
}

export interface CrosstabQuery extends Common {
  rows: string;
  columns: string;
}

export interface CrosstabAnswer {
  rows: { key: string; label: string }[];
  columns: { key: string; label: string }[];
  counts: number[][];
  rowPercents: (number | null)[][];
  columnPercents: (number | null)[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
  test: ChiSquareResult | null;
  multipleResponse: boolean;
}

export type GapQuery = Common;

export interface GapSide {
  mean: number | null;
  n: number;
}

export interface GapAnswer {
  items: {
    dimension: string;
    item: string;
    label: string;
    expectation: GapSide;
    perception: GapSide;
    gap: number | null;
  }[];
  dimensions: { dimension: string; label: string; gap: number | null; items: number }[];
  overall: number | null;
}

export interface IpaQuery extends Common {
  importance: 'stated' | 'derived';
  outcome?: MeasureRef;
  attributes?: MeasureRef[];
}

export interface IpaPoint extends MeasureRef {
  label: string;
  importance: number | null;
  performance: number | null;
  quadrant: Quadrant | null;
  n: number;
}

export interface IpaAnswer {
  importance: 'stated' | 'derived';
  points: IpaPoint[];
  crosshair: { importance: number; performance: number } | null;
}

export interface DriversQuery extends Common {
  outcome: MeasureRef;
  attributes: MeasureRef[];
}

export interface Driver extends MeasureRef {
  label: string;
  correlation: number;
  beta: number;
  relativeWeight: number;
  share: number | null;
  mean: number | null;
}

export interface DriversAnswer {
  n: number;
  r2: number;
  lowBase: boolean;
  outcome: MeasureRef & { label: string; mean: number | null };
  drivers: Driver[];
}

const FRESH = 60_000;

/** One POST analysis, keyed by its body; null while the caller's choices are incomplete. */
function useAnalysis<T>(workspaceId: string, path: string, body: object | null) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'analytics', path, body],
    queryFn: ({ signal }) =>
      api<T>(`/workspaces/${workspaceId}/analytics/${path}`, { method: 'POST', body, signal }),
    enabled: body !== null,
    staleTime: FRESH,
    placeholderData: keepPreviousData,
    // A 4xx (the data cannot carry the analysis) will not change by asking again.
    retry: false,
  });
}

export const useCrosstab = (workspaceId: string, query: CrosstabQuery | null) =>
  useAnalysis<CrosstabAnswer>(workspaceId, 'crosstab', query);

export const useGap = (workspaceId: string, query: GapQuery | null) =>
  useAnalysis<GapAnswer>(workspaceId, 'gap', query);

export const useImportancePerformance = (workspaceId: string, query: IpaQuery | null) =>
  useAnalysis<IpaAnswer>(workspaceId, 'importance-performance', query);

export const useDrivers = (workspaceId: string, query: DriversQuery | null) =>
  useAnalysis<DriversAnswer>(workspaceId, 'drivers', query);
