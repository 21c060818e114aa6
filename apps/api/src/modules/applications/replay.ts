import { getPolicy, type AssessmentInput, type PolicySet } from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';
import type { PiiCipher } from '../../security/pii.ts';
import { runSubmissionChecks } from './applications.checks.ts';
import { replayableApplication, replayableApplications, type ReplayRow } from './pending-data.repository.ts';

export interface ReplayOutcome {
  subjectId: string;
  policyId: string;
  /** null when the decision was stored without its input (before inputs were kept). */
  problem: string | null | 'no_input';
  stored: unknown;
  replayed: unknown;
}

const verdicts = (checks: unknown): string[] =>
  Array.isArray(checks)
    ? (checks as { ruleId: string; passed: boolean }[]).map((c) => `${c.ruleId}:${c.passed ? 'met' : 'not met'}`)
    : [];

/**
 * P-3: every submission recomputed from the input it was decided on, under
 * its recorded policy version, whose parameter hash must be the recorded one.
 * The total and every check's verdict must come out the same.
 */
export async function replayApplications(q: Sql, pii: PiiCipher, set: PolicySet): Promise<ReplayOutcome[]> {
  return (await replayableApplications(q)).map((row) => replayRow(row, pii, set));
}

/** One application's submission replayed (issue 18: before its points notice is signed); undefined when it was never decided. */
export async function replayApplication(
  q: Sql,
  pii: PiiCipher,
  set: PolicySet,
  id: string,
): Promise<ReplayOutcome | undefined> {
  const row = await replayableApplication(q, id);
  return row && replayRow(row, pii, set);
}

function replayRow(row: ReplayRow, pii: PiiCipher, set: PolicySet): ReplayOutcome {
  const base = { subjectId: row.id, policyId: row.policy_id };
  if (!row.input_enc || !row.submitted_on) return { ...base, problem: 'no_input', stored: null, replayed: null };
  const version = getPolicy(set, row.policy_id);
  if (!version.ok)
    return {
      ...base,
      problem: `policy version ${row.policy_id} is no longer loaded`,
      stored: row.policy_id,
      replayed: null,
    };
  if (version.value.hash !== row.policy_hash) {
    return {
      ...base,
      problem: 'the parameter hash differs from the recorded one',
      stored: row.policy_hash,
      replayed: version.value.hash,
    };
  }
  const input = JSON.parse(pii.decrypt('application.input', row.input_enc)) as AssessmentInput;
  const replay = runSubmissionChecks(input, row.submitted_on, {
    id: version.value.id,
    hash: version.value.hash,
    params: version.value.params,
    wages: set.wages,
  });
  const stored = { total: row.total === null ? null : Number(row.total), checks: verdicts(row.checks) };
  const replayed = { total: replay.total, checks: row.checks === null ? [] : verdicts(replay.checks) };
  const same = stored.total === replayed.total && JSON.stringify(stored.checks) === JSON.stringify(replayed.checks);
  return { ...base, problem: same ? null : 'the recomputed result differs', stored, replayed };
}
