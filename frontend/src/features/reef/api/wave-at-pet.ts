import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** Wave at someone's octopus: `POST /api/v1/reef/pets/{id}/wave` (409 on one's own). */
export const waveAtPet = (petId: string) =>
  api.post<Schemas['Waves']>(`/api/v1/reef/pets/${encodeURIComponent(petId)}/wave`);

export const useWaveAtPet = (petId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => waveAtPet(petId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reef }),
  });
};
