import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TransferRequestView } from '@jifen/contracts';
import type { AssessmentInput } from '@jifen/domain';
import { api } from '../../../api/client.ts';
import type { ResponseOf } from '../../../api/openapi-types.ts';
import type { HolderDetail } from '../../../api/contract-types.ts';

/** The indicator claims: the assessment input without birth date, age and social insurance. */
export type HolderClaims = Omit<AssessmentInput, 'birthDate' | 'age' | 'socialInsurance'>;

export interface ClaimsView {
  holderId: string;
  claims: HolderClaims | null;
  version: number;
  updatedAt: string | null;
  confirmedAt: string | null;
  confirmedVersion: number | null;
  confirmed: boolean;
}

/** One month of social insurance and income tax (C-1, C-3, S-6, S-9), as the API's contract declares it. */
export type SiMonth = ResponseOf<'/api/v1/holders/{id}/records', 'get'>['records']['months'][number];

export interface RecordsView {
  holderId: string;
  months: SiMonth[];
  version: number;
  updatedAt: string | null;
}

export interface ImportReport {
  mode: 'all-or-nothing' | 'valid-only';
  format: 'csv' | 'xlsx';
  accepted: number;
  rejected: number;
  written: boolean;
  rows: { row: number; month: string | null; ok: boolean; errors: { column: string; message: string }[] }[];
  version: number;
}

export interface RegisterHolder {
  name: string;
  residentId: string;
  mobile: string;
  username: string;
  initialPassword: string;
  permit?: { permitNo: string; expiresOn: string };
}

const holderPath = (id: string) => `/api/v1/holders/${encodeURIComponent(id)}`;

export function useHolder(id: string) {
  return useQuery({
    queryKey: ['holders', id],
    queryFn: async () => (await api.get<{ holder: HolderDetail }>(holderPath(id))).holder,
  });
}

export function useRegisterHolder() {
  const queryClient = useQueryClient();
  return useMutation({
    // 201: registered; 202: the ID is held elsewhere, a transfer request awaits the holder's consent (R-2, issue 17).
    mutationFn: (body: RegisterHolder) =>
      api.post<{ holder: HolderDetail; account: { id: string; username: string } } | { transfer: TransferRequestView }>(
        '/api/v1/holders',
        body,
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['holders'] });
      void queryClient.invalidateQueries({ queryKey: ['transfers'] });
    },
  });
}

/** `holderId` undefined: the signed-in holder's own claims. */
export function useClaims(holderId?: string) {
  return useQuery({
    queryKey: ['claims', holderId ?? 'me'],
    queryFn: async () =>
      (await api.get<{ claims: ClaimsView }>(holderId ? `${holderPath(holderId)}/claims` : '/api/v1/me/claims')).claims,
  });
}

export function useSaveClaims(holderId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { claims: HolderClaims; expectedVersion: number }) =>
      api.request<{ claims: ClaimsView }>('PUT', holderId ? `${holderPath(holderId)}/claims` : '/api/v1/me/claims', {
        body,
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['claims'] }),
  });
}

export function useConfirmClaims() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post<{ claims: ClaimsView }>('/api/v1/me/claims/confirm', { version }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['claims'] }),
  });
}

export function useRecords(holderId: string) {
  return useQuery({
    queryKey: ['records', holderId],
    queryFn: async () => (await api.get<{ records: RecordsView }>(`${holderPath(holderId)}/records`)).records,
  });
}

export function useSaveRecords(holderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { months: SiMonth[]; expectedVersion?: number }) =>
      api.request<{ records: RecordsView }>('PUT', `${holderPath(holderId)}/records`, { body }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['records', holderId] }),
  });
}

/** Uploads a filled template (CSV or XLSX); the answer reports every row. */
export function useImportRecords(holderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mode }: { file: File; mode: ImportReport['mode'] }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.request<{ report: ImportReport } | ImportReport>('POST', `${holderPath(holderId)}/records/import`, {
        body: form,
        query: { mode },
      });
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['records', holderId] }),
  });
}

export const TEMPLATE_URLS = { xlsx: '/api/v1/records/template.xlsx', csv: '/api/v1/records/template.csv' } as const;
