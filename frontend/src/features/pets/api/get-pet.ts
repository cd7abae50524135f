import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

export type Pet = Schemas['PetResponse'];

/** An egg is watched closely so the hatching shows soon; a grown octopus changes slowly. */
const EGG_REFRESH_MS = 2_000;
const PET_REFRESH_MS = 15_000;

export const getPet = (petId: string) => api.get<Pet>(`/api/v1/pets/${encodeURIComponent(petId)}`);

export const petQueryOptions = (petId: string) =>
  queryOptions({
    queryKey: queryKeys.pet(petId),
    queryFn: () => getPet(petId),
    refetchInterval: (query) =>
      query.state.data?.stage === 'EGG' ? EGG_REFRESH_MS : PET_REFRESH_MS,
  });

export const usePet = (petId: string) => useQuery(petQueryOptions(petId));
