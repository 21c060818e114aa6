import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RenewalOutcome, RosterFilters, RosterImport, RosterPage, RosterSummary } from '@jifen/contracts';
import { api } from '../../api/client.ts';

export type { RenewalOutcome, RosterEntry, RosterFilters, RosterImport } from '@jifen/contracts';

export const ROSTER_PAGE_SIZE = 20;
export const ROSTER_TEMPLATE_URL = '/api/v1/roster/template.xlsx';

/** The query string of the filters (empty values left out), for the API and the export links. */
export function filterQuery(f: RosterFilters): Record<string, string | undefined> {
  return {
    state: f.state,
    deadlineFrom: f.deadlineFrom,
    deadlineTo: f.deadlineTo,
    expiresOn: f.expiresOn,
    department: f.department,
    q: f.q,
  };
}

export function exportUrl(f: RosterFilters, format: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(filterQuery(f))) if (v) params.set(k, v);
  return `/api/v1/roster/export?${params.toString()}`;
}

/** `enabled`: false while the employer is not verified, when the API would refuse. */
export function useRosterSummary(enabled = true) {
  return useQuery({
    queryKey: ['roster', 'summary'],
    queryFn: () => api.get<RosterSummary>('/api/v1/roster/summary'),
    enabled,
  });
}

/** One keyset page; `after` is the cursor the previous page gave. */
export function useRosterPage(
  filters: RosterFilters,
  after: string | undefined,
  enabled = true,
  limit = ROSTER_PAGE_SIZE,
) {
  return useQuery({
    enabled,
    queryKey: ['roster', 'page', filters, after ?? '', limit],
    queryFn: () => api.get<RosterPage>('/api/v1/roster', { query: { ...filterQuery(filters), after, limit } }),
    placeholderData: keepPreviousData,
  });
}

export function useStartImport() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.request<{ import: RosterImport }>('POST', '/api/v1/roster/imports', { body: form });
    },
  });
}

/** The import's progress, asked every half second while it runs (server-side progress). */
export function useImportProgress(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['roster', 'import', id],
    enabled: id !== undefined,
    queryFn: async () => {
      const view = (await api.get<{ import: RosterImport }>(`/api/v1/roster/imports/${id}`)).import;
      if (view.status !== 'running') void queryClient.invalidateQueries({ queryKey: ['roster', 'summary'] });
      if (view.status !== 'running') void queryClient.invalidateQueries({ queryKey: ['roster', 'page'] });
      return view;
    },
    refetchInterval: (q) => (q.state.data?.status === 'running' || q.state.data === undefined ? 500 : false),
  });
}

export function useStartRenewals() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (holderIds: string[]) =>
      api.post<{ results: RenewalOutcome[] }>('/api/v1/roster/renewals', { holderIds }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['applications'] }),
  });
}
