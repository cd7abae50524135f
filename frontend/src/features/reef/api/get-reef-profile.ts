import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReefProfile } from '@/lib/api/pending-contracts';
import { queryKeys } from '@/lib/query-keys';

/** A public profile (pending contract `GET /api/v1/reef/pets/{id}`, branch `search`). */
export const getReefProfile = (petId: string) =>
  api.get<ReefProfile>(`/api/v1/reef/pets/${encodeURIComponent(petId)}`);

export const reefProfileQueryOptions = (petId: string) =>
  queryOptions({
    queryKey: [...queryKeys.reef, 'pet', petId],
    queryFn: () => getReefProfile(petId),
  });

export const useReefProfile = (petId: string) => useQuery(reefProfileQueryOptions(petId));
