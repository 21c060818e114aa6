import { useQuery } from '@tanstack/react-query';
import type { PointsRecordResponse } from '@jifen/contracts';
import { api } from '../../api/client.ts';

/** The holder's own points record, its state history and reminders (issue 13). */
export function useMyPointsRecord() {
  return useQuery({
    queryKey: ['me', 'points-record'],
    queryFn: () => api.get<PointsRecordResponse>('/api/v1/points-records/mine'),
  });
}
