import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export interface ServiceCentre {
  id: string;
  name: string;
  kind: 'community' | 'talent';
}

export interface District {
  code: string;
  name: string;
  centres: ServiceCentre[];
}

/** Shanghai's districts with their service centres (public, rarely changes). */
export function useDistricts() {
  return useQuery({
    queryKey: ['districts'],
    queryFn: async () => (await api.get<{ districts: District[] }>('/api/v1/districts')).districts,
    staleTime: 60 * 60_000,
  });
}
