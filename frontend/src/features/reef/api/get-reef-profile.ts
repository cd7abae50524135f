import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** A public profile: `GET /api/v1/reef/pets/{id}` (404 when private, released or unknown). */
export const getReefProfile = (petId: string) =>
  api.get<Schemas['ReefPetResponse']>(`/api/v1/reef/pets/${encodeURIComponent(petId)}`);

export const reefProfileQueryOptions = (petId: string) =>
  queryOptions({
    queryKey: [...queryKeys.reef, 'pet', petId],
    queryFn: () => getReefProfile(petId),
  });

export const useReefProfile = (petId: string) => useQuery(reefProfileQueryOptions(petId));
