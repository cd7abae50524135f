import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** Names that start like `prefix`: `GET /api/v1/reef/suggest`. */
export const getReefSuggestions = (prefix: string) =>
  api.get<Schemas['Suggestions']>(`/api/v1/reef/suggest?prefix=${encodeURIComponent(prefix)}`);

export const reefSuggestionsQueryOptions = (prefix: string) =>
  queryOptions({
    queryKey: [...queryKeys.reef, 'suggest', prefix],
    queryFn: () => getReefSuggestions(prefix),
    enabled: prefix.length > 0,
    staleTime: 60_000,
  });

export const useReefSuggestions = (prefix: string) => useQuery(reefSuggestionsQueryOptions(prefix));
