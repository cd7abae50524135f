import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

export type Leaderboard = Schemas['LeaderboardView'];
export type BoardSlug = 'oldest' | 'most-tricks' | 'longest-streak' | 'most-waves';

export const getLeaderboard = (board: BoardSlug) =>
  api.get<Leaderboard>(`/api/v1/leaderboards/${board}`);

export const leaderboardQueryOptions = (board: BoardSlug) =>
  queryOptions({
    queryKey: [...queryKeys.leaderboards, board],
    queryFn: () => getLeaderboard(board),
    refetchInterval: 60_000,
  });

export const useLeaderboard = (board: BoardSlug) => useQuery(leaderboardQueryOptions(board));
