import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/api-error.ts';
import type { SessionUser } from '../../api/contract-types.ts';

export const SESSION_QUERY_KEY = ['auth', 'me'] as const;

/**
 * The signed-in user, or null for a visitor: /auth/session answers 200 either
 * way, so an anonymous page logs no failed request (issue 22). A 401 (a
 * session that ended mid-request) still reads as signed out.
 */
async function fetchSessionUser(): Promise<SessionUser | null> {
  try {
    const body = await api.get<{ user: SessionUser | null }>('/api/v1/auth/session');
    return body.user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_QUERY_KEY, queryFn: fetchSessionUser, staleTime: 60_000, retry: false });
}

export interface Credentials {
  username: string;
  password: string;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      api.resetCsrfToken();
      const body = await api.post<{ user: SessionUser }>('/api/v1/auth/login', credentials);
      api.resetCsrfToken();
      return body.user;
    },
    onSuccess: (user) => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, user);
    },
  });
}

/**
 * Signs out. `leave` runs before the session is cleared: the signed-in page
 * must be left first, or its guard sees no session and sends the user to
 * /login?next=<that page>, racing the navigation to /login.
 */
export function useLogout(leave: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post<void>('/api/v1/auth/logout');
      } finally {
        api.resetCsrfToken();
      }
    },
    onSettled: () => {
      leave();
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
  });
}
