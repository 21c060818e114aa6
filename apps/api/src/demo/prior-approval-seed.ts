import { randomUUID } from 'node:crypto';
import { addDays, addYears, assessPoints, assessmentPolicyOn } from '@jifen/domain';
// A fresh database publishes the shipped data (preparePolicyData), so the demo is made under it.
import { policySet as shippedPolicySet } from '@jifen/policies';
import type { Sql } from '../adapters/db/sql.ts';
import type { Clock } from '../clock.ts';
import { declaredDataHash } from '../modules/applications/applications.checks.ts';
import { insertEvent } from '../modules/applications/applications.repository.ts';
import { loadAssessmentInput } from '../modules/holder-data/holder-data.service.ts';
import type { PiiCipher } from '../security/pii.ts';

interface Deps {
  clock: Clock;
  pii: PiiCipher;
}

/**
 * 李明's points application approved about a year ago, as the talent centre
 * decided it then: the baseline R-1 compares a renewal with (same employer,
 * same declared data). Without it his first renewal in jifen would have
 * nothing to compare with and would go to review, which is right for a
 * holder jifen has never seen approved, but not what the demo shows.
 */
export async function seedPriorApproval(q: Sql, deps: Deps, today: string): Promise<void> {
  const li = await q.maybeOne<{ id: string; employer_id: string; reviewer_id: string; hr_id: string }>(
    `SELECT h.id, h.employer_id,
       (SELECT id FROM users WHERE role = 'reviewer' AND district_code = e.district_code ORDER BY created_at, id LIMIT 1) AS reviewer_id,
       (SELECT id FROM users WHERE role = 'hr' AND employer_id = e.id ORDER BY created_at, id LIMIT 1) AS hr_id
     FROM holders h JOIN employers e ON e.id = h.employer_id WHERE h.name = '李明'`,
  );
  if (!li) return;
  const input = await loadAssessmentInput({ db: q, pii: deps.pii }, li.id);
  if (!input.ok) throw new Error(`demo: 李明's data is not assessable: ${input.error.code}`);
  const issuedOn = addDays(addYears(today, -1), 30);
  const policy = assessmentPolicyOn(shippedPolicySet, issuedOn);
  if (!policy.ok) throw new Error(`demo: no policy on ${issuedOn}: ${policy.error.code}`);
  const assessment = assessPoints(input.value, issuedOn, policy.value);
  const id = randomUUID();
  const at = new Date(`${issuedOn}T10:00:00+08:00`);
  await q.query(
    `INSERT INTO applications (id, holder_id, employer_id, kind, state, version, employer_changed, data_changed, data_hash,
       policy_id, policy_hash, total, notice_issued_on, created_by, created_at, updated_at, idempotency_key, input_enc, submitted_on)
     VALUES ($1, $2, $3, 'first_application', 'approved', 2, false, true, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12, $8)`,
    [
      id,
      li.id,
      li.employer_id,
      declaredDataHash(input.value),
      assessment.policyId,
      assessment.policyHash,
      assessment.total,
      issuedOn,
      li.hr_id,
      at,
      `demo-prior-${id}`,
      // P-3: the input it was decided on, so `jifen replay` can recompute it.
      deps.pii.encrypt('application.input', JSON.stringify(input.value)),
    ],
  );
  await insertEvent(q, {
    id: randomUUID(),
    applicationId: id,
    seq: 2,
    from: 'under_review',
    to: 'approved',
    action: 'approve',
    role: 'reviewer',
    actorId: li.reviewer_id,
    ruleId: 'R-3',
    reason: null,
    policyId: assessment.policyId,
    policyHash: assessment.policyHash,
    checks: null,
    at,
  });
}
