import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Employer } from '../../api/contract-types.ts';

const PENDING_KEY = ['employers', 'pending'] as const;

export function usePendingEmployers() {
  return useQuery({
    queryKey: PENDING_KEY,
    queryFn: async () =>
      (await api.get<{ employers: Employer[] }>('/api/v1/employers', { query: { status: 'pending' } })).employers,
  });
}

export interface EmployerDecision {
  id: string;
  decision: 'verify' | 'reject';
  reason?: string;
}

/** Verify or reject a pending employer; the list refreshes afterwards. */
export function useDecideEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, reason }: EmployerDecision) =>
      api.post<{ employer: Employer }>(
        `/api/v1/employers/${encodeURIComponent(id)}/${decision}`,
        decision === 'reject' ? { reason } : {},
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['employers'] }),
  });
}
