import { msg } from '@jifen/messages';
import { randomUUID } from 'node:crypto';
import type { DueDateChange, PolicyPendingResponse } from '@jifen/contracts';
import {
  addWorkingDays,
  getPolicy,
  selectPolicy,
  type AssessmentInput,
  type AssessmentPolicy,
  type Intent,
  type PolicySet,
} from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { runSubmissionChecks } from './applications.checks.ts';
import { rerouteAfterPublication, type PublicationCause } from './applications.system-moves.ts';
import { storeMessages } from './applications.intents.ts';
import { findApplication, insertEvent } from './applications.repository.ts';
import {
  pendingCheckRows,
  pendingCounts,
  reviewClocks,
  setComputedChecks,
  setReviewDue,
  type ReviewClockRow,
} from './pending-data.repository.ts';

/**
 * P-2 "never block a holder on missing data": a submission whose review due
 * date needs an unpublished calendar year, or whose checks need an
 * unpublished average wage, is accepted and stored with the date or checks
 * pending. When the data is published, everything pending is computed,
 * audited and the people concerned are told, in the publishing transaction,
 * and each case in review is routed again as at submission (issue 17): an
 * R-1 renewal whose checks now all pass is approved automatically.
 */

interface DueOutcome {
  due: string | null;
  pendingYear: number | null;
}

/** The review due date of a clock started on `startedOn` under `set` (R-3, D-2), or the year still missing. */
function dueUnder(set: PolicySet, startedOn: string): DueOutcome | null {
  const policy = selectPolicy(set, startedOn);
  if (!policy.ok) return null;
  const due = addWorkingDays(set.calendar, startedOn, policy.value.params.workflow.reviewWorkingDays);
  if (due.ok) return { due: due.value, pendingYear: null };
  const year = (due.error.details as { year?: unknown } | undefined)?.year;
  return due.error.code === 'CALENDAR.YEAR_MISSING' && typeof year === 'number'
    ? { due: null, pendingYear: year }
    : null;
}

function changes(rows: readonly ReviewClockRow[], set: PolicySet): (DueDateChange & { row: ReviewClockRow })[] {
  const out: (DueDateChange & { row: ReviewClockRow })[] = [];
  for (const row of rows) {
    const next = dueUnder(set, row.sla_started_on);
    if (!next) continue;
    if (next.due === row.sla_due && next.pendingYear === row.sla_pending_year) continue;
    out.push({
      row,
      applicationId: row.id,
      holderName: row.holder_name,
      startedOn: row.sla_started_on,
      before: row.sla_due,
      after: next.due,
      stillPendingYear: next.pendingYear,
    });
  }
  return out;
}

/** The review due dates a candidate policy set would set or move (shown before publishing a calendar). */
export async function dueDateImpact(q: Sql, set: PolicySet): Promise<DueDateChange[]> {
  return changes(await reviewClocks(q), set).map(({ row: _row, ...c }) => c);
}

async function tell(
  q: Sql,
  deps: ModuleDeps,
  applicationId: string,
  state: string,
  version: number,
  action: string,
  intents: Intent[],
  at: Date,
  policy: { id: string | null; hash: string | null },
  checks: unknown = null,
): Promise<void> {
  const eventId = randomUUID();
  await insertEvent(q, {
    id: eventId,
    applicationId,
    seq: version,
    from: state,
    to: state,
    action,
    role: 'system',
    actorId: null,
    ruleId: 'P-2',
    reason: null,
    policyId: policy.id,
    policyHash: policy.hash,
    checks: checks as never,
    at,
  });
  const app = await findApplication(q, applicationId);
  if (app) await storeMessages(q, deps, { ...app, version }, eventId, intents, at);
}

/** Sets every due date the newly published calendar makes computable (or moves, for a correction). */
async function resolveDueDates(q: Sql, deps: ModuleDeps, set: PolicySet, cause: string, at: Date): Promise<number> {
  let n = 0;
  for (const c of changes(await reviewClocks(q, true), set)) {
    const version = await setReviewDue(q, c.applicationId, c.after, c.stillPendingYear, at);
    await appendAudit(q, deps.clock, null, {
      action: 'application.due_date_computed',
      subjectType: 'application',
      subjectId: c.applicationId,
      before: { slaDue: c.before, pendingYear: c.row.sla_pending_year },
      after: { slaDue: c.after, pendingYear: c.stillPendingYear, ruleId: 'P-2', cause },
    });
    if (c.after !== null) {
      const params = { applicationNo: c.row.number, dueDate: c.after };
      await tell(
        q,
        deps,
        c.applicationId,
        'under_review',
        version,
        'due_date_computed',
        [
          { type: 'sms', ruleId: 'R-3', to: 'holder', template: 'review_due_date_set', params },
          { type: 'in_app', ruleId: 'R-3', to: 'hr', template: 'review_due_date_set', params },
        ],
        at,
        { id: null, hash: null },
      );
    }
    n++;
  }
  return n;
}

