import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { loadPolicySet, type PolicySet } from '@jifen/domain';
import { recentPolicySet as bundledPolicySet } from '@jifen/policies/recent';
import type { PolicyDataResponse } from '@jifen/contracts';
import { api } from './client.ts';

export const POLICY_DATA_QUERY_KEY = ['policy', 'data'] as const;

/** Where the set in use came from: the API's published data, or the bundle while that is missing. */
export interface PolicySetInUse {
  set: PolicySet;
  source: 'published' | 'bundled';
  /** The published data's revision, when it is the one in use. */
  revision: string | null;
}

const BUNDLED: PolicySetInUse = { set: bundledPolicySet, source: 'bundled', revision: null };

/**
 * Validates the published data with the same loader the API uses (P-1, P-2).
 * Data that does not load never replaces the bundle: a broken answer must
 * not leave the page without a policy. Memoised by revision, because
 * validation builds the whole working calendar.
 */
let lastLoaded: { revision: string; inUse: PolicySetInUse } | null = null;
export function policySetFrom(data: PolicyDataResponse | undefined): PolicySetInUse {
  // Anything that is not the published data's shape (a proxy's error page, an old server) leaves the bundle in use.
  if (!data || !Array.isArray(data.versions) || !Array.isArray(data.calendars) || typeof data.revision !== 'string')
    return BUNDLED;
  if (lastLoaded && lastLoaded.revision === data.revision) return lastLoaded.inUse;
  const loaded = loadPolicySet({ versions: data.versions, calendars: data.calendars, wages: data.wages });
  const inUse: PolicySetInUse = loaded.ok
    ? { set: loaded.value, source: 'published', revision: data.revision }
    : BUNDLED;
  lastLoaded = { revision: data.revision, inUse };
  return inUse;
}

/** Unlike the staff queries, a failure here is not shown: the bundle stands in. */
async function fetchPolicyData(): Promise<PolicyDataResponse> {
  return api.get<PolicyDataResponse>('/api/v1/policy/data');
}

/**
 * The policy set every browser-side computation uses: the data published
 * by the administrators (GET /api/v1/policy/data, cached for a few
 * minutes), falling back to the bundled @jifen/policies set until it
 * arrives or when it cannot be fetched or validated.
 */
export function usePolicySetInUse(): PolicySetInUse {
  const query = useQuery({
    queryKey: POLICY_DATA_QUERY_KEY,
    queryFn: fetchPolicyData,
    staleTime: 5 * 60_000,
    gcTime: 30 * 60_000,
  });
  return useMemo(() => policySetFrom(query.data), [query.data]);
}

/** Only the set, for the computations themselves. */
export function usePolicySet(): PolicySet {
  return usePolicySetInUse().set;
}
