import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

export type SettingsPatch = Schemas['SettingsPatch'];
type Me = Schemas['MeResponse'];

export const updateSettings = (patch: SettingsPatch) => api.patch<Me>('/api/v1/me', patch);

export const useUpdateSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (me) => {
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
};
