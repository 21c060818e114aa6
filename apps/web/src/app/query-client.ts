import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error.ts';
import { SESSION_QUERY_KEY } from '../features/auth/session-api.ts';

/**
 * Retry only what may heal (network trouble and 5xx, never 4xx). A 401 on
 * any call means the session ended (idle timeout, logout elsewhere): the
 * session is forgotten and the guard sends the user to login, with the page
 * to come back to.
 */
export function createQueryClient(): QueryClient {
  const forgetSessionOn401 = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && client.getQueryData(SESSION_QUERY_KEY)) {
      client.setQueryData(SESSION_QUERY_KEY, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: forgetSessionOn401 }),
    mutationCache: new MutationCache({ onError: forgetSessionOn401 }),
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
  return client;
}
