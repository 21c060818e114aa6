import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { AuditEntry, AuditVerifyResponse } from '../../api/contract-types.ts';

/** The server-side filters of `GET /api/v1/audit`; every field optional. */
export interface AuditFilters {
  actorId?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  from?: string;
  to?: string;
}

export const AUDIT_FILTER_KEYS = ['actorId', 'action', 'subjectType', 'subjectId', 'from', 'to'] as const;

export const PAGE_SIZE = 50;

export function auditUrl(filters: AuditFilters, before?: number): string {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  params.set('limit', String(PAGE_SIZE));
  if (before !== undefined) params.set('before', String(before));
  return `/api/v1/audit?${params.toString()}`;
}

/** Keyset pages, newest first: each next page starts before the last entry shown. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api.get<{ entries: AuditEntry[]; nextBefore: number | null }>(auditUrl(filters, pageParam)),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/** Recomputes the hash chain on the server; a mutation because the admin asks for it. */
export function useVerifyAuditChain() {
  return useMutation({
    mutationFn: () => api.get<AuditVerifyResponse>('/api/v1/audit/verify'),
  });
}
