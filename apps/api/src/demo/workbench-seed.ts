import { randomUUID } from 'node:crypto';
import { addWorkingDays, assessmentPolicyOn, type AssessmentInput } from '@jifen/domain';
// A fresh database publishes the shipped data (preparePolicyData), so the demo is made under it.
import { policySet as shippedPolicySet } from '@jifen/policies';
import type { Sql } from '../adapters/db/sql.ts';
import type { Clock } from '../clock.ts';
import { runSubmissionChecks } from '../modules/applications/applications.checks.ts';
import { insertEvent } from '../modules/applications/applications.repository.ts';
import { loadAssessmentInput } from '../modules/holder-data/holder-data.service.ts';
import type { PiiCipher } from '../security/pii.ts';

/**
 * Issue #12: cases on the centres' workbenches on the demo's own day, so the
 * queue shows them: 杨磊 under review at risk (3 working days left) and 刘洋
 * waiting for the in-person visit, both at 浦东 (徐汇's lists stay
 * empty, as the scope tests expect). Each is stored as a submission leaves it
 * (checks, total, the input it was decided on, so replay agrees, P-3). A due
 * date the calendar cannot give is never guessed: that case is left out.
 */
export async function seedWorkbenchCases(q: Sql, deps: { clock: Clock; pii: PiiCipher }, today: string): Promise<void> {
  const calendar = shippedPolicySet.calendar;
  const atRisk = addWorkingDays(calendar, today, 3);
  const cases: { name: string; state: string; kind: string; due: string | null }[] = [
    { name: '杨磊', state: 'under_review', kind: 'renewal_same_employer', due: atRisk.ok ? atRisk.value : null },
    { name: '刘洋', state: 'awaiting_visit', kind: 'renewal_changed_employer', due: null },
  ];
  const policy = assessmentPolicyOn(shippedPolicySet, today);
  if (!policy.ok) return;
  const declaredInput = (birthDate: string): AssessmentInput => ({
    birthDate,
    education: 'benke_bachelor',
    commendations: ['municipal_bureau'],
    socialInsurance: {
      kind: 'summary',
      qualifyingMonths: 48,
      insuredThisMonth: true,
      monthsPaidInWindow: 12,
      baseMultipleTier: null,
    },
  });
  for (const c of cases) {
    if (c.state === 'under_review' && !c.due) continue;
    const h = await q.maybeOne<{ id: string; employer_id: string; birth_date: string; hr_id: string | null }>(
      `SELECT h.id, h.employer_id, to_char(h.birth_date, 'YYYY-MM-DD') AS birth_date, (SELECT id FROM users WHERE role = 'hr' AND employer_id = h.employer_id ORDER BY created_at, id LIMIT 1) AS hr_id
       FROM holders h WHERE h.name = $1`,
      [c.name],
    );
    if (!h?.hr_id) continue;
    // The holder's recorded data where HR entered it; otherwise what the demo declares for them (a bachelor's degree and a commendation to review).
    const recorded = await loadAssessmentInput({ db: q, pii: deps.pii }, h.id);
    const input = recorded.ok ? recorded : { ok: true as const, value: declaredInput(h.birth_date) };
    const checks = runSubmissionChecks(input.value, today, policy.value);
    // Only a case that could have been submitted, and that waits for no data (P-2 counts stay as the policy pages show them).
    if (checks.blocking.length > 0 || checks.pendingWageYear !== null) continue;
    const id = randomUUID();
    const at = deps.clock.now();
    await q.query(
      `INSERT INTO applications (id, holder_id, employer_id, kind, state, version, employer_changed, data_changed, data_hash, policy_id, policy_hash,
         checks, total, sla_due, created_by, created_at, updated_at, idempotency_key, input_enc, submitted_on)
       VALUES ($1, $2, $3, $4, $5, 2, $6, true, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15, $16, $17)`,
      [
        id,
        h.id,
        h.employer_id,
        c.kind,
        c.state,
        c.kind === 'renewal_changed_employer',
        checks.dataHash,
        checks.policyId,
        checks.policyHash,
        JSON.stringify(checks.checks),
        checks.total,
        c.due,
        h.hr_id,
        at,
        `demo-workbench-${id}`,
        deps.pii.encrypt('application.input', JSON.stringify(input.value)),
        today,
      ],
    );
    await insertEvent(q, {
      id: randomUUID(),
      applicationId: id,
      seq: 2,
      from: 'submitted',
      to: c.state,
      action: c.state === 'awaiting_visit' ? 'route_to_visit' : 'route_to_review',
      role: 'system',
      actorId: null,
      ruleId: c.state === 'awaiting_visit' ? 'R-2' : 'R-3',
      reason: null,
      policyId: checks.policyId,
      policyHash: checks.policyHash,
      checks: checks.checks,
      at,
    });
  }
}
