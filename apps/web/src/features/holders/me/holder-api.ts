import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import type { HolderDetail } from '../../../api/contract-types.ts';

export function useMyHolder() {
  return useQuery({
    queryKey: ['me', 'holder'],
    queryFn: async () => (await api.get<{ holder: HolderDetail }>('/api/v1/me/holder')).holder,
  });
}
