import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FalseMaterialView,
  IndicatorDecisionRequest,
  MaterialsCheckRequest,
  MaterialsCheckResponse,
  ReviewView,
  ReviewQueueQuery,
  ReviewQueueResponse,
} from '@jifen/contracts';
import { api } from '../../api/client.ts';

const KEY = ['workbench'] as const;
const APPS = ['applications'] as const;
const enc = encodeURIComponent;

/** One page of the queue (issue 20): the filters, `page` and `pageSize` go to the server, which pages and counts. */
export function useWorkbench(query: ReviewQueueQuery) {
  const params = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as Record<
    string,
    string | number
  >;
  return useQuery({
    queryKey: [...KEY, params],
    queryFn: () => api.get<ReviewQueueResponse>('/api/v1/review/queue', { query: params }),
    placeholderData: keepPreviousData,
  });
}

export function useReview(applicationId: string) {
  return useQuery({
    queryKey: [...APPS, applicationId, 'review'],
    queryFn: async () =>
      (await api.get<{ review: ReviewView }>(`/api/v1/applications/${enc(applicationId)}/review`)).review,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: KEY });
    void client.invalidateQueries({ queryKey: APPS });
  };
}

export function useClaim() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/v1/applications/${enc(id)}/claim`),
    onSettled: done,
  });
}

export function useHandover() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ id, toUserId }: { id: string; toUserId: string }) =>
      api.post<{ assignee: { id: string; name: string } }>(`/api/v1/applications/${enc(id)}/handover`, { toUserId }),
    onSettled: done,
  });
}

export function useCheckMaterials() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MaterialsCheckRequest }) =>
      api.post<MaterialsCheckResponse>(`/api/v1/applications/${enc(id)}/materials`, body),
    onSettled: done,
  });
}

export function useRetrieveFile() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/v1/applications/${enc(id)}/review/file-retrieval`),
    onSettled: done,
  });
}

export function useDecideIndicator() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ id, indicator, body }: { id: string; indicator: string; body: IndicatorDecisionRequest }) =>
      api.request('PUT', `/api/v1/applications/${enc(id)}/review/indicators/${enc(indicator)}`, { body }),
    onSettled: done,
  });
}

export function useFalseMaterial() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ id, expectedVersion, reason }: { id: string; expectedVersion: number; reason: string }) =>
      api.post(`/api/v1/applications/${enc(id)}/review/false-material`, { expectedVersion, reason }),
    onSettled: done,
  });
}

export function useMyFindings() {
  return useQuery({
    queryKey: ['me', 'false-material-findings'],
    queryFn: async () =>
      (await api.get<{ findings: FalseMaterialView[] }>('/api/v1/me/false-material-findings')).findings,
  });
}

export const receiptUrl = (applicationId: string) => `/api/v1/applications/${enc(applicationId)}/receipt.pdf`;
