import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

export type ReefSearchPage = Schemas['ReefResults'];
/** The orders `sort` documents: relevance (default), age (oldest first), waves (most first). */
export type ReefSort = 'relevance' | 'age' | 'waves';

export interface ReefQuery {
  q: string;
  species?: string | undefined;
  stage?: string | undefined;
  personality?: string | undefined;
  sort: ReefSort;
  page: number;
}

const PAGE_SIZE = 12;

/** Search public octopuses: `GET /api/v1/reef/search`. */
export function searchReef(query: ReefQuery): Promise<ReefSearchPage> {
  const params = new URLSearchParams({
    q: query.q,
    sort: query.sort,
    page: String(query.page),
    size: String(PAGE_SIZE),
  });
  for (const facet of ['species', 'stage', 'personality'] as const) {
    const value = query[facet];
    if (value) params.set(facet, value);
  }
  return api.get<ReefSearchPage>(`/api/v1/reef/search?${params.toString()}`);
}

export const reefSearchQueryOptions = (query: ReefQuery) =>
  queryOptions({
    queryKey: [...queryKeys.reef, 'search', query],
    queryFn: () => searchReef(query),
    placeholderData: keepPreviousData,
  });

export const useReefSearch = (query: ReefQuery) => useQuery(reefSearchQueryOptions(query));
