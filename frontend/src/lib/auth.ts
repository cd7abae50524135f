import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

export type Me = Schemas['MeResponse'];
export type RegisterInput = Schemas['RegisterRequest'];
export type LoginInput = Schemas['LoginRequest'];

/** The signed-in user, or `null` for a visitor (the API answers 401). */
export async function getMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/v1/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.me, queryFn: getMe, staleTime: 5 * 60_000 });

export const useMe = () => useQuery(meQueryOptions());

/** The first POST needs the XSRF-TOKEN cookie; this GET makes the server set it. */
async function ensureCsrfCookie() {
  if (!document.cookie.includes('XSRF-TOKEN=')) await api.get('/api/v1/auth/csrf');
}

export async function register(input: RegisterInput): Promise<Me> {
  await ensureCsrfCookie();
  return api.post<Me>('/api/v1/auth/register', input);
}

export async function login(input: LoginInput): Promise<Me> {
  await ensureCsrfCookie();
  return api.post<Me>('/api/v1/auth/login', input);
}

export async function logout(): Promise<void> {
  await ensureCsrfCookie();
  await api.post('/api/v1/auth/logout');
}

/** Signing in or up replaces everything cached for the previous visitor. */
function useSignedIn() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
    queryClient.setQueryData(queryKeys.me, me);
  };
}

export const useRegister = () => useMutation({ mutationFn: register, onSuccess: useSignedIn() });

export const useLogin = () => useMutation({ mutationFn: login, onSuccess: useSignedIn() });

export const useLogout = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
};
