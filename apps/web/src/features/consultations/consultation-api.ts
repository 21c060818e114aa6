import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConsultationCreated,
  ConsultationItem,
  ConsultationPublicStatus,
  ConsultationStatus,
  CreateConsultationRequest,
  UpdateConsultationRequest,
} from '@jifen/contracts';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/api-error.ts';

export function useCreateConsultation() {
  return useMutation({
    mutationFn: (body: CreateConsultationRequest) => api.post<ConsultationCreated>('/api/v1/consultations', body),
  });
}

/** The public status by reference code; null when there is no such request (withdrawn or purged). */
export function useConsultationStatus(reference: string | null) {
  return useQuery({
    queryKey: ['consultation-status', reference],
    enabled: reference !== null,
    retry: false,
    queryFn: async (): Promise<ConsultationPublicStatus | null> => {
      try {
        return await api.get<ConsultationPublicStatus>(
          `/api/v1/consultations/by-reference/${encodeURIComponent(reference ?? '')}`,
        );
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useWithdrawConsultation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (reference: string) =>
      api.request<void>('DELETE', `/api/v1/consultations/by-reference/${encodeURIComponent(reference)}`),
    onSuccess: (_r, reference) => qc.setQueryData(['consultation-status', reference], null),
  });
}

const QUEUE = ['consultations'] as const;

export function useConsultationQueue(status: ConsultationStatus | undefined) {
  return useQuery({
    queryKey: [...QUEUE, status ?? 'all'],
    queryFn: () =>
      api
        .get<{ consultations: ConsultationItem[] }>('/api/v1/consultations', { query: { status } })
        .then((b) => b.consultations),
  });
}

export function useUpdateConsultation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateConsultationRequest }) =>
      api.request<{ consultation: ConsultationItem }>('PATCH', `/api/v1/consultations/${id}`, { body: patch }),
    onSuccess: () => qc.invalidateQueries({ queryKey: QUEUE }),
  });
}

export function useRevealMobile() {
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<{ mobile: string }>(`/api/v1/consultations/${id}/reveal-mobile`, { reason }),
  });
}
