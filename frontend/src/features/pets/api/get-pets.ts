import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

export type Pet = Schemas['PetResponse'];

export const getPets = () => api.get<Pet[]>('/api/v1/pets');

export const petsQueryOptions = () => queryOptions({ queryKey: queryKeys.pets, queryFn: getPets });

export const usePets = () => useQuery(petsQueryOptions());
