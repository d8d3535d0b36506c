// The filter state of an analytics page, read from and written to the URL, with the API's filters
// for it (dates as the workspace's calendar days).
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { AnalyticsFilters } from '../../../api/analytics';
import { useCurrentWorkspace } from '../../workspace/current';
import {
  filterSearch,
  parseFilterSearch,
  toAnalyticsFilters,
  todayIn,
  type FilterState,
} from './url-filters';

type Search = Record<string, unknown>;

export function useFilterState(): {
  state: FilterState;
  filters: AnalyticsFilters;
  today: string;
  setState: (next: FilterState) => void;
} {
  const ws = useCurrentWorkspace();
  const search = useSearch({ strict: false }) as Search;
  const navigate = useNavigate();
  const today = todayIn(ws.timeZone);
  const key = JSON.stringify(filterSearch(parseFilterSearch(search)));
  // Parsed once per distinct URL, so the filters object is stable and queries are not re-keyed.
  const { state, filters } = useMemo(() => {
    const parsed = parseFilterSearch(search);
    return { state: parsed, filters: toAnalyticsFilters(parsed, today) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, today]);
  const setState = (next: FilterState) =>
    void navigate({
      to: '.',
      search: ((prev: Search) => {
        const merged: Search = { ...prev, ...filterSearch(next) };
        for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
        return merged;
      }) as never,
      replace: true,
    });
  return { state, filters, today, setState };
}
