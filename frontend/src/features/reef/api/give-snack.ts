import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * Give someone's octopus a snack, once a day: `POST /api/v1/reef/pets/{id}/snack` (409
 * `SNACK_ALREADY_GIVEN` after the first).
 */
export const giveSnack = (petId: string) =>
  api.post<unknown>(`/api/v1/reef/pets/${encodeURIComponent(petId)}/snack`);

export const useGiveSnack = (petId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => giveSnack(petId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reef }),
  });
};
