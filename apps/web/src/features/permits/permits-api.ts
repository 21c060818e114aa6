import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { HolderSummary, LifecycleState } from '../../api/contract-types.ts';

export interface Permit {
  id: string;
  permitNo: string;
  issuedOn: string;
  expiresOn: string;
}

export interface Endorsement {
  id: string;
  permitId: string;
  centre: { id: string; name: string };
  endorsedOn: string;
  previousExpiresOn: string;
  newExpiresOn: string;
  daysOverdue: number;
  lifecycleState: LifecycleState;
  holdingYearsRestart: boolean;
  pointsNeedNewApplication: boolean;
  policyId: string;
  createdAt: string;
}

/** L-7: when the renewed permit should reach the points system; advice, never a block. */
export interface SyncAdvice {
  endorsedOn: string;
  expectedSyncDate: string;
  workingDays: number;
  advice: string;
}

export interface PermitHistory {
  holderId: string;
  holdingSince: string | null;
  current: Permit | null;
  lifecycle: HolderSummary['lifecycle'];
  permits: Permit[];
  endorsements: Endorsement[];
  sync: SyncAdvice | null;
}

export interface EndorseResult {
  endorsement: Endorsement;
  notes: string[];
  sync: SyncAdvice | null;
  history: PermitHistory;
}

/** The clerk's city-wide lookup by full resident ID (audited by the API). */
export function usePermitLookup(residentId: string | null) {
  return useQuery({
    queryKey: ['permits', 'lookup', residentId],
    queryFn: () =>
      api.get<{ holder: HolderSummary; history: PermitHistory }>('/api/v1/permits/lookup', {
        query: { residentId: residentId ?? '' },
      }),
    enabled: residentId !== null,
    retry: false,
  });
}

export function usePermitHistory(holderId: string | undefined) {
  return useQuery({
    queryKey: ['permits', 'history', holderId],
    queryFn: async () =>
      (await api.get<{ history: PermitHistory }>(`/api/v1/holders/${encodeURIComponent(holderId ?? '')}/permits`))
        .history,
    enabled: holderId !== undefined,
  });
}

export function useEndorse(holderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { endorsedOn: string; newExpiresOn: string }) =>
      api.post<EndorseResult>(`/api/v1/holders/${encodeURIComponent(holderId)}/endorsements`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['permits'] }),
  });
}

export interface NewPermitResult {
  notes: string[];
  history: PermitHistory;
}

/** L-5 (issue 17): the clerk records a newly issued permit for a holder whose permit lapsed. */
export function useRecordNewPermit(holderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { permitNo: string; issuedOn: string; expiresOn: string }) =>
      api.post<NewPermitResult>(`/api/v1/holders/${encodeURIComponent(holderId)}/new-permits`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['permits'] }),
  });
}