function policyById(set: PolicySet, id: string): AssessmentPolicy | null {
  const p = getPolicy(set, id);
  return p.ok ? { id: p.value.id, hash: p.value.hash, params: p.value.params, wages: set.wages } : null;
}

/** Recomputes the checks that waited for a wage year, under each application's recorded policy version (P-3). */
async function resolveChecks(
  q: Sql,
  deps: ModuleDeps,
  set: PolicySet,
  publication: PublicationCause,
  at: Date,
): Promise<{ checks: number; approved: number }> {
  const { cause } = publication;
  let n = 0;
  let approved = 0;
  for (const row of await pendingCheckRows(q, true)) {
    if (!set.wages.byYear.has(row.pending_wage_year)) continue;
    const policy = policyById(set, row.policy_id);
    if (!policy) continue;
    const input = JSON.parse(deps.pii.decrypt('application.input', row.input_enc)) as AssessmentInput;
    const checks = runSubmissionChecks(input, row.submitted_on, policy);
    const version = await setComputedChecks(q, row.id, checks.checks, checks.total, checks.pendingWageYear, at);
    await appendAudit(q, deps.clock, null, {
      action: 'application.checks_computed',
      subjectType: 'application',
      subjectId: row.id,
      before: { pendingWageYear: row.pending_wage_year },
      after: {
        total: checks.total,
        pendingWageYear: checks.pendingWageYear,
        checks: checks.checks.map((c) => ({ ruleId: c.ruleId, passed: c.passed })),
        ruleId: 'P-2',
        cause,
      },
    });
    const failed = checks.checks.filter((c) => !c.passed && !c.advisory).map((c) => c.ruleId);
    const verdict = failed.length
      ? msg('applications.checksSummary.notMet', { rules: { zh: failed.join('、'), en: failed.join(', ') } })
      : msg('applications.checksSummary.allPassed');
    const summary = msg('applications.checksSummary.total', { total: checks.total, verdict });
    const params = { applicationNo: row.number, summary };
    await tell(
      q,
      deps,
      row.id,
      row.state,
      version,
      'checks_computed',
      [
        { type: 'in_app', ruleId: 'P-2', to: 'hr', template: 'checks_computed', params },
        { type: 'in_app', ruleId: 'P-2', to: 'holder', template: 'checks_computed', params },
      ],
      at,
      { id: policy.id, hash: policy.hash },
      checks.checks,
    );
    n++;
    // Routed again exactly as at submission, now that nothing waits: R-1 approves it, or it stays with the reviewer.
    if (
      row.state === 'under_review' &&
      checks.pendingWageYear === null &&
      (await rerouteAfterPublication(q, deps, row.id, checks.checks, publication))
    )
      approved++;
  }
  return { checks: n, approved };
}

/**
 * Called in the transaction that publishes data: computes everything that
 * waited for it. The checks go first, so that a case approved by them gets
 * no review due date after its approval.
 */
export async function resolvePendingData(
  q: Sql,
  deps: ModuleDeps,
  set: PolicySet,
  cause: string,
  publication: Omit<PublicationCause, 'cause'> = { documentId: null, kind: null, key: null },
): Promise<{ dueDates: number; checks: number }> {
  const at = deps.clock.now();
  const checks = await resolveChecks(q, deps, set, { ...publication, cause }, at);
  return { dueDates: await resolveDueDates(q, deps, set, cause, at), checks: checks.checks };
}

/** Applications per missing year (administrators' banner and daily alert). */
export async function pendingData(q: Sql): Promise<PolicyPendingResponse['items']> {
  return (await pendingCounts(q)).map((r) => ({
    kind: r.kind,
    year: Number(r.year),
    applications: Number(r.applications),
    since: r.since,
  }));
}

/** How many open applications would have their pending checks computed once `year`'s wage is published. */
export async function pendingChecksFor(q: Sql, year: number): Promise<number> {
  return (await pendingCheckRows(q)).filter((r) => r.pending_wage_year === year).length;
}
