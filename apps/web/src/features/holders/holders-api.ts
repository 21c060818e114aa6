import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { HolderSummary } from '../../api/contract-types.ts';

/** The holders the signed-in user may see; the API scopes by employer or district. */
export function useHolders(enabled = true) {
  return useQuery({
    queryKey: ['holders'],
    queryFn: async () => (await api.get<{ holders: HolderSummary[] }>('/api/v1/holders')).holders,
    enabled,
  });
}
