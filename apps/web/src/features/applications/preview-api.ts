import { useQuery } from '@tanstack/react-query';
import type { ApplicationPreview } from '@jifen/contracts';
import { api } from '../../api/client.ts';

/** The confirmation's engine lines (issue 17): computed today by the server, refreshed with the application. */
export function useApplicationPreview(id: string, enabled = true) {
  return useQuery({
    queryKey: ['applications', id, 'preview'],
    queryFn: async () =>
      (await api.get<{ preview: ApplicationPreview }>(`/api/v1/applications/${encodeURIComponent(id)}/preview`))
        .preview,
    enabled,
  });
}
