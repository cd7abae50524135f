import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { rememberPet } from '@/features/pets/api/pet-cache';

export const releasePet = (petId: string) =>
  api.post<Schemas['ActionResponse']>(`/api/v1/pets/${encodeURIComponent(petId)}/release`);

export const useReleasePet = (petId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => releasePet(petId),
    onSuccess: (result) => {
      rememberPet(queryClient, result.pet);
    },
  });
};
