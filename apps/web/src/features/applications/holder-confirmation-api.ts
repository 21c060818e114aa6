import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ApplicationDetail } from './application-types.ts';

const KEY = ['applications'] as const;

export interface Invitation {
  mobile: string;
  expiresAt: string;
  applicationNumber: string;
}

/** HR sends the holder of a draft the activation SMS (a one-time link, issue #10). */
export function useInviteHolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (applicationId: string) =>
      (
        await api.post<{ invitation: Invitation }>(
          `/api/v1/applications/${encodeURIComponent(applicationId)}/holder-invitation`,
        )
      ).invitation,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export interface PaperConfirmationInput {
  applicationId: string;
  expectedVersion: number;
  signedOn: string;
  scan: File;
}

/** HR records the holder's signed paper confirmation with its scan; the draft is confirmed on the holder's behalf. */
export function useRecordPaperConfirmation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ applicationId, expectedVersion, signedOn, scan }: PaperConfirmationInput) => {
      const form = new FormData();
      form.append('file', scan, scan.name);
      return (
        await api.request<{ application: ApplicationDetail }>(
          'POST',
          `/api/v1/applications/${encodeURIComponent(applicationId)}/paper-confirmation`,
          {
            body: form,
            query: { signedOn, expectedVersion: String(expectedVersion) },
          },
        )
      ).application;
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** The public activation page: is the link good, then set the password. */
export const checkActivation = (token: string) =>
  api.post<{ holderName: string; expiresAt: string }>('/api/v1/activation/check', { token });
export const activateAccount = (body: { token: string; username: string; password: string }) =>
  api.post<{ username: string }>('/api/v1/activation', body);
