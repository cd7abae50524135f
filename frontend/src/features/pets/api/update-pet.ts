import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { rememberPet } from '@/features/pets/api/pet-cache';

type Pet = Schemas['PetResponse'];
export type PetPatch = Schemas['UpdateRequest'];

export const updatePet = (petId: string, patch: PetPatch) =>
  api.patch<Pet>(`/api/v1/pets/${encodeURIComponent(petId)}`, patch);

export const useUpdatePet = (petId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: PetPatch) => updatePet(petId, patch),
    onSuccess: (pet) => {
      rememberPet(queryClient, pet);
    },
  });
};
