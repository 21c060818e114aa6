import type { ReplayResponse } from '@jifen/contracts';
import type { ModuleDeps } from '../../deps.ts';
import { replayApplications, type ReplayOutcome } from '../applications/replay.ts';
import { replaySavedAssessments } from '../assessments/replay.ts';
import { replayReviewedTotals } from '../applications/reviewed-total.ts';

/**
 * P-3: every stored decision (submissions and saved assessments)
 * recomputed from its stored inputs under its recorded policy version and
 * parameter hash. Used by `jifen replay` and the administrators' page.
 */
export async function replayDecisions(deps: Pick<ModuleDeps, 'db' | 'pii' | 'policy'>): Promise<ReplayResponse> {
  const set = deps.policy.set();
  const outcomes: (ReplayOutcome & { subjectType: 'application' | 'saved_assessment' })[] = [
    ...(await replayApplications(deps.db, deps.pii, set)).map((o) => ({ ...o, subjectType: 'application' as const })),
    ...(await replaySavedAssessments(deps.db, set)).map((o) => ({ ...o, subjectType: 'saved_assessment' as const })),
    // Issue 18: the reviewed total a notice signs, against its audited decision and its recomputation.
    ...(await replayReviewedTotals(deps.db, deps.pii, set)).map((o) => ({ ...o, subjectType: 'application' as const })),
  ];
  const withoutInput = outcomes.filter((o) => o.problem === 'no_input').length;
  const mismatches = outcomes
    .filter((o) => o.problem !== null && o.problem !== 'no_input')
    .map((o) => ({
      subjectType: o.subjectType,
      subjectId: o.subjectId,
      policyId: o.policyId,
      problem: o.problem as string,
      stored: o.stored,
      replayed: o.replayed,
    }));
  return {
    checked: outcomes.length,
    matched: outcomes.length - withoutInput - mismatches.length,
    withoutInput,
    mismatches,
  };
}
