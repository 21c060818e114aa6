import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CreateUserRequest, UserRecord } from '../../api/contract-types.ts';

export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: async () => (await api.get<{ users: UserRecord[] }>('/api/v1/users')).users,
  });
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateUserRequest) => api.post<{ user: UserRecord }>('/api/v1/users', request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
