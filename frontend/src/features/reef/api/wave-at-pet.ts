import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WaveResult } from '@/lib/api/pending-contracts';
import { queryKeys } from '@/lib/query-keys';

/** Wave at someone's octopus (pending contract `POST /api/v1/reef/pets/{id}/wave`). */
export const waveAtPet = (petId: string) =>
  api.post<WaveResult>(`/api/v1/reef/pets/${encodeURIComponent(petId)}/wave`);

export const useWaveAtPet = (petId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => waveAtPet(petId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reef }),
  });
};
