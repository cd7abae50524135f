import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';
import { rememberPet } from '@/features/pets/api/pet-cache';
import type { CareAction } from '@/features/pets/lib/care';

export type ActionResult = Schemas['ActionResponse'];

/**
 * Applies a care action, a vacation start or end. Each attempt carries its own Idempotency-Key,
 * so a retry after a lost answer is not applied twice.
 */
export function actOnPet(petId: string, action: CareAction): Promise<ActionResult> {
  const base = `/api/v1/pets/${encodeURIComponent(petId)}`;
  const headers = { 'Idempotency-Key': crypto.randomUUID() };
  switch (action.type) {
    case 'START_VACATION':
      return api.post<ActionResult>(`${base}/vacation`, undefined, { headers });
    case 'END_VACATION':
      return api.delete<ActionResult>(`${base}/vacation`, { headers });
    default: {
      const body: Schemas['ActionRequest'] = { type: action.type };
      if ('item' in action) body.item = action.item;
      return api.post<ActionResult>(`${base}/actions`, body, { headers });
    }
  }
}

export const useActOnPet = (petId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: CareAction) => actOnPet(petId, action),
    onSuccess: (result) => {
      rememberPet(queryClient, result.pet);
      void queryClient.invalidateQueries({ queryKey: queryKeys.journal(petId) });
    },
  });
};
