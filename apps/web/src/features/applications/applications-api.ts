import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type {
  ApplicationAction,
  ApplicationDetail,
  ApplicationKind,
  ApplicationSummary,
  Checklist,
  VisitBooking,
  VisitSlot,
} from './application-types.ts';

const KEY = ['applications'] as const;

/** The applications in scope; `q` searches the number (JF2026-000123, or part of it) and the holder's name. */
export function useApplications(q = '', enabled = true) {
  const search = q.trim();
  return useQuery({
    queryKey: search ? [...KEY, 'search', search] : KEY,
    queryFn: async () =>
      (
        await api.get<{ applications: ApplicationSummary[] }>(
          '/api/v1/applications',
          search ? { query: { q: search } } : undefined,
        )
      ).applications,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: [...KEY, id],
    queryFn: async () =>
      (await api.get<{ application: ApplicationDetail }>(`/api/v1/applications/${encodeURIComponent(id)}`)).application,
  });
}

/** M-1..M-4 for an employer-changed renewal. */
export function useChecklist(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, id, 'checklist'],
    queryFn: async () =>
      (await api.get<{ checklist: Checklist }>(`/api/v1/applications/${encodeURIComponent(id)}/checklist`)).checklist,
    enabled,
  });
}

export interface NewApplication {
  holderId: string;
  kind: ApplicationKind;
  /** One key per form: a retry or a double click never creates a second application. */
  idempotencyKey: string;
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ holderId, kind, idempotencyKey }: NewApplication) =>
      api.request<{ application: ApplicationDetail }>('POST', '/api/v1/applications', {
        body: { holderId, kind },
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export interface ActionCommand {
  id: string;
  action: ApplicationAction;
  expectedVersion: number;
  reason?: string;
}

export function useApplicationAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, expectedVersion, reason }: ActionCommand) =>
      api.post<{ application: ApplicationDetail }>(`/api/v1/applications/${encodeURIComponent(id)}/actions/${action}`, {
        expectedVersion,
        ...(reason ? { reason } : {}),
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useVisitSlots(district: string | undefined, from: string) {
  return useQuery({
    queryKey: ['visit-slots', district ?? '', from],
    queryFn: async () =>
      (await api.get<{ slots: VisitSlot[] }>('/api/v1/visit-slots', { query: { district, from } })).slots,
    placeholderData: keepPreviousData,
  });
}

export type VisitChange = { id: string; method: 'POST' | 'PUT'; slotId: string } | { id: string; method: 'DELETE' };

const visitKey = (id: string) => [...KEY, id, 'visit'] as const;

/** The application's booked visit, or null; it survives a reload. */
export function useVisit(id: string) {
  return useQuery({
    queryKey: visitKey(id),
    queryFn: async () =>
      (await api.get<{ booking: VisitBooking | null }>(`/api/v1/applications/${encodeURIComponent(id)}/visit`)).booking,
  });
}

/** Book, move or cancel the HR specialist's visit to the talent centre. */
export function useChangeVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: VisitChange) => {
      const path = `/api/v1/applications/${encodeURIComponent(change.id)}/visit`;
      if (change.method === 'DELETE') {
        await api.request<unknown>('DELETE', path);
        return null;
      }
      return (await api.request<{ booking: VisitBooking }>(change.method, path, { body: { slotId: change.slotId } }))
        .booking;
    },
    onSuccess: (booking, change) => queryClient.setQueryData(visitKey(change.id), booking),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: KEY });
      void queryClient.invalidateQueries({ queryKey: ['visit-slots'] });
    },
  });
}

export interface NewSlot {
  startsAt: string;
  capacity: number;
}

export function usePublishSlot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (slot: NewSlot) => api.post<{ slot: VisitSlot }>('/api/v1/visit-slots', slot),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['visit-slots'] }),
  });
}
