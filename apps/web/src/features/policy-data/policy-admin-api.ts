import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalendarDraftRequest,
  ComparisonResponse,
  PolicyDocumentKind,
  PolicyDocumentResponse,
  PolicyDocumentsResponse,
  PolicyImpactResponse,
  PolicyPendingResponse,
  PublishPolicyResponse,
  ReplayResponse,
  VersionDraftRequest,
  WageDraftRequest,
  WageImpactResponse,
} from '@jifen/contracts';
import { api } from '../../api/client.ts';
import { POLICY_DATA_QUERY_KEY } from '../../api/policy-data.ts';

const BASE = '/api/v1/admin/policy';
const KEY = ['admin', 'policy'] as const;

export function usePolicyDocuments(kind: PolicyDocumentKind) {
  return useQuery({
    queryKey: [...KEY, 'documents', kind],
    queryFn: async () => (await api.get<PolicyDocumentsResponse>(`${BASE}/documents`, { query: { kind } })).documents,
  });
}

/** One document with its content (versions: every parameter with its source), fetched when an action opens it. */
export function useFetchPolicyDocument() {
  const client = useQueryClient();
  return (id: string) =>
    client.fetchQuery({
      queryKey: [...KEY, 'document', id],
      queryFn: async () => (await api.get<PolicyDocumentResponse>(`${BASE}/documents/${id}`)).document,
    });
}

export function usePolicyPending() {
  return useQuery({
    queryKey: [...KEY, 'pending'],
    queryFn: async () => (await api.get<PolicyPendingResponse>(`${BASE}/pending`)).items,
    staleTime: 60_000,
  });
}

/** Everything a change touches: the lists, the pending data and the public policy data. */
function useInvalidatePolicy() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: KEY });
    await client.invalidateQueries({ queryKey: POLICY_DATA_QUERY_KEY });
  };
}

type DraftPath = 'calendars' | 'wages' | 'versions';
interface DraftBodies {
  calendars: CalendarDraftRequest;
  wages: WageDraftRequest;
  versions: VersionDraftRequest;
}

/** POST a new draft, or PUT over an existing draft (`id`). */
export function useSaveDraft<P extends DraftPath>(path: P) {
  const invalidate = useInvalidatePolicy();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string | null; body: DraftBodies[P] }) => {
      const response = id
        ? await api.request<PolicyDocumentResponse>('PUT', `${BASE}/${path}/${id}`, { body })
        : await api.post<PolicyDocumentResponse>(`${BASE}/${path}`, body);
      return response.document;
    },
    onSuccess: invalidate,
  });
}

export function usePublishDocument() {
  const invalidate = useInvalidatePolicy();
  return useMutation({
    mutationFn: (id: string) => api.post<PublishPolicyResponse>(`${BASE}/documents/${id}/publish`),
    onSuccess: invalidate,
  });
}

export function useDiscardDocument() {
  const invalidate = useInvalidatePolicy();
  return useMutation({
    mutationFn: async (id: string) =>
      (await api.post<PolicyDocumentResponse>(`${BASE}/documents/${id}/discard`)).document,
    onSuccess: invalidate,
  });
}

/** What publishing would change; fetched when the impact dialog opens, never cached. */
export function usePolicyImpact(id: string | null) {
  return useQuery({
    queryKey: [...KEY, 'impact', id],
    enabled: id !== null,
    queryFn: () => api.get<PolicyImpactResponse>(`${BASE}/documents/${id ?? ''}/impact`),
    staleTime: 0,
  });
}

export interface CompareParams {
  a: string;
  b: string;
  asOf: string;
}

export function useCompare(params: CompareParams | null) {
  return useQuery({
    queryKey: [...KEY, 'compare', params],
    enabled: params !== null,
    queryFn: () => api.get<ComparisonResponse>(`${BASE}/compare`, { query: { ...params } }),
  });
}

export function useReplay() {
  return useMutation({ mutationFn: () => api.post<ReplayResponse>(`${BASE}/replay`) });
}

/** Issue 19: who changes S-9 / S-4 tier under a wage draft (recomputed on each open). */
export function useWageImpact(id: string | null) {
  return useQuery({
    queryKey: [...KEY, 'wage-impact', id],
    enabled: id !== null,
    queryFn: () => api.get<WageImpactResponse>(`${BASE}/documents/${id ?? ''}/wage-impact`),
    staleTime: 0,
  });
}
