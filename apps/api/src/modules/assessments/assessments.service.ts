import type { AssessResponse, SavedAssessment } from '@jifen/contracts';
import {
  ageInputError,
  assessmentPolicyOn,
  assessWithOutlook,
  laterPoliciesOf,
  type AssessmentInput,
  type PolicySet,
} from '@jifen/domain';
import { randomUUID } from 'node:crypto';
import type { AuthUser } from '../../access.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { insertSavedAssessment, listSavedAssessments, type SavedAssessmentRow } from './assessments.repository.ts';

export interface AssessBody {
  input: AssessmentInput;
  asOf?: string | undefined;
}

/**
 * S-17 with P-3: the policy version in force on `asOf`, the explained
 * assessment, the ranked what-ifs and the earliest date reaching the
 * standard score. The public page runs exactly these domain calls in the
 * browser; `assessments.parity.test.ts` holds the two to the same answer.
 */
export function evaluate(set: PolicySet, body: AssessBody, today: string): AssessResponse {
  const asOf = body.asOf ?? today;
  const policy = assessmentPolicyOn(set, asOf);
  if (!policy.ok) {
    throw new AppError({ ...policy.error, code: 'VALIDATION.AS_OF' }, [
      { path: 'body.asOf', message: policy.error.message },
    ]);
  }
  // S-2: the schema cannot see asOf; a birth date after it, or under 16 on it, is the caller's error (400), never 30 points.
  const age = ageInputError(body.input, asOf);
  if (age) {
    const field = String((age.details as { path?: string } | undefined)?.path ?? 'birthDate');
    throw new AppError(age, [{ path: `body.input.${field}`, message: age.message }]);
  }
  const p = policy.value;
  // One working-out of the facts for all three (issue 20); the same answers as the page's three calls.
  // The earliest date follows the versions in force after asOf (P-1).
  const { assessment, improvements, earliest } = assessWithOutlook(body.input, asOf, p, laterPoliciesOf(set, asOf));
  return { policy: { id: p.id, hash: p.hash }, assessment, improvements, earliest };
}

export function assess(deps: Pick<ModuleDeps, 'clock' | 'policy'>, body: AssessBody): AssessResponse {
  return evaluate(deps.policy.set(), body, shanghaiDate(deps.clock.now()));
}

function toSaved(r: SavedAssessmentRow): SavedAssessment {
  return {
    id: r.id,
    label: r.label,
    asOf: r.as_of,
    total: r.total,
    meetsStandard: r.meets_standard,
    eligible: r.eligible,
    policy: { id: r.policy_id, hash: r.policy_hash },
    input: r.input,
    createdAt: r.created_at.toISOString(),
  };
}

/** A holder keeps an assessment: recomputed here, stored with its policy id and hash (P-3). */
export async function saveAssessment(
  deps: Pick<ModuleDeps, 'clock' | 'db' | 'policy'>,
  user: AuthUser,
  body: AssessBody & { label?: string | undefined },
): Promise<SavedAssessment> {
  const result = assess(deps, body);
  const a = result.assessment;
  const row: SavedAssessmentRow = {
    id: randomUUID(),
    user_id: user.id,
    label: body.label ? body.label : null,
    as_of: a.asOf,
    input: body.input as unknown as Record<string, unknown>,
    total: a.total,
    meets_standard: a.meetsStandard,
    eligible: a.eligible,
    policy_id: result.policy.id,
    policy_hash: result.policy.hash,
    created_at: deps.clock.now(),
  };
  await insertSavedAssessment(deps.db, row);
  return toSaved(row);
}

export async function listOwnAssessments(deps: Pick<ModuleDeps, 'db'>, user: AuthUser): Promise<SavedAssessment[]> {
  return (await listSavedAssessments(deps.db, user.id)).map(toSaved);
}
