import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

export type JournalPage = Schemas['JournalPage'];
export type JournalEntry = Schemas['JournalEntry'];

const PAGE_SIZE = 20;

/**
 * One page of a pet's journal, newest first. With `q`, the owner's journal search (pending
 * contract: `GET /api/v1/pets/{id}/journal?q=`, branch `search`; same page shape).
 */
export function getJournal(petId: string, page: number, q: string): Promise<JournalPage> {
  const params = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
  if (q !== '') params.set('q', q);
  return api.get<JournalPage>(
    `/api/v1/pets/${encodeURIComponent(petId)}/journal?${params.toString()}`,
  );
}

export const journalQueryOptions = (petId: string, q: string) =>
  infiniteQueryOptions({
    queryKey: [...queryKeys.journal(petId), q],
    queryFn: ({ pageParam }) => getJournal(petId, pageParam, q),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.page + 1 < last.totalPages ? last.page + 1 : undefined),
    // The journal is written by a worker a moment after each action: look again soon.
    refetchInterval: 10_000,
  });

export const useJournal = (petId: string, q: string) =>
  useInfiniteQuery(journalQueryOptions(petId, q));
