import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

export const deleteAccount = (body: Schemas['DeleteAccountRequest']) =>
  api.delete('/api/v1/me', { body });

export const useDeleteAccount = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
};
