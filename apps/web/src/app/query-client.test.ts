import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { SESSION_QUERY_KEY } from '../features/auth/session-api.ts';
import { createQueryClient } from './query-client.ts';

describe('createQueryClient', () => {
  it('forgets the session when any query answers 401', async () => {
    const client = createQueryClient();
    client.setQueryData(SESSION_QUERY_KEY, { id: 'u1', username: 'hr.acme' });
    await client
      .fetchQuery({
        queryKey: ['holders'],
        queryFn: () => Promise.reject(new ApiError(401, 'AUTH.UNAUTHENTICATED', '请先登录')),
      })
      .catch(() => undefined);
    expect(client.getQueryData(SESSION_QUERY_KEY)).toBeNull();
  });

  it('keeps the session on a 403', async () => {
    const client = createQueryClient();
    client.setQueryData(SESSION_QUERY_KEY, { id: 'u1' });
    await client
      .fetchQuery({
        queryKey: ['users'],
        queryFn: () => Promise.reject(new ApiError(403, 'AUTH.FORBIDDEN', '无权访问')),
      })
      .catch(() => undefined);
    expect(client.getQueryData(SESSION_QUERY_KEY)).toEqual({ id: 'u1' });
  });
});
