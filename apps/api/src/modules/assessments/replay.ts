import { assessPoints, getPolicy, type AssessmentInput, type PolicySet } from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ReplayOutcome } from '../applications/replay.ts';
import { allSavedAssessments } from './assessments.repository.ts';

/** P-3: every saved assessment recomputed from its stored input under its recorded version and parameter hash. */
export async function replaySavedAssessments(q: Sql, set: PolicySet): Promise<ReplayOutcome[]> {
  const out: ReplayOutcome[] = [];
  for (const row of await allSavedAssessments(q)) {
    const base = { subjectId: row.id, policyId: row.policy_id };
    const version = getPolicy(set, row.policy_id);
    if (!version.ok) {
      out.push({
        ...base,
        problem: `policy version ${row.policy_id} is no longer loaded`,
        stored: row.policy_id,
        replayed: null,
      });
      continue;
    }
    if (version.value.hash !== row.policy_hash) {
      out.push({
        ...base,
        problem: 'the parameter hash differs from the recorded one',
        stored: row.policy_hash,
        replayed: version.value.hash,
      });
      continue;
    }
    const a = assessPoints(row.input as unknown as AssessmentInput, row.as_of, {
      id: version.value.id,
      hash: version.value.hash,
      params: version.value.params,
      wages: set.wages,
    });
    const stored = { total: row.total, meetsStandard: row.meets_standard, eligible: row.eligible };
    const replayed = { total: a.total, meetsStandard: a.meetsStandard, eligible: a.eligible };
    out.push({
      ...base,
      problem: JSON.stringify(stored) === JSON.stringify(replayed) ? null : 'the recomputed result differs',
      stored,
      replayed,
    });
  }
  return out;
}
