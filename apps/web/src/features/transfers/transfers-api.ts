import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HolderTransferView, TransferRequestView } from '@jifen/contracts';
import { api } from '../../api/client.ts';

const HR_KEY = ['transfers'] as const;
const MINE_KEY = ['me', 'transfers'] as const;

/** The employer's transfer requests (R-2, issue 17). */
export function useTransferRequests() {
  return useQuery({
    queryKey: HR_KEY,
    queryFn: async () => (await api.get<{ transfers: TransferRequestView[] }>('/api/v1/transfers')).transfers,
  });
}

export function useInviteForTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<{ requested: true }>(`/api/v1/transfers/${encodeURIComponent(id)}/holder-invitation`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: HR_KEY }),
  });
}

export function useRecordTransferPaper() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, signedOn, scan }: { id: string; signedOn: string; scan: File }) => {
      const form = new FormData();
      form.append('file', scan, scan.name);
      return (
        await api.request<{ transfer: TransferRequestView }>(
          'POST',
          `/api/v1/transfers/${encodeURIComponent(id)}/paper-consent`,
          { body: form, query: { signedOn } },
        )
      ).transfer;
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: HR_KEY });
      void queryClient.invalidateQueries({ queryKey: ['holders'] });
    },
  });
}

/** The signed-in holder's transfer requests. */
export function useMyTransfers() {
  return useQuery({
    queryKey: MINE_KEY,
    queryFn: async () => (await api.get<{ transfers: HolderTransferView[] }>('/api/v1/me/transfers')).transfers,
  });
}

export function useDecideTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, decision }: { id: string; decision: 'accept' | 'decline' }) =>
      (await api.post<{ transfer: HolderTransferView }>(`/api/v1/me/transfers/${encodeURIComponent(id)}/${decision}`))
        .transfer,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: MINE_KEY });
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
