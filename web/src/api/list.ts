// Every list in the API pages the same way ({items, nextCursor}); one hook loads pages on demand.
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { api, type Query } from './client';
import type { Page } from './types';

interface ListOptions<T> {
  /** Poll while this says so (e.g. while some item is still pending). */
  refetchInterval?: (items: T[]) => number | false;
}

export function useCursorList<T>(key: QueryKey, path: string, query?: Query, options: ListOptions<T> = {}) {
  const { refetchInterval } = options;
  const result = useInfiniteQuery({
    queryKey: [...key, query ?? {}],
    queryFn: ({ pageParam, signal }) =>
      api<Page<T>>(path, { query: { ...query, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    // A list without nextCursor (webhooks) is a single page.
    getNextPageParam: (last) => last.nextCursor ?? null,
    refetchInterval: refetchInterval
      ? (q) => refetchInterval(q.state.data?.pages.flatMap((p) => p.items) ?? [])
      : undefined,
  });
  const items = result.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...result, items };
}

export type CursorList<T> = ReturnType<typeof useCursorList<T>>;
