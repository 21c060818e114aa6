import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { AuditEntry, AuditVerifyResponse } from '../../api/contract-types.ts';

export function useAuditLog() {
  return useQuery({
    queryKey: ['audit'],
    queryFn: async () => (await api.get<{ entries: AuditEntry[] }>('/api/v1/audit')).entries,
  });
}

/** Recomputes the hash chain on the server; a mutation because the admin asks for it. */
export function useVerifyAuditChain() {
  return useMutation({
    mutationFn: () => api.get<AuditVerifyResponse>('/api/v1/audit/verify'),
  });
}
