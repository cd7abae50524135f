import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

export type HatchInput = Schemas['HatchRequest'];
type Pet = Schemas['PetResponse'];

export const hatchPet = (input: HatchInput) => api.post<Pet>('/api/v1/pets', input);

export const useHatchPet = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: hatchPet,
    onSuccess: (pet) => {
      queryClient.setQueryData(queryKeys.pet(pet.id), pet);
      void queryClient.invalidateQueries({ queryKey: queryKeys.pets });
    },
  });
};
